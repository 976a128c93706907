import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * CloudWatch EMF metrics (Powertools): calculation time, Excel processing success, document
 * generation time and error rates. Each call publishes at once (single-metric EMF line), so no
 * handler has to remember to flush. Off on this machine (env `local`/`test` and under jest) unless
 * METRICS_ENABLED=true, because EMF lines on stdout are only useful where CloudWatch reads them.
 */
const metrics = new Metrics({ namespace: 'AwsCostEstimation', serviceName: 'aws-cost-estimation' });

function enabled(): boolean {
  if (process.env.METRICS_ENABLED === 'true') return true;
  if (process.env.JEST_WORKER_ID) return false;
  return !['local', 'test'].includes(process.env.ENV_NAME ?? 'local');
}

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

function publish(
  name: string,
  unit: Unit,
  value: number,
  dimensions: Record<string, string> = {},
): void {
  if (!enabled()) return;
  const single = metrics.singleMetric();
  for (const [k, v] of Object.entries(dimensions)) single.addDimension(k, v);
  single.addMetric(name, unit, value);
}

export function recordCalculationTime(
  ms: number,
  kind: 'cost' | 'compare' | 'reprice',
  lines: number,
): void {
  publish('CalculationTime', MetricUnit.Milliseconds, ms, { kind });
  publish('CalculationLines', MetricUnit.Count, lines, { kind });
}

export function recordExcelProcessing(success: boolean, step: 'validate' | 'process'): void {
  publish(success ? 'ExcelProcessingSuccess' : 'ExcelProcessingFailure', MetricUnit.Count, 1, {
    step,
  });
}

export function recordDocumentGeneration(ms: number, format: string, success: boolean): void {
  publish('DocumentGenerationTime', MetricUnit.Milliseconds, ms, { format });
  publish(success ? 'DocumentGenerated' : 'DocumentFailed', MetricUnit.Count, 1, { format });
}

/** One per response: `Errors5xx` / `Errors4xx` over `Requests` gives the error rates. */
export function recordResponse(fn: string, statusCode: number): void {
  publish('Requests', MetricUnit.Count, 1, { function: fn });
  if (statusCode >= 500) publish('Errors5xx', MetricUnit.Count, 1, { function: fn });
  else if (statusCode >= 400) publish('Errors4xx', MetricUnit.Count, 1, { function: fn });
}
