import type { PriceCatalog } from '../catalog/price-catalog';
import type { RequirementItem } from '../requirements/requirement-items';
import type { Requirements } from '../requirements/requirements';
import type { Scenario } from './scenario';
import { overlaySizingPolicy, sizingPolicyWords } from '../requirements/sizing-policy';
import type { SwapOutcome } from './swap-item';
import { swapItem } from './swap-item';

const MODEL_SERVICES = new Set(['ec2', 'rds', 'aurora', 'elasticache']);

/** An item the scenario was asked to change but left as it was, and why. */
export interface KeptItem {
  readonly itemId: string;
  readonly reason: string;
}

export interface ScenarioRequirements {
  readonly requirements: Requirements;
  /** What the scenario changed, in words (instance swaps), plus one summary per reason items were kept. */
  readonly changes: readonly string[];
  /** Items an architecture or generation swap left unchanged, each with its reason. */
  readonly kept: readonly KeptItem[];
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
    ...(scenario.sizingPolicy
      ? {
          sizingPolicy: overlaySizingPolicy(
            scenario.settings?.sizingPolicy ?? requirements.settings.sizingPolicy,
            scenario.sizingPolicy,
          ),
        }
      : {}),
  };
  const changes: string[] = [];
  const kept: KeptItem[] = [];
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
    if (scenario.architecture || scenario.minGeneration !== undefined) {
      const outcome: SwapOutcome = swapItem(next, scenario, catalog, settings);
      if (outcome.change) changes.push(outcome.change);
      if (outcome.kept) kept.push({ itemId: item.id, reason: outcome.kept });
      next = outcome.item;
    }
    return next;
  });
  if (scenario.sizingPolicy)
    changes.unshift(
      `${scenario.name}: sized lines get the cheapest type under the sizing policy ${sizingPolicyWords(settings.sizingPolicy)}; named types are unchanged.`,
    );
  return {
    requirements: { ...requirements, settings, items },
    changes: [...changes, ...keptSummaries(scenario.name, kept)],
    kept,
  };
}

/** Listed by id in a summary; the rest are counted (each kept line also carries its own reason). */
const LISTED_IDS = 10;

/** One sentence per reason: `Graviton: kept 363 lines as they were — Windows … x86 only (a, b … and 353 more).` */
function keptSummaries(name: string, kept: readonly KeptItem[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const k of kept) {
    const ids = byReason.get(k.reason);
    if (ids) ids.push(k.itemId);
    else byReason.set(k.reason, [k.itemId]);
  }
  return [...byReason].map(([reason, ids]) => {
    const listed = ids.slice(0, LISTED_IDS).join(', ');
    const more = ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : '';
    const what = ids.length === 1 ? '1 line as it was' : `${ids.length} lines as they were`;
    return `${name}: kept ${what} — ${reason} (${listed}${more}).`;
  });
}
