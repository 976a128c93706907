import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { Ec2Item } from '../requirements/requirement-items';
import { EC2_OS_ATTRIBUTES, ec2ProductFamily } from './ec2-os';
import { usageType } from './region-prefix';
import type { ResourceContext } from './resource';
import { ResourceInputError } from './resource-input-error';

/**
 * EC2 options billed beside instance hours: surplus CPU credits of burstable types in unlimited
 * mode (per vCPU-hour; 60 credits = 1 vCPU-hour, docs.aws.amazon.com/AWSEC2/latest/UserGuide/
 * burstable-credits-baseline-concepts.html) and the hourly EBS-optimization fee of the older types
 * that offer it as an option. Neither has a price in the catalog yet (no dated regional source was
 * found, core/catalog/data/README.md): both show as "price not in catalog", never $0.
 */

/** Burstable families: `t2`, `t3`, `t3a`, `t4g`. */
const BURSTABLE = /^t\d+[a-z]*$/;

export interface Ec2OptionUsage {
  /** Surplus credits as vCPU-hours (credits ÷ 60, 10 decimals) for the whole line. */
  readonly surplusVcpuHours?: Decimal;
  /** Instance-hours charged the EBS-optimization fee. */
  readonly ebsOptimizedHours?: Decimal;
}

export function ec2OptionUsage(
  item: Ec2Item,
  instanceType: string,
  count: Decimal,
  hours: Decimal,
): Ec2OptionUsage {
  const family = instanceType.split('.')[0] ?? '';
  if (item.surplusCpuCredits !== undefined && !BURSTABLE.test(family))
    throw new ResourceInputError(
      item.id,
      'surplusCpuCredits',
      `applies to burstable (T-family) types only, not ${instanceType}`,
    );
  if (item.surplusCpuCredits !== undefined && !(item.surplusCpuCredits >= 0))
    throw new ResourceInputError(item.id, 'surplusCpuCredits', 'must be a number ≥ 0');
  return {
    ...(item.surplusCpuCredits !== undefined
      ? {
          surplusVcpuHours: count
            .multiply(Decimal.from(item.surplusCpuCredits))
            .divide(60, 10, 'half-even'),
        }
      : {}),
    ...(item.ebsOptimized ? { ebsOptimizedHours: count.multiply(hours) } : {}),
  };
}

/** The option components, and a warning when EBS optimization has no separate fee for the type. */
export function ec2OptionComponents(
  item: Ec2Item,
  instanceType: string,
  usage: Ec2OptionUsage,
  context: ResourceContext,
): { components: ComponentSpec[]; warnings: string[] } {
  const components: ComponentSpec[] = [];
  const warnings: string[] = [];
  const family = instanceType.split('.')[0] ?? '';
  const os = EC2_OS_ATTRIBUTES[item.os].operatingSystem;
  if (usage.surplusVcpuHours)
    components.push({
      name: `CPU credits (surplus, ${family} unlimited, ${os})`,
      unit: 'vCPU-hours',
      charge: 'monthly',
      quantity: usage.surplusVcpuHours,
      query: {
        service: 'AmazonEC2',
        region: context.region,
        productFamily: 'CPU Credits',
        attributes: {
          operatingSystem: os,
          usagetype: usageType(context.region, `CPUCredits:${family}`, {
            prefixedInUsEast1: false,
          }),
        },
        unit: 'vCPU-Hours',
      },
      quantityWords: `${item.quantity} × ${item.surplusCpuCredits ?? 0} credits ÷ 60 credits per vCPU-hour`,
    });
  if (usage.ebsOptimizedHours) {
    if (currentGeneration(context, instanceType) === 'Yes')
      warnings.push(
        `${item.id}: ${instanceType} is a current-generation type, EBS-optimized by default with no separate fee; ebsOptimized adds nothing.`,
      );
    else
      components.push({
        name: `EBS-optimized fee (${instanceType})`,
        unit: 'hours',
        charge: 'monthly',
        quantity: usage.ebsOptimizedHours,
        query: {
          service: 'AmazonEC2',
          region: context.region,
          productFamily: 'EBS Optimized',
          attributes: { instanceType },
          unit: 'Hrs',
        },
      });
  }
  return { components, warnings };
}

/** `currentGeneration` of the type's On-Demand record (a fact of the type, not a price). */
function currentGeneration(context: ResourceContext, instanceType: string): string | undefined {
  const found = context.catalog.lookup({
    service: 'AmazonEC2',
    region: context.region,
    productFamily: ec2ProductFamily(instanceType),
    attributes: {
      instanceType,
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
    },
  });
  return found.status === 'found' ? found.records[0]?.attributes['currentGeneration'] : undefined;
}
