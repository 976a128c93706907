import { shardPartRecords } from '../catalog/term-parts';
import type { PriceCatalog } from '../catalog/price-catalog';
import { Decimal } from '../money/decimal';
import type { Architecture } from '../requirements/requirement-items';
import { architectureOf } from '../resources/ec2-sizing';

/** `m6id.large` → class `m`, generation 6, extras `id` (i = Intel, a = AMD, g = Graviton, d/n/e… features), size `large`. */
const TYPE_PATTERN = /^((?:db|cache)\.)?([a-z]+?)(\d+)([a-z-]*)\.(.+)$/;

interface ParsedType {
  readonly prefix: string;
  readonly cls: string;
  readonly generation: number;
  readonly features: string;
  readonly size: string;
}

export function parseInstanceType(type: string): ParsedType | undefined {
  const m = TYPE_PATTERN.exec(type);
  if (!m) return undefined;
  const extras = m[4] ?? '';
  // Processor letters (i, a, g) are not features: m6id and m7gd both have local NVMe (`d`).
  return {
    prefix: m[1] ?? '',
    cls: m[2]!,
    generation: Number(m[3]),
    features: extras.replace(/[iag]/g, ''),
    size: m[5]!,
  };
}

export interface SwapTarget {
  readonly service: string;
  readonly region: string;
  readonly type: string;
  /** Attributes a candidate's On-Demand record must also have (OS, tenancy, engine…). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly architecture?: Architecture;
  readonly minGeneration?: number;
}

/**
 * The swap rule: among On-Demand records of the same class, features and size (e.g. m6id.large →
 * m7gd.large), with the wanted architecture and at least the wanted generation, take the cheapest.
 * Returns undefined when the catalog has no such type (the line is then left as it was, with a warning).
 */
export function swapInstanceType(
  catalog: PriceCatalog,
  target: SwapTarget,
): { type: string; price: string } | undefined {
  const from = parseInstanceType(target.type);
  if (!from) return undefined;
  let best: { type: string; price: Decimal } | undefined;
  const names = Object.keys(target.attributes);
  const shard = catalog.shard(target.service, target.region);
  for (const record of shard ? shardPartRecords(shard, 'on-demand') : []) {
    if (record.term.type !== 'OnDemand' || (record.unit !== 'Hrs' && record.unit !== 'hours'))
      continue;
    const type = record.attributes.instanceType;
    const to = type ? parseInstanceType(type) : undefined;
    if (
      !type ||
      !to ||
      to.prefix !== from.prefix ||
      to.cls !== from.cls ||
      to.size !== from.size ||
      to.features !== from.features
    )
      continue;
    if (names.some((n) => record.attributes[n] !== target.attributes[n])) continue;
    const arch = architectureOf(record);
    if (target.architecture && arch !== target.architecture) continue;
    if (
      !target.architecture &&
      arch !== architectureOf({ ...record, attributes: { instanceType: target.type } })
    )
      continue;
    if (target.minGeneration !== undefined && to.generation < target.minGeneration) continue;
    const price = Decimal.from(record.price);
    if (!best || price.lessThan(best.price) || (price.equals(best.price) && type < best.type))
      best = { type, price };
  }
  return best ? { type: best.type, price: best.price.toString() } : undefined;
}
