import { awsAdapters } from '../adapters/aws/container';
import { dashboardRoutes } from '../routes/dashboard';
import { limited } from './limits';

/** Composition root of the `dashboard` function. */
const aws = awsAdapters();

export const handler = limited(
  'dashboard',
  dashboardRoutes({
    estimations: aws.estimations,
    documents: aws.documents,
    auditReader: aws.auditReader,
  }),
  aws,
);
