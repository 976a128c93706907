import type { CostRequest, Estimate } from '../../../core';
import { applyScenario, priceRequirements } from '../../../core';
import { recordCalculationTime } from '../../observability/metrics';
import type { SettingsStore } from '../../ports/settings-store';
import type { UsageCounters } from '../../ports/usage-counters';
import type { Clock } from '../../ports/clock';
import { getSettings } from '../settings/get-settings';
import { toScenario } from './apply-scenario';
import type { CatalogCache } from './catalog-cache';

export interface CalculationsDeps {
  readonly catalog: CatalogCache;
  readonly settings: SettingsStore;
  readonly counters: UsageCounters;
  readonly clock: Clock;
}

/** POST /calculations/cost: price the requirements (optionally as one scenario) against the catalog. */
export async function calculateCost(deps: CalculationsDeps, input: CostRequest): Promise<Estimate> {
  const started = performance.now();
  const counted = countCalculation(deps); // I/O overlaps the pricing below
  const [catalog, system] = await Promise.all([deps.catalog.catalog(), getSettings(deps)]);
  const scenario = toScenario(input.scenario, input.requirements, system);
  const applied = applyScenario(input.requirements, scenario, catalog);
  const priced = priceRequirements(applied.requirements, catalog, {
    scenario: input.scenario?.name,
    asOf: deps.clock.now().toISOString(),
  });
  const estimate = { ...priced, warnings: [...applied.changes, ...priced.warnings] };
  await counted;
  recordCalculationTime(performance.now() - started, 'cost', input.requirements.items.length);
  return estimate;
}

/** Usage counting never fails a calculation. */
export async function countCalculation(
  deps: Pick<CalculationsDeps, 'counters' | 'clock'>,
): Promise<void> {
  await deps.counters.increment('calculations', deps.clock.now()).catch(() => undefined);
}
