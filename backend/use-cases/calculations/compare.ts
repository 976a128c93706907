import type { CompareRequest, ComparisonSummary } from '../../../core';
import { compareScenarios } from '../../../core';
import type { Caller } from '../../http/caller';
import { BadRequestError } from '../../http/errors';
import { recordCalculationTime } from '../../observability/metrics';
import { comparisonFigures, comparisonSummary } from '../shared/figures';
import type { AnswerBody } from '../shared/large-result';
import { inlineOrStored } from '../shared/large-result';
import { resolveRequirements } from '../shared/requirements-ref';
import { getSettings } from '../settings/get-settings';
import { toScenario } from './apply-scenario';
import { countCalculation } from './cost';
import type { CalculationsDeps } from './deps';

/**
 * POST /calculations/compare: core's scenario comparison (per-line and total deltas against the
 * first scenario, the cheapest by effective monthly cost). A large comparison is stored and
 * answered by its totals and a download.
 */
export async function compareCosts(
  deps: CalculationsDeps,
  caller: Caller,
  input: CompareRequest,
): Promise<AnswerBody<ComparisonSummary>> {
  const started = performance.now();
  const names = input.scenarios.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    throw new BadRequestError(
      `$.scenarios: two scenarios are named "${dup}"; give each a distinct name.`,
    );
  const counted = countCalculation(deps);
  const [catalog, system, requirements] = await Promise.all([
    deps.catalog.catalog(),
    getSettings(deps),
    resolveRequirements(deps, caller, input, deps.validateRequirements),
  ]);
  const scenarios = input.scenarios.map((s) => toScenario(s, requirements, system));
  const comparison = compareScenarios(requirements, scenarios, catalog, {
    asOf: deps.clock.now().toISOString(),
  });
  await counted;
  recordCalculationTime(
    performance.now() - started,
    'compare',
    requirements.items.length * scenarios.length,
  );
  return inlineOrStored(deps, caller, 'comparison', comparison, {
    summary: comparisonSummary,
    figures: comparisonFigures,
  });
}
