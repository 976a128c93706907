import { usageType } from '../../../core';
import type { FeedRow } from './feed-document';
import { joinedProduct } from './feed-mapper';
import type { FeedMapper, RowResult } from './feed-mapper';
import type { FeedContext } from './feed-records';
import { feedRecord, reservedRecords } from './feed-records';

/** The engines whose pages have feeds: `rds-<id>-ondemand`, `rds-<id>-reservedinstance`. */
export const RDS_ENGINES: Readonly<Record<string, string>> = {
  mysql: 'MySQL',
  postgresql: 'PostgreSQL',
  mariadb: 'MariaDB',
};

/** The feed's deployment words → Price List `deploymentOption`. */
const DEPLOYMENT: Readonly<Record<string, string>> = {
  'Single-AZ': 'Single-AZ',
  'Multi-AZ': 'Multi-AZ',
  'Multi-AZ readable standbys': 'Multi-AZ (readable standbys)',
};

/** `Database Instance MySQL No license required db m6i.large General purpose Single-AZ Current Generation` */
const INSTANCE_KEY =
  /^Database Instance (\S+) No license required db (\S+) (.+?) (Single-AZ|Multi-AZ readable standbys|Multi-AZ) (Current|Previous) Generation$/;

/**
 * RDS On-Demand instance hours of one engine (the page's table), every location in one file.
 * The description key carries what the attributes do not: engine, deployment, family, generation.
 * Backup storage (`Storage Snapshot`) is read too. Storage, IOPS and throughput rows are not: the
 * same row has a different rateCode in each engine's file in some regions, while the engine prices
 * RDS storage with engine-agnostic records (`databaseEngine: Any`, curated).
 */
export function rdsOnDemand(engine: string): FeedMapper {
  return {
    service: 'AmazonRDS',
    map(row, ctx) {
      if (row.key === 'Storage Snapshot') return backupStorage(row, ctx);
      if (!row.key.startsWith('Database Instance '))
        return { skip: 'not an instance or backup price (storage, IOPS, extended support, …)' };
      return [instance(row, ctx, engine)];
    },
  };
}

function instance(row: FeedRow, ctx: FeedContext, engine: string) {
  const match = INSTANCE_KEY.exec(row.key);
  if (!match) throw row.error('description key is not a Database Instance key this reader knows');
  const [, keyEngine = '', type = '', family = '', deployment = '', generation = ''] = match;
  const instanceType = row.required('Instance Type');
  if (keyEngine !== engine)
    throw row.error(`names engine ${keyEngine} in a ${engine} feed (description key)`);
  if (`db.${type}` !== instanceType)
    throw row.error(
      `'${instanceType}' is not the type db.${type} of the description key`,
      'Instance Type',
    );
  return feedRecord(ctx, row, {
    productFamily: 'Database Instance',
    unit: 'Hrs',
    attributes: {
      instanceType,
      databaseEngine: engine,
      deploymentOption: DEPLOYMENT[deployment] ?? deployment,
      licenseModel: 'No license required',
      vcpu: row.required('vCPU'),
      memory: row.required('Memory'),
      instanceFamily: family,
      currentGeneration: generation === 'Current' ? 'Yes' : 'No',
    },
  });
}

/** Backup storage beyond the free allowance, per GB-month (usage type `…RDS:ChargedBackupUsage`). */
function backupStorage(row: FeedRow, ctx: FeedContext): RowResult {
  return [
    feedRecord(ctx, row, {
      productFamily: 'Storage Snapshot',
      unit: 'GB-Mo',
      attributes: {
        usagetype: usageType(ctx.region, 'RDS:ChargedBackupUsage', { prefixedInUsEast1: false }),
      },
    }),
  ];
}

/**
 * RDS Reserved of one engine and region: hourly fee plus upfront fee (Partial Upfront). Rows name
 * engine and deployment themselves; when the On-Demand product of the row's SKU was read, the
 * records share its attributes. RDS reservations have no offering class: `standard`, as in the
 * Price List importer.
 */
export function rdsReserved(engine: string): FeedMapper {
  return {
    service: 'AmazonRDS',
    map(row, ctx, env) {
      const databaseEngine = row.required('Database Engine');
      if (databaseEngine !== engine)
        throw row.error(`is '${databaseEngine}' in a ${engine} feed`, 'Database Engine');
      const deployment = row.required('Deployment Option');
      const own = {
        instanceType: row.required('Instance Type'),
        databaseEngine,
        deploymentOption: DEPLOYMENT[deployment] ?? deployment,
      };
      const product = joinedProduct(row, env, own);
      const attributes = product?.attributes ?? { ...own, licenseModel: 'No license required' };
      return reservedRecords(
        ctx,
        row,
        { productFamily: 'Database Instance', attributes },
        'standard',
      );
    },
  };
}
