import { Decimal } from '../money/decimal';
import type { CatalogSnapshot } from './catalog-shard';
import type { PriceRecord } from './price-record';

/**
 * Per-record differences between two catalog versions, matched by record id (the rateCode, which
 * AWS keeps stable for a SKU and term across publications). Used by the validation gate (share of
 * moved prices) and to re-price an estimate against a newer catalog: the estimate keeps the ids
 * it used, `diffCatalogs(old, new, { ids })` says which of them moved and how.
 */
export interface PriceChange {
  readonly id: string;
  readonly service: string;
  readonly region: string;
  readonly before: PriceRecord;
  readonly after: PriceRecord;
  /** `up`/`down` when the price moved; `same` when only other fields (tier, unit, date, …) moved. */
  readonly direction: 'up' | 'down' | 'same';
  /** Names of the fields that differ (`price`, `unit`, `endRange`, `attributes`, …). */
  readonly fields: readonly string[];
}

export interface CatalogDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly added: readonly PriceRecord[];
  readonly removed: readonly PriceRecord[];
  readonly changed: readonly PriceChange[];
  /** Records present in both versions with identical content. */
  readonly unchanged: number;
}

export interface DiffOptions {
  /** Only compare these record ids (e.g. the ones an estimate used). */
  readonly ids?: Iterable<string>;
}

export function diffCatalogs(
  from: CatalogSnapshot,
  to: CatalogSnapshot,
  options: DiffOptions = {},
): CatalogDiff {
  const only = options.ids ? new Set(options.ids) : undefined;
  const before = recordsById(from, only);
  const after = recordsById(to, only);
  const added: PriceRecord[] = [];
  const removed: PriceRecord[] = [];
  const changed: PriceChange[] = [];
  let unchanged = 0;
  for (const [id, old] of before) {
    const next = after.get(id);
    if (!next) {
      removed.push(old);
      continue;
    }
    const fields = changedFields(old, next);
    if (fields.length === 0) unchanged++;
    else {
      const order = comparePrices(next.price, old.price);
      const direction = order > 0 ? 'up' : order < 0 ? 'down' : 'same';
      changed.push({
        id,
        service: next.service,
        region: next.region,
        before: old,
        after: next,
        direction,
        fields,
      });
    }
  }
  for (const [id, record] of after) if (!before.has(id)) added.push(record);
  return { fromVersion: from.version, toVersion: to.version, added, removed, changed, unchanged };
}

function recordsById(
  snapshot: CatalogSnapshot,
  only: ReadonlySet<string> | undefined,
): Map<string, PriceRecord> {
  const map = new Map<string, PriceRecord>();
  for (const shard of snapshot.shards) {
    for (const record of shard.records)
      if (!only || only.has(record.id)) map.set(record.id, record);
  }
  return map;
}

const COMPARED: readonly (keyof PriceRecord)[] = [
  'price',
  'currency',
  'unit',
  'beginRange',
  'endRange',
  'productFamily',
  'region',
  'effectiveDate',
];

function changedFields(a: PriceRecord, b: PriceRecord): string[] {
  const fields: string[] = [];
  for (const field of COMPARED) {
    if (field === 'price' ? comparePrices(a.price, b.price) !== 0 : a[field] !== b[field])
      fields.push(field);
  }
  if (JSON.stringify(sortedEntries(a.attributes)) !== JSON.stringify(sortedEntries(b.attributes))) {
    fields.push('attributes');
  }
  return fields;
}

function sortedEntries(record: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/**
 * Order of two prices by value (`"0.0960000000"` equals `"0.096"`), with core's Decimal. A price
 * that is no decimal (the validation gate refuses it) compares as text, so it still shows as a change.
 */
function comparePrices(a: string, b: string): number {
  if (Decimal.isDecimal(a) && Decimal.isDecimal(b)) return Decimal.from(a).compare(b);
  return a === b ? 0 : a < b ? -1 : 1;
}
