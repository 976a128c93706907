import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { Ec2Item } from '../requirements/requirement-items';
import { metricsComponent } from './cloudwatch';
import { hourlyComponents } from './compute-pricing';
import { describeDedicatedHosts } from './ec2-dedicated-host';
import { ec2InstanceAttributes, ec2ProductFamily, ec2SavingsPlanAttributes } from './ec2-os';
import { chooseInstanceType } from './ec2-sizing';
import { publicIpv4Component } from './public-ipv4';
import type { PricedResource, ResourceContext } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, monthlyHours, timesWords } from './usage';

/** Detailed monitoring sends 7 metrics per instance at 1-minute resolution, billed as custom metrics. */
const DETAILED_MONITORING_METRICS = 7;

/**
 * EC2 instances: a named type or the cheapest current-generation type that fits, under any pricing
 * model, with optional detailed monitoring and public IPv4 addresses (aws.amazon.com/ec2/pricing/).
 */
export const ec2Instance: PricedResource<'ec2'> = {
  service: 'ec2',
  describe(item, context) {
    // The Dedicated Hosts bulk-import template gives host families, not instances.
    if (item.dedicatedHostFamily !== undefined)
      return describeDedicatedHosts(
        { ...item, dedicatedHostFamily: item.dedicatedHostFamily },
        context,
      );
    const tenancy = item.tenancy ?? 'shared';
    const warnings: string[] = [];
    const instanceType = resolveType(item, context, warnings);
    if (instanceType === undefined) {
      // Still a visible component: the gap shows as "price not in catalog", never as $0.
      const none = `(none fits ${item.sizing?.vcpu} vCPU / ${item.sizing?.memoryGib} GiB)`;
      const components: ComponentSpec[] = [
        {
          name: `Instance usage (${item.os}, ${none})`,
          unit: 'hours',
          charge: 'monthly',
          quantity: itemCount(item).multiply(monthlyHours(item, context.hoursInMonth)),
          query: {
            service: 'AmazonEC2',
            region: context.region,
            productFamily: 'Compute Instance',
            attributes: ec2InstanceAttributes(none, item.os, tenancy),
            unit: 'Hrs',
          },
        },
      ];
      return {
        description: describe(item, 'no fitting type'),
        category: 'Compute',
        components,
        warnings,
      };
    }
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const model = item.pricingModel ?? context.pricingModel;
    const priced = hourlyComponents(
      {
        baseName: 'Instance usage',
        variant: item.os,
        type: instanceType,
        count,
        hours,
        hoursInMonth: context.hoursInMonth,
        query: {
          service: 'AmazonEC2',
          region: context.region,
          productFamily: ec2ProductFamily(instanceType),
          attributes: ec2InstanceAttributes(instanceType, item.os, tenancy),
        },
        ...(model.kind === 'savings-plan'
          ? { savingsPlanAttributes: ec2SavingsPlanAttributes(instanceType, item.os, tenancy) }
          : {}),
      },
      model,
    );
    const components: ComponentSpec[] = [...priced.components];
    if (item.detailedMonitoring) {
      const metrics = count.multiply(DETAILED_MONITORING_METRICS);
      components.push({
        ...metricsComponent(
          context.region,
          metrics,
          timesWords(`${count.toString()} instances`, `${DETAILED_MONITORING_METRICS} metrics`),
        ),
        name: 'Detailed monitoring (CloudWatch metrics)',
      });
    }
    if (item.publicIpv4PerInstance !== undefined && item.publicIpv4PerInstance > 0) {
      const addresses = count.multiply(Decimal.from(item.publicIpv4PerInstance));
      const words = timesWords(
        count,
        'instances',
        `${item.publicIpv4PerInstance} addresses`,
        `${hours.toString()} h`,
      );
      components.push(publicIpv4Component(context.region, addresses, hours, words));
    }
    return {
      description: describe(item, instanceType),
      category: 'Compute',
      components,
      warnings: [...warnings, ...priced.warnings],
      ...(priced.termMonths ? { termMonths: priced.termMonths } : {}),
    };
  },
};

function resolveType(
  item: Ec2Item,
  context: ResourceContext,
  warnings: string[],
): string | undefined {
  if (item.instanceType) return item.instanceType;
  if (!item.sizing)
    throw new ResourceInputError(item.id, 'instanceType', 'or sizing (vCPU + memory) is required');
  const attributes = ec2InstanceAttributes('', item.os, item.tenancy ?? 'shared');
  const choice = chooseInstanceType(context.catalog, context.region, attributes, item.sizing);
  if (!choice) {
    warnings.push(
      `${item.id}: no current-generation instance type in catalog ${context.catalog.version} (${context.region}, ${item.os}) has ≥ ${item.sizing.vcpu} vCPU and ≥ ${item.sizing.memoryGib} GiB with the constraints given; not priced.`,
    );
    return undefined;
  }
  warnings.push(
    `${item.id}: chose ${choice.instanceType} (${choice.vcpu} vCPU, ${choice.memoryGib} GiB, $${choice.price}/h On-Demand) — ${choice.rule}.`,
  );
  return choice.instanceType;
}

function describe(item: Ec2Item, type: string): string {
  return item.description ?? `${item.quantity} × EC2 ${type} (${item.os})`;
}
