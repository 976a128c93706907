import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logs (Powertools). Quiet under jest unless LOG_LEVEL asks otherwise. */
export const logger = new Logger({
  serviceName: 'aws-cost-estimation',
  logLevel: (process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'SILENT' : 'INFO')) as 'INFO',
});
