import type { BackendConfig } from '../config/env';
import type { ApiTraffic, HourTraffic } from '../ports/api-traffic';
import { localApiTraffic } from './memory/in-process-api-traffic';

/**
 * Where the admin function reads the API's traffic: in AWS API Gateway's CloudWatch metrics of the
 * REST API named by `API_NAME` (set by the CDK app; the CloudWatch client is loaded on first use),
 * on the local stack (emulator endpoints set) the local API adapter's tally in this process.
 */
export function apiTrafficSource(
  config: BackendConfig,
  env: NodeJS.ProcessEnv = process.env,
): ApiTraffic {
  const apiName = env.API_NAME;
  if (apiName) return new LazyCloudWatchTraffic(config.region, apiName);
  if (config.dynamodbEndpoint) return localApiTraffic;
  throw new Error(
    'API_NAME is not set: the deployment must name the REST API whose metrics give the error rate.',
  );
}

class LazyCloudWatchTraffic implements ApiTraffic {
  private inner: Promise<ApiTraffic> | undefined;

  constructor(
    private readonly region: string,
    private readonly apiName: string,
  ) {}

  async hourly(since: Date, until: Date): Promise<ReadonlyMap<string, HourTraffic>> {
    this.inner ??= Promise.all([
      import('@aws-sdk/client-cloudwatch'),
      import('./aws/cloudwatch-api-traffic'),
    ]).then(
      ([{ CloudWatchClient }, { CloudWatchApiTraffic }]) =>
        new CloudWatchApiTraffic(new CloudWatchClient({ region: this.region }), this.apiName),
    );
    return (await this.inner).hourly(since, until);
  }
}
