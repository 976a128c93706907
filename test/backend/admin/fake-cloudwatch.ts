import type {
  GetMetricDataCommand,
  GetMetricDataCommandOutput,
  MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import type { MetricDataClient } from '../../../backend/adapters/aws/cloudwatch-api-traffic';

interface Point {
  readonly namespace: string;
  readonly metric: string;
  readonly dimensions: string;
  readonly at: number;
  readonly value: number;
}

/**
 * A stand-in for CloudWatch's GetMetricData (no AWS account here): stored data points summed per
 * `Period` from `StartTime`, only for the namespace, metric name and dimensions asked for, at most
 * `pageSize` points per answer with a NextToken for the rest, as the API documents.
 */
export class FakeCloudWatch implements MetricDataClient {
  readonly points: Point[] = [];
  readonly requests: GetMetricDataCommand['input'][] = [];

  constructor(private readonly pageSize = 100) {}

  /** What API Gateway publishes for one request of REST API `apiName`. */
  gatewayRequest(apiName: string, status: number, at: Date): void {
    const dimensions = `ApiName=${apiName}`;
    const base = { namespace: 'AWS/ApiGateway', dimensions, at: at.getTime() };
    this.points.push({ ...base, metric: 'Count', value: 1 });
    this.points.push({ ...base, metric: '5XXError', value: status >= 500 ? 1 : 0 });
    this.points.push({ ...base, metric: '4XXError', value: status >= 400 && status < 500 ? 1 : 0 });
  }

  async send(command: GetMetricDataCommand): Promise<GetMetricDataCommandOutput> {
    const input = command.input;
    this.requests.push(input);
    const start = (input.StartTime as Date).getTime();
    const end = (input.EndTime as Date).getTime();
    const all: { id: string; at: number; value: number }[] = [];
    for (const q of input.MetricDataQueries ?? []) {
      const stat = q.MetricStat!;
      const period = stat.Period! * 1000;
      const dims = (stat.Metric!.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(',');
      const sums = new Map<number, number>();
      for (const p of this.points) {
        if (p.namespace !== stat.Metric!.Namespace || p.metric !== stat.Metric!.MetricName)
          continue;
        if (p.dimensions !== dims || p.at < start || p.at >= end) continue;
        const bucket = start + Math.floor((p.at - start) / period) * period;
        sums.set(bucket, (sums.get(bucket) ?? 0) + p.value);
      }
      for (const [at, value] of [...sums].sort((a, b) => a[0] - b[0]))
        all.push({ id: q.Id!, at, value });
    }
    const offset = Number(input.NextToken ?? 0);
    const page = all.slice(offset, offset + this.pageSize);
    const results = new Map<string, MetricDataResult>();
    for (const p of page) {
      const r = results.get(p.id) ?? {
        Id: p.id,
        Timestamps: [],
        Values: [],
        StatusCode: 'Complete',
      };
      r.Timestamps!.push(new Date(p.at));
      r.Values!.push(p.value);
      results.set(p.id, r);
    }
    const more = offset + this.pageSize < all.length;
    return {
      MetricDataResults: [...results.values()],
      NextToken: more ? String(offset + this.pageSize) : undefined,
      $metadata: {},
    };
  }
}
