import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { apiTrafficSource } from '../../../backend/adapters/api-traffic-source';
import { CloudWatchApiTraffic } from '../../../backend/adapters/aws/cloudwatch-api-traffic';
import {
  InProcessApiTraffic,
  localApiTraffic,
} from '../../../backend/adapters/memory/in-process-api-traffic';
import { loadConfig } from '../../../backend/config/env';
import { apiTrafficContract } from '../../contracts/api-traffic.contract';
import { FakeCloudWatch } from './fake-cloudwatch';

apiTrafficContract('in-process tally (local stack, tests)', () => {
  const traffic = new InProcessApiTraffic();
  return { traffic, answer: async (status, at) => traffic.record(status, at) };
});

apiTrafficContract("CloudWatch adapter on a stand-in for CloudWatch's GetMetricData", () => {
  const cloudwatch = new FakeCloudWatch();
  // Another API's traffic in the same account must not be counted.
  cloudwatch.gatewayRequest('aws-cost-prod-other', 500, new Date('2026-11-26T09:10:00.000Z'));
  return {
    traffic: new CloudWatchApiTraffic(cloudwatch, 'aws-cost-prod-api'),
    answer: async (status, at) => cloudwatch.gatewayRequest('aws-cost-prod-api', status, at),
  };
});

describe('CloudWatch adapter requests', () => {
  it("asks for API Gateway's Count and 5XXError of the API, summed per hour, and follows NextToken", async () => {
    const cloudwatch = new FakeCloudWatch(3);
    for (let m = 0; m < 4; m++)
      cloudwatch.gatewayRequest('aws-cost-prod-api', 200, new Date(Date.UTC(2026, 10, 26, m, 1)));
    const traffic = new CloudWatchApiTraffic(cloudwatch, 'aws-cost-prod-api');
    const hours = await traffic.hourly(
      new Date('2026-11-26T00:20:00.000Z'),
      new Date('2026-11-26T04:00:00.000Z'),
    );
    expect(hours.size).toBe(4);
    expect(cloudwatch.requests.length).toBe(3); // 8 points, 3 per page
    const first = cloudwatch.requests[0]!;
    expect(first.StartTime).toEqual(new Date('2026-11-26T00:00:00.000Z'));
    expect(first.MetricDataQueries?.map((q) => q.MetricStat)).toEqual(
      ['Count', '5XXError'].map((MetricName) => ({
        Metric: {
          Namespace: 'AWS/ApiGateway',
          MetricName,
          Dimensions: [{ Name: 'ApiName', Value: 'aws-cost-prod-api' }],
        },
        Period: 3600,
        Stat: 'Sum',
      })),
    );
    expect(new GetMetricDataCommand(first).input).toEqual(first);
  });
});

describe('where the admin function reads the traffic', () => {
  it('the local stack (emulator endpoints) reads the local API adapter tally', () => {
    const config = loadConfig({ DYNAMODB_ENDPOINT: 'http://localhost:1' });
    expect(apiTrafficSource(config, {})).toBe(localApiTraffic);
  });

  it('in AWS it needs the API name, and says so when it is missing', () => {
    const config = loadConfig({ ENV_NAME: 'prod' });
    expect(apiTrafficSource(config, { API_NAME: 'aws-cost-prod-api' })).not.toBe(localApiTraffic);
    expect(() => apiTrafficSource(config, {})).toThrow(/API_NAME is not set/);
  });
});
