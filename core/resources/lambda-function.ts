import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';
import type { PricedResource } from './resource';
import { itemCount, timesWords } from './usage';

/** Monthly free tier (aws.amazon.com/lambda/pricing/): 1M requests and 400,000 GB-seconds. */
const FREE_REQUESTS = Decimal.from(1_000_000);
const FREE_GB_SECONDS = Decimal.from(400_000);
/** Ephemeral storage up to 512 MB is included. */
const FREE_EPHEMERAL_MB = 512;

function lambdaQuery(region: string, group: string, unit: string): PriceQuery {
  return { service: 'AWSLambda', region, productFamily: 'Serverless', attributes: { group }, unit };
}

/**
 * Lambda: requests, duration in GB-seconds (tiered: x86 first 6B / next 9B / over 15B, Arm 7.5B /
 * 11.25B / over 18.75B — the tiers come from the price records) and ephemeral storage above 512 MB.
 * The free tier, when on, is taken off before the tiers.
 */
export const lambdaFunction: PricedResource<'lambda'> = {
  service: 'lambda',
  describe(item, context) {
    const r = context.region;
    const arm = item.architecture === 'arm64';
    const suffix = arm ? '-ARM' : '';
    const freeTier = item.freeTier ?? context.freeTier;
    const count = itemCount(item);
    const requests = count.multiply(Decimal.from(item.requestsPerMonth));
    const seconds = requests.multiply(Decimal.from(item.durationMs)).multiply('0.001');
    // MB → GB divides by 1,024: exact, since 1/1,024 has a finite decimal expansion.
    const gb = Decimal.from(item.memoryMb).divide(1024, 10, 'half-even');
    const gbSeconds = seconds.multiply(gb);
    const netRequests = freeTier
      ? Decimal.max(Decimal.ZERO, requests.subtract(FREE_REQUESTS))
      : requests;
    const netGbSeconds = freeTier
      ? Decimal.max(Decimal.ZERO, gbSeconds.subtract(FREE_GB_SECONDS))
      : gbSeconds;
    const components: ComponentSpec[] = [
      {
        name: `Requests (${arm ? 'Arm' : 'x86'})`,
        unit: 'requests',
        charge: 'monthly',
        quantity: netRequests,
        query: lambdaQuery(r, `AWS-Lambda-Requests${suffix}`, 'Requests'),
        quantityWords: freeTier
          ? `(${formatQuantity(requests)} − 1,000,000 free) requests`
          : `${formatQuantity(requests)} requests`,
      },
      {
        name: `Duration (${arm ? 'Arm' : 'x86'})`,
        unit: 'GB-seconds',
        charge: 'monthly',
        quantity: netGbSeconds,
        query: lambdaQuery(r, `AWS-Lambda-Duration${suffix}`, 'Lambda-GB-Second'),
        tiered: true,
        note: `GB-seconds = ${formatQuantity(requests)} requests × ${item.durationMs} ms × ${item.memoryMb} MB ÷ 1,024 = ${formatQuantity(gbSeconds)}${freeTier ? `, less 400,000 free = ${formatQuantity(netGbSeconds)}` : ''}.`,
      },
    ];
    if (item.ephemeralStorageMb !== undefined && item.ephemeralStorageMb > FREE_EPHEMERAL_MB) {
      const extraGb = Decimal.from(item.ephemeralStorageMb - FREE_EPHEMERAL_MB).divide(
        1024,
        10,
        'half-even',
      );
      components.push({
        name: `Ephemeral storage (${arm ? 'Arm' : 'x86'}, above 512 MB)`,
        unit: 'GB-seconds',
        charge: 'monthly',
        quantity: seconds.multiply(extraGb),
        query: lambdaQuery(r, `AWS-Lambda-Storage-Duration${suffix}`, 'GB-Seconds'),
        quantityWords: timesWords(
          `${formatQuantity(seconds)} s`,
          `(${item.ephemeralStorageMb} − 512) MB ÷ 1,024`,
        ),
      });
    }
    return {
      description:
        item.description ??
        `Lambda ${item.memoryMb} MB, ${formatQuantity(requests)} requests/month`,
      category: 'Compute',
      components,
      warnings: freeTier
        ? [
            `${item.id}: Lambda free tier applied to this line (it is shared by all functions in an account).`,
          ]
        : [],
    };
  },
};
