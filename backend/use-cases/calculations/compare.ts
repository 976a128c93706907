import type { CompareRequest, Comparison } from '../../../core';
import { compareScenarios } from '../../../core';
import { BadRequestError } from '../../http/errors';
import { recordCalculationTime } from '../../observability/metrics';
import { getSettings } from '../settings/get-settings';
import { toScenario } from './apply-scenario';
import type { CalculationsDeps } from './cost';
import { countCalculation } from './cost';

/**
 * POST /calculations/compare: core's scenario comparison (per-line and total deltas against the
 * first scenario, the cheapest by effective monthly cost).
 */
export async function compareCosts(
  deps: CalculationsDeps,
  input: CompareRequest,
): Promise<Comparison> {
  const started = performance.now();
  const names = input.scenarios.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    throw new BadRequestError(
      `$.scenarios: two scenarios are named "${dup}"; give each a distinct name.`,
    );
  const counted = countCalculation(deps);
  const [catalog, system] = await Promise.all([deps.catalog.catalog(), getSettings(deps)]);
  const scenarios = input.scenarios.map((s) => toScenario(s, input.requirements, system));
  const comparison = compareScenarios(input.requirements, scenarios, catalog, {
    asOf: deps.clock.now().toISOString(),
  });
  await counted;
  recordCalculationTime(
    performance.now() - started,
    'compare',
    input.requirements.items.length * scenarios.length,
  );
  return comparison;
}
