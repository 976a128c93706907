import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { EstimationStore } from '../../ports/estimation-store';

export interface EstimationsDeps {
  readonly estimations: EstimationStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
