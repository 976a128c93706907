import type { PriceCatalog } from '../../catalog/price-catalog';
import { priceRequirements } from '../../estimate/price-requirements';
import { pricingFindings } from '../../estimate/pricing-findings';
import type { Requirements } from '../../requirements/requirements';
import { IssueCollector } from './issues';
import type { SheetIssue } from './issues';
import { reportItemFindings } from './item-issues';

/**
 * Validate against a catalog (the add-in's Validate, the API's validate/process, the CLI): price the
 * requirements and report each gap on its cell — a product AWS does not offer as an error, a price
 * our catalog lacks as a warning — so nothing is silently "not priced" later.
 */
export function pricingIssues(
  requirements: Requirements,
  catalog: PriceCatalog,
  asOf?: string,
): { errors: SheetIssue[]; warnings: SheetIssue[] } {
  const estimate = priceRequirements(requirements, catalog, asOf ? { asOf } : {});
  const issues = new IssueCollector();
  reportItemFindings(pricingFindings(estimate, requirements.items), requirements.items, issues);
  return { errors: issues.errors, warnings: issues.warnings };
}
