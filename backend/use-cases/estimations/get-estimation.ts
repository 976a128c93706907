import type { EstimationResponse } from '../../../core';
import type { Caller } from '../../http/caller';
import { readableRecord } from './access';
import type { EstimationsDeps } from './deps';
import { estimationResponse } from './respond';

export async function getEstimation(
  deps: Pick<EstimationsDeps, 'estimations' | 'clock'>,
  caller: Caller,
  id: string,
): Promise<EstimationResponse> {
  return estimationResponse(deps, await readableRecord(deps.estimations, caller, id));
}
