import type { CatalogShard, CatalogSnapshot } from './catalog-shard';
import { diffCatalogs } from './catalog-diff';
import { PriceCatalog } from './price-catalog';
import type { PriceQuery } from './price-query';
import type { PriceRecord } from './price-record';
import { termKey } from './price-record';

/**
 * The gate a candidate catalog passes before it is published. Pure: the caller gathers the
 * candidate, the currently published catalog and the prices the engine needs; the gate answers
 * pass/fail with a report a person can read and act on.
 */
export interface PriceNeed {
  /** What needs the price, in words: `EC2 m7g.large Linux On-Demand (ap-southeast-1)`. */
  readonly label: string;
  readonly query: PriceQuery;
}

export interface GateOptions {
  /** Refuse when more than this share (0–1) of the previous version's prices moved or vanished. */
  readonly maxMovedShare?: number;
}

export const DEFAULT_MAX_MOVED_SHARE = 0.1;

export type GateProblem =
  | { readonly kind: 'source'; readonly message: string }
  | {
      readonly kind: 'malformed';
      readonly shard: string;
      readonly recordId: string;
      readonly message: string;
    }
  | { readonly kind: 'missing'; readonly need: PriceNeed }
  | { readonly kind: 'ambiguous'; readonly need: PriceNeed; readonly recordIds: readonly string[] }
  | {
      readonly kind: 'moved';
      readonly share: number;
      readonly moved: number;
      readonly compared: number;
    };

export interface GateInput {
  readonly candidate: CatalogSnapshot;
  /** The currently published catalog, when there is one. */
  readonly previous?: CatalogSnapshot;
  readonly needs: readonly PriceNeed[];
  /** Problems found while reading the source files (malformed or truncated file, …). */
  readonly sourceProblems?: readonly string[];
  readonly options?: GateOptions;
}

export interface GateReport {
  readonly passed: boolean;
  readonly candidateVersion: string;
  readonly previousVersion?: string;
  readonly problems: readonly GateProblem[];
  /** Share of the previous version's prices that moved or vanished (0 without a previous version). */
  readonly movedShare: number;
  readonly recordCount: number;
  /** The report as text, one problem per line. */
  readonly text: string;
}

const DECIMAL = /^\d+(\.\d+)?$/;

export function runValidationGate(input: GateInput): GateReport {
  const maxMoved = input.options?.maxMovedShare ?? DEFAULT_MAX_MOVED_SHARE;
  const problems: GateProblem[] = (input.sourceProblems ?? []).map((message) => ({
    kind: 'source',
    message,
  }));
  for (const shard of input.candidate.shards) problems.push(...malformedRecords(shard));

  let catalog: PriceCatalog | undefined;
  try {
    catalog = new PriceCatalog(input.candidate);
  } catch (error) {
    problems.push({ kind: 'source', message: (error as Error).message });
  }
  if (catalog) {
    for (const need of input.needs) {
      const found = catalog.lookup(need.query);
      if (found.status === 'missing') problems.push({ kind: 'missing', need });
      if (found.status === 'ambiguous') {
        problems.push({ kind: 'ambiguous', need, recordIds: found.records.map((r) => r.id) });
      }
    }
  }

  let movedShare = 0;
  if (input.previous) {
    const diff = diffCatalogs(input.previous, input.candidate);
    const moved =
      diff.removed.length + diff.changed.filter((c) => c.fields.includes('price')).length;
    const compared = diff.removed.length + diff.changed.length + diff.unchanged;
    movedShare = compared === 0 ? 0 : moved / compared;
    if (movedShare > maxMoved) problems.push({ kind: 'moved', share: movedShare, moved, compared });
  }

  const recordCount = input.candidate.shards.reduce((n, s) => n + s.records.length, 0);
  const report = {
    passed: problems.length === 0,
    candidateVersion: input.candidate.version,
    previousVersion: input.previous?.version,
    problems,
    movedShare,
    recordCount,
  };
  return { ...report, text: formatReport(report, maxMoved) };
}

function malformedRecords(shard: CatalogShard): GateProblem[] {
  const name = `${shard.service}/${shard.region}`;
  const problems: GateProblem[] = [];
  const seen = new Set<string>();
  const bad = (record: PriceRecord, message: string): void => {
    problems.push({ kind: 'malformed', shard: name, recordId: record.id, message });
  };
  for (const record of shard.records) {
    if (!record.id) bad(record, 'record has no id (rateCode)');
    else if (seen.has(record.id)) bad(record, 'id appears twice in the shard');
    seen.add(record.id);
    if (record.service !== shard.service)
      bad(record, `service is ${record.service}, shard is ${shard.service}`);
    if (!DECIMAL.test(record.price)) bad(record, `price '${record.price}' is not a decimal string`);
    if (!DECIMAL.test(record.beginRange))
      bad(record, `beginRange '${record.beginRange}' is not a decimal`);
    if (record.endRange !== 'Inf' && !DECIMAL.test(record.endRange)) {
      bad(record, `endRange '${record.endRange}' is neither a decimal nor 'Inf'`);
    }
    if (!record.unit) bad(record, 'unit is empty');
    if (!record.currency) bad(record, 'currency is empty');
    if (!record.productFamily) bad(record, 'productFamily is empty');
    if (!record.effectiveDate) bad(record, 'effectiveDate is empty');
  }
  return problems;
}

function describeQuery(query: PriceQuery): string {
  const attrs = Object.entries(query.attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const parts = [
    `${query.service} ${query.region}`,
    query.productFamily,
    attrs,
    termKey(query.term ?? { type: 'OnDemand' }),
  ];
  if (query.unit) parts.push(`unit=${query.unit}`);
  return parts.filter(Boolean).join(' | ');
}

function formatReport(report: Omit<GateReport, 'text'>, maxMoved: number): string {
  const head =
    `Catalog ${report.candidateVersion}` +
    (report.previousVersion ? ` (previous ${report.previousVersion})` : '') +
    `: ${report.recordCount} records — ${report.passed ? 'PASSED' : `REFUSED, ${report.problems.length} problem(s)`}`;
  const lines = report.problems.map((p) => {
    switch (p.kind) {
      case 'source':
        return `- source: ${p.message}`;
      case 'malformed':
        return `- malformed record ${p.recordId || '(no id)'} in ${p.shard}: ${p.message}`;
      case 'missing':
        return `- missing price for ${p.need.label}: no record matches ${describeQuery(p.need.query)}`;
      case 'ambiguous':
        return `- ambiguous price for ${p.need.label}: ${p.recordIds.length} records match (${p.recordIds.join(', ')}); narrow the filter or fix the catalog`;
      case 'moved':
        return `- ${(p.share * 100).toFixed(1)}% of prices moved or vanished (${p.moved} of ${p.compared}); the limit is ${(maxMoved * 100).toFixed(1)}%`;
    }
  });
  return [head, ...lines].join('\n');
}
