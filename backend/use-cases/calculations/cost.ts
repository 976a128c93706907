import type { CostRequest, EstimateSummary } from '../../../core';
import { applyScenario, itemWarnings, priceRequirements, summariseWarnings } from '../../../core';
import type { Caller } from '../../http/caller';
import { recordCalculationTime } from '../../observability/metrics';
import { estimateSummary, resultFigures } from '../shared/figures';
import type { AnswerBody } from '../shared/large-result';
import { inlineOrStored } from '../shared/large-result';
import { resolveRequirements } from '../shared/requirements-ref';
import { getSettings } from '../settings/get-settings';
import { toScenario } from './apply-scenario';
import type { CalculationsDeps } from './deps';

export type { CalculationsDeps } from './deps';

/**
 * POST /calculations/cost: price the requirements (inline or named by `requirementsRef`),
 * optionally as one scenario, against the catalog. A large estimate is stored and answered by
 * its summary and a download (see `inlineOrStored`).
 */
export async function calculateCost(
  deps: CalculationsDeps,
  caller: Caller,
  input: CostRequest,
): Promise<AnswerBody<EstimateSummary>> {
  const started = performance.now();
  const counted = countCalculation(deps); // I/O overlaps the pricing below
  const [catalog, system, requirements] = await Promise.all([
    deps.catalog.catalog(),
    getSettings(deps),
    resolveRequirements(deps, caller, input, deps.validateRequirements),
  ]);
  const scenario = toScenario(input.scenario, requirements, system);
  const applied = applyScenario(requirements, scenario, catalog);
  const priced = priceRequirements(applied.requirements, catalog, {
    scenario: input.scenario?.name,
    asOf: deps.clock.now().toISOString(),
  });
  const changes = summariseWarnings(
    itemWarnings(
      applied.changes,
      requirements.items.map((i) => i.id),
    ),
  );
  const estimate = { ...priced, warnings: [...changes, ...priced.warnings] };
  await counted;
  recordCalculationTime(performance.now() - started, 'cost', requirements.items.length);
  return inlineOrStored(deps, caller, 'estimate', estimate, {
    summary: estimateSummary,
    figures: resultFigures,
  });
}

/** Usage counting never fails a calculation. */
export async function countCalculation(
  deps: Pick<CalculationsDeps, 'counters' | 'clock'>,
): Promise<void> {
  await deps.counters.increment('calculations', deps.clock.now()).catch(() => undefined);
}
