import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CatalogNeed, CatalogShard, GateReport } from '../../../core';
import { needGaps, runValidationGate, splitNeeds } from '../../../core';
import { importCatalog } from '../../pricing/import-catalog';
import type { PriceListSource } from '../../pricing/price-list-source';
import { readShardFile } from '../../pricing/shard-file';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { AuditWriter } from '../../ports/audit-writer';
import type { CatalogStore } from '../../ports/catalog-store';

export interface RefreshDeps {
  readonly source: PriceListSource;
  readonly store: CatalogStore;
  readonly auditWriter: AuditWriter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface RefreshResult {
  readonly published: boolean;
  readonly version: string;
  readonly shards: number;
  readonly report: GateReport;
  /** Optional needs the imported catalog cannot price (reported, never a reason to refuse). */
  readonly optionalGaps: readonly string[];
}

/**
 * The weekly catalog refresh: import the Price List for the given services and regions, run the
 * validation gate against the versions published now, and publish the shards to the catalog
 * store only when the gate passes. The outcome (published or refused, with the gate's problems)
 * is one audit entry by the `system` user.
 */
export async function refreshCatalog(
  deps: RefreshDeps,
  request: {
    services: readonly string[];
    regions: readonly string[];
    /**
     * The prices the engine needs (core's catalogNeeds() in the deployed handler): the required
     * ones are enforced by the gate, the optional ones reported. None by default.
     */
    needs?: readonly CatalogNeed[];
    /** The run this refresh belongs to (its audit entry's request id); `scheduled` when absent. */
    runId?: string;
  },
): Promise<RefreshResult> {
  const { required, optional } = splitNeeds(request.needs ?? []);
  const workDir = mkdtempSync(path.join(tmpdir(), 'catalog-refresh-'));
  try {
    const result = await importCatalog({
      source: deps.source,
      services: request.services,
      regions: request.regions,
      outDir: workDir,
    });
    const shards = result.shards.map((s) => readShardFile(s.file));
    const previous: CatalogShard[] = [];
    for (const s of shards) {
      const stored = await deps.store.latest(s.service, s.region);
      if (stored) previous.push(stored.shard);
    }
    const createdAt = deps.clock.now().toISOString();
    const report = runValidationGate({
      candidate: { version: result.version, createdAt, shards },
      previous: previous.length ? { version: 'published', createdAt, shards: previous } : undefined,
      needs: required,
      sourceProblems: result.missing.map((m) => `missing file: ${m}`),
    });
    if (report.passed) for (const shard of shards) await deps.store.put(shard);
    await deps.auditWriter.append({
      logId: deps.ids.next(),
      userId: 'system',
      userEmail: '',
      action: report.passed ? 'catalog.publish' : 'catalog.refused',
      targetType: 'catalog',
      targetId: result.version,
      timestamp: createdAt,
      requestId: request.runId ?? 'scheduled',
      changes: { shards: [null, shards.length], problems: [null, report.problems.length] },
    });
    const optionalGaps = needGaps({ version: result.version, createdAt, shards }, optional).map(
      (g) => g.text,
    );
    return {
      published: report.passed,
      version: result.version,
      shards: shards.length,
      report,
      optionalGaps,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
