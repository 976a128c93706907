/**
 * Two embedded catalogs compared record by record, keyed on the merge identity (merge.ts `identity`:
 * the price the engine's query finds), not on the record id, so a price kept from another source
 * under another id is one changed price, not a removal and an addition:
 * `node --import tsx scripts/snapshot/catalog-record-diff.ts OLD_DIR [NEW_DIR] [--all]`
 * (NEW_DIR defaults to core/catalog/data; OLD_DIR e.g. the files of main written to a folder with
 * `git archive main core/catalog/data | tar -x -C /tmp/old`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEmbeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import type { CatalogSnapshot } from '../../core/catalog/catalog-shard';
import type { PriceRecord } from '../../core/catalog/price-record';
import { Decimal } from '../../core/money/decimal';
import { identity } from './merge';
import { runMain } from '../run-main';

export type RecordChangeKind =
  | 'added'
  | 'removed'
  | 'price'
  | 'source (same price)'
  | 'rounding marked (same record)'
  | 'confirmation marked (same record)'
  | 'other fields (same price and source)';

export interface RecordChange {
  readonly kind: RecordChangeKind;
  readonly identity: string;
  readonly before?: PriceRecord;
  readonly after?: PriceRecord;
}

function byIdentity(snapshot: CatalogSnapshot): Map<string, PriceRecord> {
  const records = new Map<string, PriceRecord>();
  for (const shard of snapshot.shards)
    for (const record of shard.records) {
      const key = identity(record);
      if (records.has(key)) throw new Error(`Two records answer ${key} in ${snapshot.version}.`);
      records.set(key, record);
    }
  return records;
}

/**
 * A record's JSON without its source's `roundedTo` and note (the note says the rounding), to tell a
 * marked rounding from any other change.
 */
function unmarked(record: PriceRecord): string {
  if (!record.source) return JSON.stringify(record);
  const { reference, asOf } = record.source;
  return JSON.stringify({ ...record, source: { reference, asOf } });
}

/** A record without its `confirmedBy` (DECISIONS 101), to tell a marked confirmation from any other change. */
function unconfirmed(record: PriceRecord): string {
  const { confirmedBy: _, ...rest } = record;
  return JSON.stringify(rest);
}

function kindOf(before: PriceRecord, after: PriceRecord): RecordChangeKind | undefined {
  if (!Decimal.from(before.price).equals(after.price)) return 'price';
  if (before.id !== after.id || before.source?.reference !== after.source?.reference)
    return 'source (same price)';
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  if (unconfirmed(before) === unconfirmed(after)) return 'confirmation marked (same record)';
  if (before.source?.roundedTo !== after.source?.roundedTo && unmarked(before) === unmarked(after))
    return 'rounding marked (same record)';
  return 'other fields (same price and source)';
}

/** Every record whose identity is new, gone or answered differently. */
export function recordDiff(from: CatalogSnapshot, to: CatalogSnapshot): RecordChange[] {
  const before = byIdentity(from);
  const after = byIdentity(to);
  const changes: RecordChange[] = [];
  for (const [key, b] of before) {
    const a = after.get(key);
    if (!a) changes.push({ kind: 'removed', identity: key, before: b });
    else {
      const kind = kindOf(b, a);
      if (kind) changes.push({ kind, identity: key, before: b, after: a });
    }
  }
  for (const [key, a] of after)
    if (!before.has(key)) changes.push({ kind: 'added', identity: key, after: a });
  return changes;
}

function describe(r: PriceRecord | undefined): string {
  if (!r) return '—';
  const rounded = r.source?.roundedTo === undefined ? '' : `, rounded to ${r.source.roundedTo}`;
  const confirmed = r.confirmedBy ? `, confirmed ${r.confirmedBy.asOf}` : '';
  return `${Decimal.from(r.price).trim().toString()} (${r.id}, ${r.source?.asOf ?? r.effectiveDate}${rounded}${confirmed})`;
}

/** Changes counted by kind and by kind × service × region, with examples. */
export function printRecordDiff(changes: readonly RecordChange[], all: boolean): void {
  const counts = new Map<string, number>();
  for (const c of changes) {
    const r = c.after ?? c.before!;
    for (const key of [c.kind, `${c.kind}: ${r.service} ${r.region}`])
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  console.log(`${changes.length} records differ.`);
  for (const [key, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(`${key.includes(':') ? '    ' : ''}${n} × ${key}`);
  const kinds = [...new Set(changes.map((c) => c.kind))].sort();
  for (const kind of kinds) {
    const list = changes.filter((c) => c.kind === kind);
    console.log(`\n${kind}${all ? '' : ' (first 5)'}:`);
    for (const c of all ? list : list.slice(0, 5))
      console.log(`  ${c.identity}\n    ${describe(c.before)} → ${describe(c.after)}`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { all: { type: 'boolean', default: false } },
  });
  const [oldDir, newDir = path.resolve(__dirname, '../../core/catalog/data')] = positionals;
  if (!oldDir) {
    console.error('Usage: catalog-record-diff.ts OLD_DIR [NEW_DIR] [--all]');
    return 2;
  }
  const changes = recordDiff(readEmbeddedSnapshot(oldDir), readEmbeddedSnapshot(newDir));
  printRecordDiff(changes, values.all ?? false);
  return 0;
}

if (require.main === module) runMain(main);
