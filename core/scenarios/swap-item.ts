import type { PriceCatalog } from '../catalog/price-catalog';
import { isWindowsOs } from '../offerings/offering-rules';
import type {
  Ec2Item,
  ElastiCacheItem,
  RdsItem,
  RequirementItem,
} from '../requirements/requirement-items';
import { ec2InstanceAttributes } from '../resources/ec2-os';
import { chooseInstanceType } from '../resources/ec2-sizing';
import type { EstimateSettings } from '../requirements/requirements';
import type { SizingPolicy } from '../requirements/sizing-policy';
import type { SwapTarget } from './instance-swap';
import { swapInstanceType } from './instance-swap';
import type { Scenario } from './scenario';

/** What a swap did to one item: the item to price, and a change or a reason it was kept. */
export interface SwapOutcome {
  readonly item: RequirementItem;
  readonly change?: string;
  readonly kept?: string;
}

/** RDS engines with Graviton DB classes (the open-source ones; see core/offerings/offering-rules.ts). */
const GRAVITON_RDS_ENGINES = new Set(['mysql', 'postgresql', 'mariadb']);

const WINDOWS_REASON =
  'Windows (and SQL Server on Windows) does not run on Graviton: AWS offers Windows on x86 only';

function wanted(scenario: Scenario): string {
  const parts: string[] = [];
  if (scenario.architecture)
    parts.push(scenario.architecture === 'arm64' ? 'Graviton (arm64)' : scenario.architecture);
  if (scenario.minGeneration !== undefined) parts.push(`generation ≥ ${scenario.minGeneration}`);
  return parts.join(', ');
}

/**
 * Apply a scenario's architecture / generation swap to one item. Eligible items move to the
 * equivalent type (same class, features and size; for sized items, the sizing rule with the new
 * constraint); the others stay as they were with a stated reason, so a Graviton scenario never
 * "saves" money by leaving Windows lines unpriced.
 */
export function swapItem(
  item: RequirementItem,
  scenario: Scenario,
  catalog: PriceCatalog,
  settings: Pick<EstimateSettings, 'region' | 'sizingPolicy'>,
): SwapOutcome {
  const where = item.region ?? settings.region;
  const arm = scenario.architecture === 'arm64';
  if (item.service === 'ec2') return swapEc2(item, scenario, catalog, where, settings.sizingPolicy);
  if (item.service === 'rds') {
    if (arm && !GRAVITON_RDS_ENGINES.has(item.engine))
      return {
        item,
        kept: `RDS for ${item.engine} does not run on Graviton DB classes (only MySQL, PostgreSQL and MariaDB do)`,
      };
    return swapNamed(item, item.instanceClass, scenario, catalog, where, 'AmazonRDS', {});
  }
  if (item.service === 'elasticache')
    return swapNamed(item, item.nodeType, scenario, catalog, where, 'AmazonElastiCache', {});
  if (item.service === 'aurora' && item.capacity === 'provisioned')
    return {
      item,
      kept: 'Aurora instance classes are not swapped by scenarios yet; priced as given',
    };
  return { item };
}

function swapEc2(
  item: Ec2Item,
  scenario: Scenario,
  catalog: PriceCatalog,
  where: string,
  policy: SizingPolicy | undefined,
): SwapOutcome {
  if (item.dedicatedHostFamily !== undefined)
    return { item, kept: 'Dedicated Hosts are priced by host family and are not swapped' };
  if (scenario.architecture === 'arm64' && isWindowsOs(item.os))
    return { item, kept: WINDOWS_REASON };
  const tenancy = item.tenancy ?? 'shared';
  if (!item.instanceType) {
    if (!item.sizing) return { item };
    const sizing = {
      ...item.sizing,
      ...(scenario.architecture ? { architecture: scenario.architecture } : {}),
      ...(scenario.minGeneration !== undefined ? { minGeneration: scenario.minGeneration } : {}),
    };
    const attributes = ec2InstanceAttributes('', item.os, tenancy);
    const choice = chooseInstanceType(catalog, where, attributes, sizing, policy);
    if (!choice)
      return {
        item,
        kept: `no ${wanted(scenario)} type in catalog ${catalog.version} fits the sizing (${item.os}, ${where}); sized as before`,
      };
    return {
      item: { ...item, sizing },
      change: `${item.id}: sized as ${wanted(scenario)} → ${choice.instanceType} (${choice.vcpu} vCPU, ${choice.memoryGib} GiB, $${choice.price}/h On-Demand).`,
    };
  }
  const { instanceType: _type, ...attributes } = ec2InstanceAttributes(
    item.instanceType,
    item.os,
    tenancy,
  );
  return swapNamed(item, item.instanceType, scenario, catalog, where, 'AmazonEC2', attributes);
}

function swapNamed(
  item: Ec2Item | RdsItem | ElastiCacheItem,
  type: string,
  scenario: Scenario,
  catalog: PriceCatalog,
  where: string,
  service: string,
  attributes: Readonly<Record<string, string>>,
): SwapOutcome {
  const target: SwapTarget = {
    service,
    region: where,
    type,
    attributes,
    ...(scenario.architecture ? { architecture: scenario.architecture } : {}),
    ...(scenario.minGeneration !== undefined ? { minGeneration: scenario.minGeneration } : {}),
  };
  const swap = swapInstanceType(catalog, target);
  if (!swap)
    return {
      item,
      kept: `no ${wanted(scenario)} equivalent (same class, features and size) in catalog ${catalog.version}`,
    };
  if (swap.type === type) return { item };
  const change = `${item.id}: ${type} → ${swap.type} (same class and size, cheapest matching On-Demand type at $${swap.price}/h).`;
  if (item.service === 'ec2') return { item: { ...item, instanceType: swap.type }, change };
  if (item.service === 'rds') return { item: { ...item, instanceClass: swap.type }, change };
  return { item: { ...item, nodeType: swap.type }, change };
}
