import type { PriceCatalog } from '../catalog/price-catalog';
import { Decimal } from '../money/decimal';
import { ON_DEMAND_MODEL } from '../requirements/pricing-model';
import type { RequirementItem } from '../requirements/requirement-items';
import type { EstimateSettings } from '../requirements/requirements';
import { describeItem } from '../resources/registry';
import { priceComponent } from './price-components';
import { HOURS_PER_MONTH, offeringCheck } from './price-requirements';
import { ResourceInputError } from '../resources/resource-input-error';

export interface QuickPrice {
  /** Exact monthly cost; null when any component is not priced (a cell must not show a partial sum). */
  readonly monthly: string | null;
  readonly upfront: string | null;
  readonly status: 'priced' | 'incomplete';
  /** Price ids used, so a cell comment can cite them. */
  readonly priceIds: readonly string[];
  /** Why the item is incomplete, or what the engine chose (the sized instance type…). */
  readonly warnings: readonly string[];
}

/**
 * One item's list price without business rules or explanations: the path behind a worksheet
 * function such as `=AWS.COST(...)`, called thousands of times per recalculation.
 */
export function monthlyCost(
  catalog: PriceCatalog,
  item: RequirementItem,
  settings: Pick<EstimateSettings, 'region'> & Partial<EstimateSettings>,
): QuickPrice {
  const region = item.region ?? settings.region;
  // A cell is the caller's input: an impossible combination is a bad argument too.
  const invalid = offeringCheck(item);
  if (invalid !== undefined) throw new ResourceInputError(item.id, 'combination', invalid);
  const spec = describeItem(item, {
    region,
    hoursInMonth: Decimal.from(settings.hoursPerMonth ?? HOURS_PER_MONTH),
    pricingModel: settings.pricingModel ?? ON_DEMAND_MODEL,
    freeTier: settings.freeTier ?? false,
    catalog,
  });
  let monthly = Decimal.ZERO;
  let upfront = Decimal.ZERO;
  let complete = spec.components.length > 0;
  const priceIds: string[] = [];
  const warnings = [...spec.warnings];
  for (const c of spec.components) {
    for (const p of priceComponent(c, catalog, false)) {
      if (p.cost === null) {
        complete = false;
        if (p.warning) warnings.push(p.warning);
        continue;
      }
      if (c.charge === 'upfront') upfront = upfront.add(p.cost);
      else monthly = monthly.add(p.cost);
      if (p.component.priceId) priceIds.push(p.component.priceId);
    }
  }
  return {
    monthly: complete ? monthly.toString() : null,
    upfront: complete ? upfront.toString() : null,
    status: complete ? 'priced' : 'incomplete',
    priceIds,
    warnings,
  };
}
