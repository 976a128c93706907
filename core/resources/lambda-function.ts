import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';
import { FREE, lessFree } from './free-tier';
import type { ItemOf, PricedResource } from './resource';
import { itemCount, timesWords } from './usage';

/** Ephemeral storage up to 512 MB is included. */
const FREE_EPHEMERAL_MB = 512;

function lambdaQuery(region: string, group: string, unit: string): PriceQuery {
  return { service: 'AWSLambda', region, productFamily: 'Serverless', attributes: { group }, unit };
}

/** What a Lambda function is billed on, in each price record's unit (the arithmetic, no words). */
export interface LambdaUsage {
  readonly freeTier: boolean;
  readonly requests: Decimal;
  /** Total execution seconds (requests × duration). */
  readonly seconds: Decimal;
  readonly gbSeconds: Decimal;
  /** After the free tier, when it applies. */
  readonly netRequests: Decimal;
  readonly netGbSeconds: Decimal;
  /** Ephemeral storage above the 512 MB included, GB-seconds. */
  readonly extraStorageGbSeconds?: Decimal;
}

export function lambdaUsage(item: ItemOf<'lambda'>, contextFreeTier: boolean): LambdaUsage {
  const freeTier = item.freeTier ?? contextFreeTier;
  const count = itemCount(item);
  const requests = count.multiply(Decimal.from(item.requestsPerMonth));
  const seconds = requests.multiply(Decimal.from(item.durationMs)).multiply('0.001');
  // MB → GB divides by 1,024: exact, since 1/1,024 has a finite decimal expansion.
  const gbSeconds = seconds.multiply(Decimal.from(item.memoryMb).divide(1024, 10, 'half-even'));
  const storage = item.ephemeralStorageMb;
  return {
    freeTier,
    requests,
    seconds,
    gbSeconds,
    netRequests: freeTier ? lessFree(requests, FREE.lambdaRequests) : requests,
    netGbSeconds: freeTier ? lessFree(gbSeconds, FREE.lambdaGbSeconds) : gbSeconds,
    ...(storage !== undefined && storage > FREE_EPHEMERAL_MB
      ? {
          extraStorageGbSeconds: seconds.multiply(
            Decimal.from(storage - FREE_EPHEMERAL_MB).divide(1024, 10, 'half-even'),
          ),
        }
      : {}),
  };
}

/**
 * Lambda: requests, duration in GB-seconds (tiered: x86 first 6B / next 9B / over 15B, Arm 7.5B /
 * 11.25B / over 18.75B — the tiers come from the price records) and ephemeral storage above 512 MB.
 * The free tier, when on, is taken off before the tiers.
 */
export const lambdaFunction: PricedResource<'lambda'> = {
  service: 'lambda',
  describe(item, context) {
    const usage = lambdaUsage(item, context.freeTier);
    return {
      description:
        item.description ??
        `Lambda ${item.memoryMb} MB, ${formatQuantity(usage.requests)} requests/month`,
      category: 'Compute',
      components: lambdaComponents(item, context.region, usage),
      warnings: usage.freeTier
        ? [
            `${item.id}: Lambda free tier applied to this line (it is shared by all functions in an account).`,
          ]
        : [],
    };
  },
};

function lambdaComponents(item: ItemOf<'lambda'>, r: string, usage: LambdaUsage): ComponentSpec[] {
  const { freeTier, requests, seconds, gbSeconds, netGbSeconds } = usage;
  const arch = item.architecture === 'arm64' ? 'Arm' : 'x86';
  const suffix = item.architecture === 'arm64' ? '-ARM' : '';
  const free = freeTier ? `, less 400,000 free = ${formatQuantity(netGbSeconds)}` : '';
  const components: ComponentSpec[] = [
    {
      name: `Requests (${arch})`,
      unit: 'requests',
      charge: 'monthly',
      quantity: usage.netRequests,
      query: lambdaQuery(r, `AWS-Lambda-Requests${suffix}`, 'Requests'),
      quantityWords: freeTier
        ? `(${formatQuantity(requests)} − 1,000,000 free) requests`
        : `${formatQuantity(requests)} requests`,
    },
    {
      name: `Duration (${arch})`,
      unit: 'GB-seconds',
      charge: 'monthly',
      quantity: netGbSeconds,
      query: lambdaQuery(r, `AWS-Lambda-Duration${suffix}`, 'Lambda-GB-Second'),
      tiered: true,
      note: `GB-seconds = ${formatQuantity(requests)} requests × ${item.durationMs} ms × ${item.memoryMb} MB ÷ 1,024 = ${formatQuantity(gbSeconds)}${free}.`,
    },
  ];
  if (usage.extraStorageGbSeconds)
    components.push({
      name: `Ephemeral storage (${arch}, above 512 MB)`,
      unit: 'GB-seconds',
      charge: 'monthly',
      quantity: usage.extraStorageGbSeconds,
      query: lambdaQuery(r, `AWS-Lambda-Storage-Duration${suffix}`, 'GB-Seconds'),
      quantityWords: timesWords(
        `${formatQuantity(seconds)} s`,
        `(${item.ephemeralStorageMb} − 512) MB ÷ 1,024`,
      ),
    });
  return components;
}
