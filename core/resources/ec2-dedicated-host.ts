import type { LineSpec } from '../estimate/component-spec';
import type { Ec2Item } from '../requirements/requirement-items';
import { hourlyComponents } from './compute-pricing';
import type { ResourceContext } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, monthlyHours } from './usage';

/** The Price List product family of whole-host prices (usagetype `…HostUsage:<family>`). */
export const DEDICATED_HOST_FAMILY = 'Dedicated Host';

/**
 * EC2 Dedicated Hosts (aws.amazon.com/ec2/dedicated-hosts/pricing/): whole hosts of one instance
 * family, billed per host-hour whatever runs on them, so neither OS nor instance size is asked.
 * In the Price List a host is a `Dedicated Host` product whose `instanceType` is the family
 * (`r7g`, usagetype `APE2-HostUsage:r7g`); EC2 Instance Savings Plans and host reservations rate
 * the same product. A catalog without host prices shows a `price-not-in-catalog` component.
 */
export function describeDedicatedHosts(
  item: Ec2Item & { readonly dedicatedHostFamily: string },
  context: ResourceContext,
): LineSpec {
  const family = item.dedicatedHostFamily;
  const model = item.pricingModel ?? context.pricingModel;
  if (model.kind === 'spot') {
    throw new ResourceInputError(
      item.id,
      'pricingModel',
      'Spot does not apply to Dedicated Hosts; use On-Demand, a host reservation or an EC2 Instance Savings Plan',
    );
  }
  const query = {
    service: 'AmazonEC2',
    region: context.region,
    productFamily: DEDICATED_HOST_FAMILY,
    attributes: { instanceType: family },
  };
  const priced = hourlyComponents(
    {
      baseName: 'Host usage',
      variant: 'Dedicated Host',
      type: family,
      count: itemCount(item),
      hours: monthlyHours(item, context.hoursInMonth),
      hoursInMonth: context.hoursInMonth,
      query,
    },
    model,
  );
  const warnings = [...priced.warnings];
  // Not a price: only says why the component below will show as missing, so the reader can act.
  const probe = context.catalog.lookup({ ...query, unit: 'Hrs' });
  if (probe.status === 'missing' && model.kind === 'on-demand') {
    warnings.push(
      `${item.id}: catalog ${context.catalog.version} has no On-Demand Dedicated Host price for the ${family} family in ${context.region} (Price List productFamily 'Dedicated Host'); the host line is shown unpriced and left out of the totals.`,
    );
  }
  return {
    description: item.description ?? `${item.quantity} × EC2 Dedicated Host ${family}`,
    category: 'Compute',
    components: priced.components,
    warnings,
    ...(priced.termMonths ? { termMonths: priced.termMonths } : {}),
  };
}
