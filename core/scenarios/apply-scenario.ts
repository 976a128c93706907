import type { PriceCatalog } from '../catalog/price-catalog';
import type { RequirementItem } from '../requirements/requirement-items';
import type { Requirements } from '../requirements/requirements';
import { ec2InstanceAttributes } from '../resources/ec2-os';
import type { SwapTarget } from './instance-swap';
import { swapInstanceType } from './instance-swap';
import type { Scenario } from './scenario';

const MODEL_SERVICES = new Set(['ec2', 'rds', 'aurora', 'elasticache']);

export interface ScenarioRequirements {
  readonly requirements: Requirements;
  /** What the scenario changed, in words (instance swaps, and swaps it could not make). */
  readonly changes: readonly string[];
}

/** The requirements as this scenario prices them. The input is not modified. */
export function applyScenario(
  requirements: Requirements,
  scenario: Scenario,
  catalog: PriceCatalog,
): ScenarioRequirements {
  const settings = {
    ...requirements.settings,
    ...(scenario.settings ?? {}),
    ...(scenario.pricingModel ? { pricingModel: scenario.pricingModel } : {}),
    ...(scenario.region ? { region: scenario.region } : {}),
    ...(scenario.discounts ? { discounts: scenario.discounts } : {}),
  };
  const changes: string[] = [];
  const items = requirements.items.map((item) => {
    let next: RequirementItem = item;
    if (scenario.region && next.region) next = { ...next, region: scenario.region };
    if (
      scenario.pricingModel &&
      MODEL_SERVICES.has(next.service) &&
      'pricingModel' in next &&
      next.pricingModel
    ) {
      next = { ...next, pricingModel: scenario.pricingModel };
    }
    if (scenario.architecture || scenario.minGeneration !== undefined)
      next = swapItem(next, scenario, catalog, settings.region, changes);
    return next;
  });
  return { requirements: { ...requirements, settings, items }, changes };
}

function swapItem(
  item: RequirementItem,
  scenario: Scenario,
  catalog: PriceCatalog,
  region: string,
  changes: string[],
): RequirementItem {
  const where = item.region ?? region;
  const base = {
    region: where,
    ...(scenario.architecture ? { architecture: scenario.architecture } : {}),
    ...(scenario.minGeneration !== undefined ? { minGeneration: scenario.minGeneration } : {}),
  };
  let target: SwapTarget | undefined;
  if (item.service === 'ec2') {
    if (!item.instanceType) {
      // A sized item: the constraint goes into the sizing rule instead of a swap.
      if (!item.sizing) return item;
      return {
        ...item,
        sizing: {
          ...item.sizing,
          ...(scenario.architecture ? { architecture: scenario.architecture } : {}),
          ...(scenario.minGeneration !== undefined
            ? { minGeneration: scenario.minGeneration }
            : {}),
        },
      };
    }
    const attrs = ec2InstanceAttributes(item.instanceType, item.os, item.tenancy ?? 'shared');
    const { instanceType: _type, ...rest } = attrs;
    target = { ...base, service: 'AmazonEC2', type: item.instanceType, attributes: rest };
  } else if (item.service === 'rds') {
    target = { ...base, service: 'AmazonRDS', type: item.instanceClass, attributes: {} };
  } else if (item.service === 'elasticache') {
    target = { ...base, service: 'AmazonElastiCache', type: item.nodeType, attributes: {} };
  } else {
    return item;
  }
  const swap = swapInstanceType(catalog, target);
  if (!swap) {
    changes.push(
      `${item.id}: no ${scenario.architecture ?? ''}${scenario.minGeneration ? ` generation ≥ ${scenario.minGeneration}` : ''} equivalent of ${target.type} in catalog ${catalog.version}; kept ${target.type}.`,
    );
    return item;
  }
  if (swap.type === target.type) return item;
  changes.push(
    `${item.id}: ${target.type} → ${swap.type} (same class and size, cheapest matching On-Demand type at $${swap.price}/h).`,
  );
  if (item.service === 'ec2') return { ...item, instanceType: swap.type };
  if (item.service === 'rds') return { ...item, instanceClass: swap.type };
  return { ...item, nodeType: swap.type };
}
