import { awsAdapters } from '../adapters/aws/container';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { estimationsRoutes } from '../routes/estimations';
import { limited } from './limits';

/** Composition root of the `estimations` function: CRUD and clone. */
const aws = awsAdapters();

export const handler = limited(
  'estimations',
  estimationsRoutes({
    estimations: aws.estimations,
    blobs: aws.blobs,
    clock: systemClock,
    ids: randomIds,
  }),
  aws,
);
