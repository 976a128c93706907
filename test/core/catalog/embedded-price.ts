import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import type { Estimate } from '../../../core/estimate/estimate';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { RequirementItem } from '../../../core/requirements/requirement-items';

const catalog = new PriceCatalog(embeddedSnapshot());

/** One requirement item priced On-Demand against the embedded catalog in `region`. */
export function price(region: string, item: RequirementItem): Estimate['lines'][number] {
  const estimate = priceRequirements(
    { settings: { region, pricingModel: { kind: 'on-demand' } }, items: [item] },
    catalog,
    { asOf: '2026-12-05' },
  );
  return estimate.lines[0]!;
}
