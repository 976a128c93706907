import { awsAdapters } from '../adapters/aws/container';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { excelRoutes } from '../routes/excel';
import { limited } from './limits';

/** Composition root of the `excel` function: template, upload, validate, process. */
const aws = awsAdapters();

export const handler = limited(
  'excel',
  excelRoutes({
    blobs: aws.blobs,
    auditWriter: aws.auditWriter,
    settings: aws.settings,
    clock: systemClock,
    ids: randomIds,
  }),
  aws,
);
