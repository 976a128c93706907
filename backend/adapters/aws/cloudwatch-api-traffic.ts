import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { GetMetricDataCommandOutput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { ApiTraffic, HourTraffic } from '../../ports/api-traffic';
import { hourStart, trafficHour } from '../../ports/api-traffic';

/** What this adapter sends: one command type, so tests can stand in for CloudWatch. */
export interface MetricDataClient {
  send(command: GetMetricDataCommand): Promise<GetMetricDataCommandOutput>;
}

/** Bounded: 15 days of hourly points for two metrics take one or two pages. */
const MAX_PAGES = 20;

/**
 * API Gateway's own metrics for the REST API `apiName` (namespace AWS/ApiGateway, dimension
 * ApiName, every stage): `Count` (every request) and `5XXError`, summed per hour with one
 * GetMetricData request (paged with NextToken). Needs cloudwatch:GetMetricData, which has no
 * resource-level permissions.
 */
export class CloudWatchApiTraffic implements ApiTraffic {
  constructor(
    private readonly cloudwatch: MetricDataClient,
    private readonly apiName: string,
  ) {}

  async hourly(since: Date, until: Date): Promise<ReadonlyMap<string, HourTraffic>> {
    const sums = { requests: new Map<string, number>(), errors: new Map<string, number>() };
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await this.cloudwatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: [this.query('requests', 'Count'), this.query('errors', '5XXError')],
          StartTime: hourStart(since),
          EndTime: until,
          ScanBy: 'TimestampAscending',
          NextToken: nextToken,
        }),
      );
      for (const result of out.MetricDataResults ?? []) {
        if (result.Id !== 'requests' && result.Id !== 'errors') continue;
        const target = sums[result.Id];
        const stamps = result.Timestamps ?? [];
        stamps.forEach((t, i) => {
          const key = trafficHour(new Date(t));
          target.set(key, (target.get(key) ?? 0) + (result.Values?.[i] ?? 0));
        });
      }
      nextToken = out.NextToken;
      pages += 1;
    } while (nextToken && pages < MAX_PAGES);
    if (nextToken)
      throw new Error(`CloudWatch GetMetricData still had pages after ${MAX_PAGES} requests`);
    const hours = new Map<string, HourTraffic>();
    for (const key of new Set([...sums.requests.keys(), ...sums.errors.keys()]))
      hours.set(key, { requests: sums.requests.get(key) ?? 0, errors: sums.errors.get(key) ?? 0 });
    return hours;
  }

  private query(id: 'requests' | 'errors', metricName: 'Count' | '5XXError'): MetricDataQuery {
    return {
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/ApiGateway',
          MetricName: metricName,
          Dimensions: [{ Name: 'ApiName', Value: this.apiName }],
        },
        Period: 3600,
        Stat: 'Sum',
      },
      ReturnData: true,
    };
  }
}
