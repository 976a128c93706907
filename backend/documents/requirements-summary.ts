import type { PricingModel, RequirementItem } from '../../core';
import { pricingModelText } from './proposal-assumptions';

/**
 * One readable row per requirement item. The union has 18 shapes; rather than a hand-written
 * sentence per service (which would drift from the model), list the item's own scalar fields.
 */
const SKIP = new Set(['id', 'service', 'description', 'group', 'source', 'quantity', 'region']);

const UNIT_WORDS: Readonly<Record<string, string>> = {
  gb: 'GB',
  gib: 'GiB',
  mb: 'MB',
  mbps: 'MB/s',
  os: 'OS',
  iops: 'IOPS',
  acu: 'ACU',
  ipv4: 'IPv4',
  ms: 'ms',
};

function humanKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => UNIT_WORDS[w] ?? w)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function show(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value && typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${humanKey(k)} ${show(v) ?? ''}`.trim())
      .join(', ');
    return inner ? `(${inner})` : null;
  }
  return null;
}

export function specification(item: RequirementItem): string {
  return Object.entries(item)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, v]) => {
      const text = k === 'pricingModel' ? pricingModelText(v as PricingModel) : show(v);
      return text === null ? null : `${humanKey(k)}: ${text}`;
    })
    .filter((s): s is string => s !== null)
    .join('; ');
}

export const REQUIREMENT_COLUMNS = [
  'Item',
  'Service',
  'Description',
  'Qty',
  'Specification',
] as const;

export function requirementRows(
  items: readonly RequirementItem[],
  defaultRegion: string,
): string[][] {
  return items.map((item) => [
    item.id,
    item.service,
    [item.group?.join(' › '), item.description].filter(Boolean).join(' › ') || '—',
    String(item.quantity),
    [
      item.region && item.region !== defaultRegion ? `Region: ${item.region}` : null,
      specification(item),
    ]
      .filter(Boolean)
      .join('; '),
  ]);
}
