import type { ComponentSpec, LineSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { Ec2Item } from '../requirements/requirement-items';
import { metricsComponent } from './cloudwatch';
import type { ModelComponents } from './compute-pricing';
import { hourlyComponents } from './compute-pricing';
import { describeDedicatedHosts } from './ec2-dedicated-host';
import { ec2OptionComponents, ec2OptionUsage } from './ec2-options';
import { ec2InstanceAttributes, ec2ProductFamily, ec2SavingsPlanAttributes } from './ec2-os';
import { sizeInstance } from './ec2-sizing';
import { sizingPolicyWords } from '../requirements/sizing-policy';
import { publicIpv4Component } from './public-ipv4';
import type { PricedResource, ResourceContext } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/** Detailed monitoring sends 7 metrics per instance at 1-minute resolution, billed as custom metrics. */
const DETAILED_MONITORING_METRICS = 7;

/** What EC2 instances are billed on beside instance hours (the arithmetic, no words). */
export interface Ec2Usage {
  readonly count: Decimal;
  /** Hours each instance runs per month. */
  readonly hours: Decimal;
  /** Detailed monitoring: custom metrics (7 per instance). */
  readonly monitoringMetrics?: Decimal;
  /** Public IPv4 addresses (count × per instance), each held `hours`. */
  readonly ipv4Addresses?: Decimal;
}

export function ec2Usage(item: Ec2Item, hoursInMonth: Decimal): Ec2Usage {
  const count = itemCount(item);
  const hours = monthlyHours(item, hoursInMonth);
  const perInstance = item.publicIpv4PerInstance;
  return {
    count,
    hours,
    ...(item.detailedMonitoring
      ? { monitoringMetrics: count.multiply(DETAILED_MONITORING_METRICS) }
      : {}),
    ...(perInstance !== undefined && perInstance > 0
      ? { ipv4Addresses: count.multiply(Decimal.from(perInstance)) }
      : {}),
  };
}

/**
 * EC2 instances: a named type or the cheapest current-generation type that fits, under any pricing
 * model, with optional detailed monitoring, public IPv4 addresses, surplus CPU credits and the
 * EBS-optimization fee (ec2-options.ts) (aws.amazon.com/ec2/pricing/).
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
    const warnings: string[] = [];
    const instanceType = resolveType(item, context, warnings);
    if (instanceType === undefined) return unsizedLine(item, context, warnings);
    const usage = ec2Usage(item, context.hoursInMonth);
    const priced = instanceComponents(item, context, instanceType, usage);
    const options = ec2OptionComponents(
      item,
      instanceType,
      ec2OptionUsage(item, instanceType, usage.count, usage.hours),
      context,
    );
    return {
      description: describe(item, instanceType),
      category: 'Compute',
      components: [
        ...priced.components,
        ...extraComponents(item, context.region, usage),
        ...options.components,
      ],
      warnings: [...warnings, ...priced.warnings, ...options.warnings],
      ...(priced.termMonths ? { termMonths: priced.termMonths } : {}),
    };
  },
};

function instanceComponents(
  item: Ec2Item,
  context: ResourceContext,
  instanceType: string,
  usage: Ec2Usage,
): ModelComponents {
  const tenancy = item.tenancy ?? 'shared';
  const model = item.pricingModel ?? context.pricingModel;
  return hourlyComponents(
    {
      baseName: 'Instance usage',
      // Dedicated (or host) tenancy is a different price; the component's name says so.
      variant: tenancy === 'shared' ? item.os : `${item.os}, ${tenancy}`,
      type: instanceType,
      count: usage.count,
      hours: usage.hours,
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
}

/** Detailed monitoring (as CloudWatch custom metrics) and public IPv4 addresses, when asked for. */
function extraComponents(item: Ec2Item, region: string, usage: Ec2Usage): ComponentSpec[] {
  const { count, hours, monitoringMetrics, ipv4Addresses } = usage;
  const components: ComponentSpec[] = [];
  if (monitoringMetrics) {
    const words = timesWords(
      `${count.toString()} instances`,
      `${DETAILED_MONITORING_METRICS} metrics`,
    );
    components.push({
      ...metricsComponent(region, monitoringMetrics, words),
      name: 'Detailed monitoring (CloudWatch metrics)',
    });
  }
  if (ipv4Addresses) {
    const perInstance = `${item.publicIpv4PerInstance} addresses`;
    const words = timesWords(count, 'instances', perInstance, hoursWords(hours));
    components.push(publicIpv4Component(region, ipv4Addresses, hours, words));
  }
  return components;
}

/** No type fits the sizing: still a visible component, whose gap shows as "price not in catalog", never $0. */
function unsizedLine(item: Ec2Item, context: ResourceContext, warnings: string[]): LineSpec {
  const policy = sizingPolicyWords(context.sizingPolicy);
  const none = `(none fits ${item.sizing?.vcpu} vCPU / ${item.sizing?.memoryGib} GiB; sizing policy: ${policy})`;
  return {
    description: describe(item, 'no fitting type'),
    category: 'Compute',
    components: [
      {
        name: `Instance usage (${item.os}, ${none})`,
        unit: 'hours',
        charge: 'monthly',
        quantity: itemCount(item).multiply(monthlyHours(item, context.hoursInMonth)),
        query: {
          service: 'AmazonEC2',
          region: context.region,
          productFamily: 'Compute Instance',
          attributes: ec2InstanceAttributes(none, item.os, item.tenancy ?? 'shared'),
          unit: 'Hrs',
        },
      },
    ],
    warnings,
  };
}

function resolveType(
  item: Ec2Item,
  context: ResourceContext,
  warnings: string[],
): string | undefined {
  if (item.instanceType) return item.instanceType;
  if (!item.sizing)
    throw new ResourceInputError(item.id, 'instanceType', 'or sizing (vCPU + memory) is required');
  const attributes = ec2InstanceAttributes('', item.os, item.tenancy ?? 'shared');
  const { catalog, region, sizingPolicy } = context;
  const outcome = sizeInstance(catalog, region, attributes, item.sizing, sizingPolicy);
  const choice = outcome.choice;
  if (!choice) {
    warnings.push(
      `${item.id}: ${outcome.gap} (${item.os}, catalog ${catalog.version}); not priced${outcome.policyNote}.`,
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
