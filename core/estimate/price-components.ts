import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceQuery } from '../catalog/price-query';
import type { PriceRecord } from '../catalog/price-record';
import { termKey } from '../catalog/price-record';
import { cachedLookup } from './cached-lookup';
import { regionOffering } from '../offerings/region-offering';
import { Decimal } from '../money/decimal';
import { formatMoney, formatQuantity, formatUnitPrice, groupQuantityText } from '../money/format';
import type { ComponentSpec, PerUnitTiers } from './component-spec';
import type { CostComponent } from './estimate';
import { priceUnitLabel } from './price-units';
import { confirmationNote } from './confirmation-note';
import { roundingNote } from './rounding-note';
import type { TierRange } from './tiers';
import { splitTiers, tierLabel } from './tiers';

/** A priced component plus its exact amounts (kept as Decimal for totals; JSON holds strings). */
export interface PricedComponent {
  readonly component: CostComponent;
  /** Exact cost; null when the component could not be priced. */
  readonly cost: Decimal | null;
  readonly warning?: string;
}

/**
 * THE pricing step: resolve one component spec against the catalog to exactly one price record
 * per tier. Missing and ambiguous prices, and absent usage, become visible components with a null
 * cost and a warning — never a silent $0 and never a guess.
 */
export function priceComponent(
  spec: ComponentSpec,
  catalog: PriceCatalog,
  explain = true,
): PricedComponent[] {
  if (spec.quantity === null) {
    return [unpriced(spec, 'no-usage', 'Usage not given, so not priced (not the same as zero).')];
  }
  const lookup = cachedLookup(catalog, spec.query);
  if (lookup.status === 'missing') {
    if (regionOffering(catalog, spec.query) === 'not-offered') {
      const words = `Not offered by AWS in ${spec.query.region}: the AWS Price List for the region (catalog ${catalog.version}) has no such product (${describeQuery(spec.query)}); not included in totals.`;
      return [unpriced(spec, 'not-offered', words)];
    }
    const words = `Price not in catalog ${catalog.version} (${describeQuery(spec.query)}); not included in totals.`;
    return [unpriced(spec, 'price-not-in-catalog', words)];
  }
  if (lookup.status === 'ambiguous') {
    const ids = lookup.records.map((r) => r.id).join(', ');
    const words = `${lookup.records.length} prices match (${ids}) for ${describeQuery(spec.query)}; not included in totals until the catalog is fixed.`;
    return [unpriced(spec, 'ambiguous', words)];
  }
  const records = lookup.records;
  // One open-ended record is a flat price; a single tier that ends (the catalog has no price
  // beyond it) goes through the tier split so the usage above it shows as unpriced.
  if ((records.length === 1 && records[0]!.endRange === 'Inf') || !spec.tiered) {
    if (records.length > 1) {
      const ids = records.map((r) => r.id).join(', ');
      const words = `The price is tiered (${ids}) but the component is not; not included in totals.`;
      return [unpriced(spec, 'ambiguous', words)];
    }
    return [priced(spec, spec.name, spec.quantity, records[0]!, spec.quantityWords, explain)];
  }
  return priceTiers(spec, spec.quantity, records, explain);
}

function priceTiers(
  spec: ComponentSpec,
  quantity: Decimal,
  records: readonly PriceRecord[],
  explain: boolean,
): PricedComponent[] {
  const tiers = tierRanges(records);
  const per = spec.tiersPerUnit;
  const split = splitTiers(per ? per.perUnit : quantity, tiers.ranges);
  const out: PricedComponent[] = [];
  split.forEach((part, i) => {
    // Tiers the usage does not reach are left out, except the first, so a zero quantity still shows its price.
    if (i > 0 && part.isZero()) return;
    const name = withQualifier(spec.name, tiers.labels[i]!);
    const total = per ? perUnitTotal(per, part) : part;
    out.push(priced(spec, name, total, records[i]!, per && perUnitWords(per, part), explain));
  });
  // A catalog may price only the first tiers (the rest had no source): usage above the last
  // priced tier is a visible gap, never silently left out of the total.
  const last = tiers.ranges[tiers.ranges.length - 1];
  const tiered = per ? per.perUnit : quantity;
  if (last?.end && tiered.greaterThan(last.end)) {
    const excess = tiered.subtract(last.end);
    const total = per ? perUnitTotal(per, excess) : excess;
    out.push(beyondLastTier(spec, total, last.end, records.at(-1)!.unit));
  }
  return out;
}

/** One unit's part of a tier, counted for every unit (and the part-month share). */
function perUnitTotal(per: PerUnitTiers, part: Decimal): Decimal {
  const all = part.multiply(per.count);
  return per.factor ? all.multiply(per.factor) : all;
}

/** `2 × 16,000 IOPS`, `3 × 32,000 IOPS × (260 h ÷ 730 h)`. */
function perUnitWords(per: PerUnitTiers, part: Decimal): string {
  return `${formatQuantity(per.count)} × ${formatQuantity(part)} ${per.unitLabel}${per.factorWords ?? ''}`;
}

function beyondLastTier(
  spec: ComponentSpec,
  excess: Decimal,
  end: Decimal,
  unit: string,
): PricedComponent {
  const label = tierLabel({ begin: end, end: null }, 1, unit);
  const words = `Price not in catalog for usage ${label} (the catalog prices only the tiers up to there); not included in totals.`;
  return {
    cost: null,
    warning: `${spec.name}: ${words}`,
    component: {
      name: withQualifier(spec.name, label),
      unit: spec.unit,
      charge: spec.charge,
      quantity: excess.toString(),
      unitPrice: null,
      priceId: null,
      cost: null,
      status: 'price-not-in-catalog',
      explanation: words,
    },
  };
}

function priced(
  spec: ComponentSpec,
  name: string,
  quantity: Decimal,
  record: PriceRecord,
  quantityWords: string | undefined,
  explain: boolean,
): PricedComponent {
  const listPrice = recordPrice(record);
  const unitPrice = spec.priceFactor ? listPrice.multiply(spec.priceFactor.factor) : listPrice;
  const cost = quantity.multiply(unitPrice);
  const quantityText = quantity.toString();
  return {
    cost,
    component: {
      name,
      unit: spec.unit,
      charge: spec.charge,
      quantity: quantityText,
      unitPrice: spec.priceFactor ? unitPrice.toFixedExact(10) : recordPriceText(record),
      priceId: record.id,
      cost: cost.toString(),
      status: 'priced',
      explanation: explain
        ? explainPriced(spec, quantityText, listPrice, cost, record, quantityWords) +
          confirmationNote(record) +
          roundingNote(record, quantity, spec.priceFactor?.factor)
        : '',
    },
  };
}

/** `2 × m7g.large × 730 h × $0.0816/h = $119.14 [price <id>].` (skipped on the single-cell fast path). */
function explainPriced(
  spec: ComponentSpec,
  quantityText: string,
  listPrice: Decimal,
  cost: Decimal,
  record: PriceRecord,
  quantityWords: string | undefined,
): string {
  const qtyWords = quantityWords ?? `${groupQuantityText(quantityText)} ${spec.unit}`;
  const listWords = priceWords(record, listPrice);
  const priceText = spec.priceFactor ? `(${listWords} × ${spec.priceFactor.words})` : listWords;
  const note = spec.note ? ` ${spec.note}` : '';
  const months = spec.amortizeOverMonths;
  const amortized = months
    ? ` Amortised: ${formatMoney(cost)} ÷ ${months} months = ${formatMoney(cost.divide(months, 10, 'half-even'))}/month.`
    : '';
  return `${qtyWords} × ${priceText} = ${formatMoney(cost)} [price ${record.id}].${amortized}${note}`;
}

function unpriced(
  spec: ComponentSpec,
  status: CostComponent['status'],
  words: string,
): PricedComponent {
  return {
    cost: null,
    warning: `${spec.name}: ${words}`,
    component: {
      name: spec.name,
      unit: spec.unit,
      charge: spec.charge,
      quantity: spec.quantity === null ? null : spec.quantity.toString(),
      unitPrice: null,
      priceId: null,
      cost: null,
      status,
      explanation: words,
    },
  };
}

interface ParsedTiers {
  readonly ranges: readonly TierRange[];
  /** `first 50 TB`, `next 450 TB`, `over 500 TB`. */
  readonly labels: readonly string[];
}

const parsedTiers = new WeakMap<readonly PriceRecord[], ParsedTiers>();

/** A lookup's tier ranges and labels, parsed once per answer (the lookup cache hands out the same array). */
function tierRanges(records: readonly PriceRecord[]): ParsedTiers {
  let tiers = parsedTiers.get(records);
  if (!tiers) {
    const ranges = records.map((r) => ({
      begin: Decimal.from(r.beginRange),
      end: r.endRange === 'Inf' ? null : Decimal.from(r.endRange),
    }));
    const labels = ranges.map((range, i) => tierLabel(range, i, records[i]!.unit));
    tiers = { ranges, labels };
    parsedTiers.set(records, tiers);
  }
  return tiers;
}

const parsedPrices = new WeakMap<PriceRecord, Decimal>();
const priceTexts = new WeakMap<PriceRecord, string>();

/** `$0.0816/h` for a record, formatted once per record. */
function priceWords(record: PriceRecord, price: Decimal): string {
  let text = priceTexts.get(record);
  if (text === undefined) {
    text = `${formatUnitPrice(price)}${priceUnitLabel(record.unit)}`;
    priceTexts.set(record, text);
  }
  return text;
}

const unitPriceTexts = new WeakMap<PriceRecord, string>();

/** A record's price written with at least 10 decimals (the component's `unitPrice`), once per record. */
function recordPriceText(record: PriceRecord): string {
  let text = unitPriceTexts.get(record);
  if (text === undefined) {
    text = recordPrice(record).toFixedExact(10);
    unitPriceTexts.set(record, text);
  }
  return text;
}

/** A record's price as a Decimal, parsed once per record (records are immutable). */
export function recordPrice(record: PriceRecord): Decimal {
  let price = parsedPrices.get(record);
  if (!price) {
    price = Decimal.from(record.price);
    parsedPrices.set(record, price);
  }
  return price;
}

/** `Storage (Standard)` + `first 50 TB` → `Storage (Standard, first 50 TB)`. */
export function withQualifier(name: string, qualifier: string): string {
  return name.endsWith(')') ? `${name.slice(0, -1)}, ${qualifier})` : `${name} (${qualifier})`;
}

/** The query in words, for warnings a catalog maintainer can act on. */
export function describeQuery(query: PriceQuery): string {
  const attrs = Object.entries(query.attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const parts = [`${query.service} in ${query.region}`];
  if (query.productFamily) parts.push(`productFamily=${query.productFamily}`);
  if (attrs) parts.push(attrs);
  if (query.unit) parts.push(`unit=${query.unit}`);
  if (query.term) parts.push(`term=${termKey(query.term)}`);
  return parts.join(', ');
}
