import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';

/**
 * AWS's always-free monthly allowances that the engine takes off a line when the estimate asks for
 * the free tier (`settings.freeTier`). Each allowance is per account (per region where AWS says so),
 * so it is shared by every line of that service: the line that gets it says so in a warning.
 * Read 2026-12-06 from:
 * - aws.amazon.com/lambda/pricing/: 1 million requests and 400,000 GB-seconds a month;
 * - aws.amazon.com/dynamodb/pricing/ (and its on-demand/ and provisioned/ pages): 25 GB of storage
 *   and 25 provisioned WCU and 25 RCU for tables of the DynamoDB Standard table class, 2.5 million
 *   DynamoDB Streams read requests; on-demand request units have no free tier;
 * - aws.amazon.com/cloudwatch/pricing/ ("Free tier"): 10 metrics, 10 standard-resolution alarm
 *   metrics, 3 dashboards, 5 GB of Logs data (ingestion, archive storage and Logs Insights scans
 *   together — taken off ingestion first, the rest off archive storage).
 */
export const FREE = {
  lambdaRequests: Decimal.from(1_000_000),
  lambdaGbSeconds: Decimal.from(400_000),
  dynamoDbStorageGb: Decimal.from(25),
  dynamoDbCapacityUnits: Decimal.from(25),
  dynamoDbStreamReadRequests: Decimal.from(2_500_000),
  cloudWatchMetrics: Decimal.from(10),
  cloudWatchAlarms: Decimal.from(10),
  cloudWatchDashboards: Decimal.from(3),
  cloudWatchLogsGb: Decimal.from(5),
} as const;

/** A quantity less an allowance, never below zero; null (no usage given) stays null. */
export function lessFree(quantity: Decimal, free: Decimal): Decimal;
export function lessFree(quantity: Decimal | null, free: Decimal): Decimal | null;
export function lessFree(quantity: Decimal | null, free: Decimal): Decimal | null {
  return quantity === null ? null : Decimal.max(Decimal.ZERO, quantity.subtract(free));
}

/** `(40 − 25 free) GB-months`: the words for a quantity with an allowance taken off. */
export function lessFreeWords(quantity: Decimal, free: Decimal, unit: string): string {
  return `(${formatQuantity(quantity)} − ${formatQuantity(free)} free) ${unit}`;
}

/** How much of an allowance a quantity uses: the smaller of the two (for a shared allowance). */
export function usedOf(quantity: Decimal | null, free: Decimal): Decimal {
  return quantity === null ? Decimal.ZERO : Decimal.min(quantity, free);
}
