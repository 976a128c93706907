import type { Estimation } from '../../../core';
import { upgradeSavedEstimation } from '../../../core';
import type { Caller } from '../../http/caller';
import { readableEstimation } from './access';
import type { EstimationsDeps } from './deps';

export async function getEstimation(
  deps: Pick<EstimationsDeps, 'estimations'>,
  caller: Caller,
  id: string,
): Promise<Estimation> {
  // Results saved before coverage existed get it; a pre-basis comparison is dropped (core docs).
  return upgradeSavedEstimation(await readableEstimation(deps.estimations, caller, id)).estimation;
}
