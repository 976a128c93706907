import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLES, physicalName } from '../../core';
import type { TableSpec } from '../../core';

export interface DataTablesProps {
  readonly envName: string;
  readonly key: kms.IKey;
  readonly retain: boolean;
}

/**
 * One DynamoDB table per entry of TABLES (core/api/storage-layout.ts), keys and indexes as the
 * storage layout says. `dynamodb.Table` (AWS::DynamoDB::Table), not TableV2: the system is single
 * region, and switching later would replace the tables (DECISIONS.md §9).
 */
export class DataTables extends Construct {
  readonly byName: ReadonlyMap<string, dynamodb.Table>;

  constructor(scope: Construct, id: string, props: DataTablesProps) {
    super(scope, id);
    const tables = new Map<string, dynamodb.Table>();
    for (const spec of TABLES) tables.set(spec.name, this.table(spec, props));
    this.byName = tables;
  }

  /** The table of a logical name; throws with the known names when it is not in TABLES. */
  get(name: string): dynamodb.Table {
    const table = this.byName.get(name);
    if (!table)
      throw new Error(
        `Unknown table '${name}'; TABLES has: ${[...this.byName.keys()].join(', ')}.`,
      );
    return table;
  }

  private table(spec: TableSpec, props: DataTablesProps): dynamodb.Table {
    const str = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    const table = new dynamodb.Table(this, pascal(spec.name), {
      tableName: physicalName(props.envName, spec.name),
      partitionKey: str(spec.partitionKey),
      sortKey: spec.sortKey ? str(spec.sortKey) : undefined,
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      timeToLiveAttribute: spec.ttlAttribute,
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    for (const index of spec.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: str(index.partitionKey),
        sortKey: index.sortKey ? str(index.sortKey) : undefined,
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }
}

/** `audit-logs` -> `AuditLogs`, for construct ids. */
export function pascal(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
