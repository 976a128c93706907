import type {
  AuroraItem,
  DynamoDbItem,
  ElastiCacheItem,
  RdsItem,
} from '../requirements/requirement-items';
import {
  AURORA_ENGINES,
  AURORA_STORAGE_CONFIGURATIONS,
  CACHE_ENGINES,
  DYNAMODB_CAPACITY_MODES,
  DYNAMODB_TABLE_CLASSES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  RDS_LICENSE_MODELS,
  RDS_STORAGE_TYPES,
  wordOf,
} from '../vocabulary/items';
import type { SpecReader } from './spec-text';
import { inMillions } from './spec-text';
import { dynamoDbModeMismatch } from './service-limits';

type Base = { readonly id: string; readonly quantity: number };

const GB = ['gib', 'gb'] as const;
const RDS_ENGINE_WORDS = `the engine (${RDS_ENGINES.join(', ')})`;
const AURORA_ENGINE_WORDS = `the engine (${AURORA_ENGINES.join(', ')})`;
const CACHE_ENGINE_WORDS = `the engine (${CACHE_ENGINES.join(', ')})`;
const HOURS = { what: 'hours per month', units: ['h', 'hours', 'hrs'], max: 744 } as const;

function classWord(prefix: string) {
  return (w: string) => {
    const t = w.toLowerCase();
    return t.startsWith(prefix) && /^[a-z]+\.[a-z0-9-]+\.[a-z0-9-]+$/.test(t) ? t : undefined;
  };
}

function storage(r: SpecReader): number {
  return r.required(
    r.number(['storage', 'size'], { what: 'storage', units: GB, min: 1 }) ??
      r.takeMeasure({ what: 'storage', units: GB, min: 1 }),
    'storage (e.g. 100gb)',
  );
}

/**
 * `db.r6g.large mysql [single-az|multi-az|multi-az-cluster] 100gb [gp3|gp2|io1|io2|magnetic] [byol]
 * [iops=] [backup=50gb] [io=20m] [pi=3] [es=5.7 es-year=3] [credits=600]`: `io=` magnetic I/O
 * requests per month, `pi=` Performance Insights paid retention in months, `es=` the major version
 * in Extended Support and `es-year=` its year (default 1), `credits=` surplus CPU credits (db.t*).
 */
export function rdsSpec(r: SpecReader, base: Base): RdsItem {
  const instanceClass = r.take(classWord('db.'));
  const engine = r.take((w) => wordOf(RDS_ENGINES, w));
  const deployment = r.take((w) => wordOf(RDS_DEPLOYMENTS, w)) ?? 'single-az';
  const storageType = r.take((w) => wordOf(RDS_STORAGE_TYPES, w)) ?? 'gp3';
  const licenseModel = r.take((w) => wordOf(RDS_LICENSE_MODELS, w));
  const storageGb = storage(r);
  const iops = r.number(['iops'], { what: 'IOPS' });
  const throughputMbps = r.number(['throughput'], { what: 'throughput MB/s', units: ['mbps'] });
  const backupGb = r.number(['backup'], { what: 'backup storage', units: GB });
  const hoursPerMonth = r.number(['hours'], HOURS);
  const options = rdsOptions(r);
  r.done();
  return {
    ...base,
    ...options,
    service: 'rds',
    instanceClass: r.required(instanceClass, 'the instance class (e.g. db.r6g.large)'),
    engine: r.required(engine, RDS_ENGINE_WORDS),
    licenseModel,
    deployment,
    storageType,
    storageGb,
    iops,
    throughputMbps,
    backupGb,
    hoursPerMonth,
  };
}

/** The option keys of an RDS spec: magnetic I/O, Performance Insights, Extended Support, CPU credits. */
function rdsOptions(r: SpecReader): Partial<RdsItem> {
  const io = r.number(['io', 'ios'], { what: 'I/O requests per month' });
  const pi = r.number(['pi'], { what: 'Performance Insights retention months', min: 0, max: 24 });
  const version = r.text(['es', 'extended-support']);
  const year = r.number(['es-year'], { what: 'Extended Support year', min: 1, max: 3 });
  const credits = r.number(['credits'], { what: 'surplus CPU credits per month' });
  if (year !== undefined && version === undefined) r.fail('es-year= needs es=<major version>');
  if (version !== undefined && !/^\d{1,2}(\.\d{1,2})?$/.test(version))
    r.fail(`es=${version} is not a major version such as 5.7 or 12`);
  if (year !== undefined && ![1, 2, 3].includes(year)) r.fail(`es-year=${year} is not 1, 2 or 3`);
  return {
    ...(io !== undefined ? { ioRequestsMillions: inMillions(io) } : {}),
    ...(pi !== undefined ? { performanceInsightsRetentionMonths: pi } : {}),
    ...(version !== undefined
      ? { extendedSupport: { majorVersion: version, year: (year ?? 1) as 1 | 2 | 3 } }
      : {}),
    ...(credits !== undefined ? { surplusCpuCredits: credits } : {}),
  };
}

/** `aurora-postgresql db.r6g.large 100gb [standard|io-optimized] [io=20m]`, or `acu=4` for Serverless v2 */
export function auroraSpec(r: SpecReader, base: Base): AuroraItem {
  const engine = r.take((w) => wordOf(AURORA_ENGINES, w));
  const instanceClass = r.take(classWord('db.'));
  const averageAcu = r.number(['acu', 'acus'], { what: 'average ACUs', min: 0.5, max: 256 });
  const storageConfiguration =
    r.take((w) => wordOf(AURORA_STORAGE_CONFIGURATIONS, w)) ?? 'standard';
  const storageGb = storage(r);
  const io = r.number(['io', 'ios'], { what: 'I/O requests per month' });
  const backupGb = r.number(['backup'], { what: 'backup storage', units: GB });
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  if ((instanceClass === undefined) === (averageAcu === undefined))
    r.fail('give either an instance class (db.r6g.large) or acu= for Serverless v2');
  return {
    ...base,
    service: 'aurora',
    engine: r.required(engine, AURORA_ENGINE_WORDS),
    capacity: instanceClass ? 'provisioned' : 'serverless-v2',
    instanceClass,
    averageAcu,
    storageConfiguration,
    storageGb,
    ioRequestsMillions: io === undefined ? undefined : inMillions(io),
    backupGb,
    hoursPerMonth,
  };
}

/**
 * `[on-demand] 50gb reads=100m writes=10m [standard-ia]`, or `provisioned 50gb rcu=100 wcu=50`;
 * features `[backup=GB] [pitr=GB] [restore=GB] [stream-reads=N] [replicated-writes=N | rwcu=N]`.
 */
export function dynamodbSpec(r: SpecReader, base: Base): DynamoDbItem {
  const capacityMode = r.take((w) => wordOf(DYNAMODB_CAPACITY_MODES, w)) ?? 'on-demand';
  const tableClass = r.take((w) => wordOf(DYNAMODB_TABLE_CLASSES, w));
  const storageGb =
    r.number(['storage', 'size'], { what: 'storage', units: GB }) ??
    r.takeMeasure({ what: 'storage', units: GB }) ??
    0;
  const reads = r.number(['reads', 'rru'], { what: 'read request units per month' });
  const writes = r.number(['writes', 'wru'], { what: 'write request units per month' });
  const readCapacityUnits = r.number(['rcu'], { what: 'read capacity units' });
  const writeCapacityUnits = r.number(['wcu'], { what: 'write capacity units' });
  const streams = r.number(['stream-reads'], { what: 'Streams read requests per month' });
  const replicated = r.number(['replicated-writes'], { what: 'replicated write request units' });
  const features = {
    backupGb: r.number(['backup'], { what: 'on-demand backup GB', units: GB }),
    pitrGb: r.number(['pitr'], { what: 'PITR GB', units: GB }),
    restoreGb: r.number(['restore'], { what: 'GB restored', units: GB }),
    streamReadRequestsMillions: streams === undefined ? undefined : inMillions(streams),
    replicatedWriteRequestUnitsMillions:
      replicated === undefined ? undefined : inMillions(replicated),
    replicatedWriteCapacityUnits: r.number(['rwcu'], { what: 'replicated write capacity units' }),
  };
  r.done();
  const item: DynamoDbItem = {
    ...base,
    service: 'dynamodb',
    capacityMode,
    tableClass,
    storageGb,
    readRequestUnitsMillions: reads === undefined ? undefined : inMillions(reads),
    writeRequestUnitsMillions: writes === undefined ? undefined : inMillions(writes),
    readCapacityUnits,
    writeCapacityUnits,
    ...Object.fromEntries(Object.entries(features).filter(([, v]) => v !== undefined)),
  };
  const mismatch = dynamoDbModeMismatch(item);
  if (mismatch) r.fail(mismatch.message);
  return item;
}

/** `cache.r6g.large redis [2 nodes] [hours=730]`: `quantity` counts clusters. */
export function elasticacheSpec(r: SpecReader, base: Base): ElastiCacheItem {
  const nodeType = r.take(classWord('cache.'));
  const engine = r.take((w) => wordOf(CACHE_ENGINES, w));
  const nodes =
    r.number(['nodes'], { what: 'nodes per cluster', min: 1, max: 500 }) ??
    r.takeMeasure({ what: 'nodes per cluster', units: ['nodes', 'node'], min: 1, max: 500 }) ??
    1;
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return {
    ...base,
    service: 'elasticache',
    nodeType: r.required(nodeType, 'the node type (e.g. cache.r6g.large)'),
    engine: r.required(engine, CACHE_ENGINE_WORDS),
    nodes,
    hoursPerMonth,
  };
}
