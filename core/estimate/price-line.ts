import type { PriceCatalog } from '../catalog/price-catalog';
import { Decimal } from '../money/decimal';
import { formatMoney, formatUnitPrice } from '../money/format';
import type { RequirementItem } from '../requirements/requirement-items';
import { localZoneParent } from '../vocabulary/regions';
import type { ComponentSpec, LineSpec } from './component-spec';
import type { CostComponent, CostLine } from './estimate';
import type { PricedComponent } from './price-components';
import { priceComponent } from './price-components';

export interface PricedLine {
  readonly line: CostLine;
  readonly monthly: Decimal;
  readonly upfront: Decimal;
}

/** Price every component of one line and sum what could be priced; gaps stay visible. */
export function priceLine(
  item: RequirementItem,
  spec: LineSpec,
  region: string,
  catalog: PriceCatalog,
  index: number,
): PricedLine {
  // One pass, no wrapper per component: this runs for every component of every line.
  const components: CostComponent[] = [];
  const commitments: { spec: ComponentSpec; result: PricedComponent }[] = [];
  let monthly = Decimal.ZERO;
  let upfront = Decimal.ZERO;
  let incomplete = false;
  const warnings = spec.warnings.slice();
  const parent = localZoneParent(region);
  if (parent)
    warnings.push(
      `${item.id}: ${region} is a Local Zone of ${parent}; Local Zones are priced apart from their region, so the region's prices are not used; a component with no Local Zone price shows "price not in catalog".`,
    );
  for (const c of spec.components) {
    for (const result of priceComponent(c, catalog)) {
      if (result.cost) {
        if (c.charge === 'upfront') upfront = upfront.add(result.cost);
        else monthly = monthly.add(result.cost);
      }
      if (result.warning) warnings.push(`${item.id}: ${result.warning}`);
      if (result.component.status !== 'priced') incomplete = true;
      components.push(result.component);
      if (spec.termMonths) commitments.push({ spec: c, result });
    }
  }
  const notes = reservationNotes(commitments, spec.termMonths);
  return {
    monthly,
    upfront,
    line: {
      id: `line-${index + 1}`,
      itemId: item.id,
      service: item.service,
      category: spec.category,
      group: item.group ?? [],
      description: spec.description,
      region,
      components,
      monthly: monthly.toString(),
      upfront: upfront.toString(),
      warnings,
      ...(spec.termMonths ? { termMonths: spec.termMonths } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(incomplete ? { incomplete: true } : {}),
    },
  };
}

/**
 * A line AWS cannot sell as asked (Windows on Graviton, SQL Server on a Graviton RDS class): its
 * components stay visible, each marked `invalid-combination` with the reason — never priced, never $0.
 */
export function invalidCombinationLine(
  item: RequirementItem,
  spec: LineSpec,
  region: string,
  index: number,
  reason: string,
): PricedLine {
  const explanation = `${reason}; not included in totals.`;
  const components: CostComponent[] = spec.components.map((c) => ({
    name: c.name,
    unit: c.unit,
    charge: c.charge,
    quantity: c.quantity === null ? null : c.quantity.toString(),
    unitPrice: null,
    priceId: null,
    cost: null,
    status: 'invalid-combination',
    explanation,
  }));
  return {
    monthly: Decimal.ZERO,
    upfront: Decimal.ZERO,
    line: {
      id: `line-${index + 1}`,
      itemId: item.id,
      service: item.service,
      category: spec.category,
      group: item.group ?? [],
      description: spec.description,
      region,
      components,
      monthly: '0',
      upfront: '0',
      warnings: [`${item.id}: ${reason}.`],
      incomplete: true,
    },
  };
}

/**
 * An upfront fee shown also as its monthly share and as the effective hourly rate
 * (hourly + upfront ÷ hours in the term: 8,760 for 1 year, 26,280 for 3 years).
 */
function reservationNotes(
  priced: readonly { spec: ComponentSpec; result: PricedComponent }[],
  termMonths?: number,
): string[] {
  if (!termMonths) return [];
  const notes: string[] = [];
  const termHours = termMonths * 730;
  const upfront = priced.filter((p) => p.spec.charge === 'upfront' && p.result.cost);
  for (const u of upfront) {
    const cost = u.result.cost!;
    const share = cost.divide(termMonths, 10, 'half-even');
    notes.push(
      `${u.result.component.name}: ${formatMoney(cost)} upfront amortised over ${termMonths} months = ${formatMoney(share)}/month.`,
    );
  }
  const riFee = priced.find(
    (p) => p.spec.query.term?.type === 'Reserved' && p.spec.query.unit === 'Quantity',
  );
  if (riFee?.result.component.unitPrice) {
    const fee = Decimal.from(riFee.result.component.unitPrice);
    const hourlyPart = priced.find(
      (p) => p.spec.query.term?.type === 'Reserved' && p.spec.query.unit === 'Hrs',
    );
    const hourly = hourlyPart?.result.component.unitPrice
      ? Decimal.from(hourlyPart.result.component.unitPrice)
      : Decimal.ZERO;
    const effective = hourly.add(fee.divide(termHours, 10, 'half-even'));
    notes.push(
      `Effective hourly rate per instance = ${formatUnitPrice(hourly)}/h + ${formatMoney(fee)} ÷ ${termHours.toLocaleString('en-US')} h = ${formatUnitPrice(effective)}/h.`,
    );
  }
  return notes;
}
