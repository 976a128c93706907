import type { Estimation } from '../../../core';
import type { Caller } from '../../http/caller';
import { readableEstimation } from './access';
import type { EstimationsDeps } from './deps';

export async function getEstimation(
  deps: Pick<EstimationsDeps, 'estimations'>,
  caller: Caller,
  id: string,
): Promise<Estimation> {
  return readableEstimation(deps.estimations, caller, id);
}
