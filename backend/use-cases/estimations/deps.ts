import type { Clock, IdGenerator } from '../../ports/audit-log';
import type { EstimationStore } from '../../ports/estimation-store';

export interface EstimationsDeps {
  readonly estimations: EstimationStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}
