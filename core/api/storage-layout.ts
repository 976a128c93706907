/**
 * Tables and buckets of the system, as data: the local bootstrap creates them from here and the
 * CDK stateful stack declares the same names, keys and indexes (its tests assert that they agree).
 * Names get an environment prefix at deploy time; the logical names below are the seed's (§2.4).
 */
export interface TableSpec {
  /** Logical name, e.g. `estimations`; the physical name is `aws-cost-<env>-<name>`. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: readonly { name: string; partitionKey: string; sortKey?: string }[];
  /** Attribute holding an epoch-seconds expiry, when items expire. */
  readonly ttlAttribute?: string;
  readonly purpose: string;
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'estimations',
    partitionKey: 'estimationId',
    indexes: [{ name: 'UserIndex', partitionKey: 'userId', sortKey: 'createdAt' }],
    purpose:
      'Estimation index records: names, status, scenarios, totals, counts, version and the S3 keys of the large parts (estimations bucket).',
  },
  {
    name: 'users',
    partitionKey: 'userId',
    indexes: [{ name: 'EmailIndex', partitionKey: 'email' }],
    purpose: 'User profiles (editable fields) mirrored from Cognito; role and status.',
  },
  {
    name: 'pricing-data',
    partitionKey: 'serviceType',
    sortKey: 'region',
    indexes: [],
    ttlAttribute: 'ttl',
    purpose: 'Catalog shard index items (version, S3 key of the body, ETag); bodies live in S3.',
  },
  {
    name: 'audit-logs',
    partitionKey: 'logId',
    indexes: [
      { name: 'UserTimeIndex', partitionKey: 'userId', sortKey: 'timestamp' },
      // Every user's entries newest first across pages: one partition per month (see below).
      { name: 'TimeIndex', partitionKey: 'timeBucket', sortKey: 'timestamp' },
      // One action's entries newest first (DECISIONS.md 99): an action filter is a plain Query.
      // Keyed on the action alone: every entry has it (DynamoDB indexes existing entries when the
      // index is added), and no action's partition takes more writes than TimeIndex's month does.
      { name: 'ActionTimeIndex', partitionKey: 'action', sortKey: 'timestamp' },
    ],
    purpose: 'One entry per mutation, written in the same transaction as the change.',
  },
  {
    name: 'documents',
    partitionKey: 'documentId',
    indexes: [{ name: 'UserIndex', partitionKey: 'userId', sortKey: 'createdAt' }],
    purpose:
      'Document generation jobs: status pending/running/ready/failed, S3 key, error. Added to the seed.',
  },
  {
    name: 'settings',
    partitionKey: 'settingId',
    indexes: [],
    purpose:
      'System settings (defaults, discount presets, FX rates, branding), versioned. Added to the seed.',
  },
  {
    name: 'rate-limits',
    partitionKey: 'bucketId',
    indexes: [],
    ttlAttribute: 'expiresAt',
    purpose: 'Per-user request counters for the 1,000 requests/minute limit. Added to the seed.',
  },
];

/**
 * The audit log's TimeIndex partitions entries by month (`timeBucket` = `YYYY-MM` of the
 * timestamp), so the unfiltered admin view reads newest first across pages by walking months
 * backwards, and no partition grows without bound. No entry predates `AUDIT_FIRST_MONTH`, where
 * the walk stops.
 */
export const AUDIT_FIRST_MONTH = '2026-01';

export function auditTimeBucket(timestamp: string): string {
  return timestamp.slice(0, 7);
}

export interface BucketSpec {
  readonly name: string;
  readonly purpose: string;
  /** Key prefixes whose objects expire after the given number of days. */
  readonly expiringPrefixes?: readonly { prefix: string; days: number }[];
}

export const BUCKETS: readonly BucketSpec[] = [
  { name: 'documents', purpose: 'Generated proposals and exports under documents/.' },
  {
    name: 'uploads',
    purpose:
      'Excel and requirements uploads, and results too large for one response (uploads/temp/results/); uploads/temp/ objects expire after 24 hours.',
    expiringPrefixes: [{ prefix: 'uploads/temp/', days: 1 }],
  },
  {
    name: 'estimations',
    purpose:
      'The large parts of each estimation (requirements, result, comparison) as gzip JSON under estimations/<id>/; the estimations table is the commit point.',
  },
  {
    name: 'templates',
    purpose:
      'The Excel template, proposal branding (logo) under templates/, catalog shard bodies under catalog/.',
  },
];

/** Physical resource name for an environment, e.g. `aws-cost-dev-estimations`. */
export function physicalName(env: string, logical: string): string {
  return `aws-cost-${env}-${logical}`;
}
