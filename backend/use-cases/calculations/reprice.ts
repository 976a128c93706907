import type { Estimate, RepriceRequest, RepricingSummary } from '../../../core';
import { RepricingInputError, applyScenario, repriceEstimate } from '../../../core';
import type { Caller } from '../../http/caller';
import { BadRequestError } from '../../http/errors';
import { recordCalculationTime } from '../../observability/metrics';
import { readableRecord } from '../estimations/access';
import { decodeJson } from '../shared/json-part';
import type { AnswerBody } from '../shared/large-result';
import { resolveRequirements } from '../shared/requirements-ref';
import { getSettings } from '../settings/get-settings';
import { toScenario } from './apply-scenario';
import { countCalculation } from './cost';
import type { CalculationsDeps } from './deps';
import { repricingAnswer } from './reprice-answer';

/**
 * POST /calculations/reprice: a saved estimation's result priced again against today's catalog,
 * line by line. The requirements are the caller's (the workbook as it is now) or, when none are
 * sent, the saved ones. The answer always says how the sizing policy recorded in the saved result
 * differs from the one in effect, field by field, and which one sized the new figures
 * (`sizingPolicy: 'recorded'` asks for the recorded one): a changed policy is never silent. A
 * large re-price is stored and answered with its summary (see `repricingAnswer`).
 */
export async function repriceSaved(
  deps: CalculationsDeps,
  caller: Caller,
  input: RepriceRequest,
): Promise<AnswerBody<RepricingSummary>> {
  const started = performance.now();
  const record = await readableRecord(deps.estimations, caller, input.estimationId);
  const part = await deps.estimations.readPart(record, 'result');
  if (!part)
    throw new BadRequestError(
      `$.estimationId: estimation "${record.name}" has no saved result to re-price; calculate and save it first.`,
    );
  const source =
    input.requirements || input.requirementsRef
      ? input
      : { requirementsRef: { estimationId: record.estimationId } };
  const counted = countCalculation(deps);
  const [catalog, system, requirements, previous] = await Promise.all([
    deps.catalog.catalog(),
    getSettings(deps),
    resolveRequirements(deps, caller, source, deps.validateRequirements),
    decodeJson<Estimate>(part.gzip),
  ]);
  // The settings a calculation gets (the system's default FX when the requirements have none).
  const scenario = toScenario({ name: previous.scenario }, requirements, system);
  const priced = applyScenario(requirements, scenario, catalog).requirements;
  let repricing;
  try {
    repricing = repriceEstimate(priced, previous, catalog, {
      asOf: deps.clock.now().toISOString(),
      sizingPolicy: input.sizingPolicy ?? 'current',
    });
  } catch (err) {
    if (err instanceof RepricingInputError)
      throw new BadRequestError(`$.estimationId: ${err.message}`);
    throw err;
  }
  await counted;
  recordCalculationTime(performance.now() - started, 'reprice', requirements.items.length);
  return repricingAnswer(deps, caller, repricing);
}
