import type { FeedRow } from './feed-document';
import { joinedProduct } from './feed-mapper';
import type { FeedMapper, MapperEnv } from './feed-mapper';
import { feedRecord, reservedRecords } from './feed-records';

/** `OnDemand Cache Instance Standard cache m5.large Redis Current Generation` (a row key). */
const ROW_KEY =
  /^OnDemand Cache Instance (.+?) cache (\S+) (Redis|Valkey|Memcached)( datatiering)? (Current|Previous) Generation$/;
/** `OnDemand Cache Instance Standard Redis Current Generation` (a `sets` name over opaque keys). */
const SET_NAME =
  /^OnDemand Cache Instance (.+?) (Redis|Valkey|Memcached)( datatiering)? (Current|Previous) Generation$/;

interface NodeKind {
  readonly family: string;
  readonly engine: string;
  readonly generation: string;
}

/** The set each opaque row key is listed in, per document (built once). */
const setIndexes = new WeakMap<object, Map<string, string>>();

function setOf(env: MapperEnv, key: string): string | undefined {
  let index = setIndexes.get(env.document);
  if (!index) {
    index = new Map();
    for (const [name, keys] of env.document.sets) for (const k of keys) index.set(k, name);
    setIndexes.set(env.document, index);
  }
  return index.get(key);
}

function nodeKind(row: FeedRow, env: MapperEnv): NodeKind | undefined {
  const direct = ROW_KEY.exec(row.key);
  if (direct) {
    const [, family = '', type = '', engine = '', , generation = ''] = direct;
    if (`cache.${type}` !== row.required('Instance Type'))
      throw row.error(`is not the node type cache.${type} of the description key`, 'Instance Type');
    return { family, engine, generation };
  }
  const set = setOf(env, row.key);
  const named = set === undefined ? null : SET_NAME.exec(set);
  if (!named) return undefined;
  const [, family = '', engine = '', , generation = ''] = named;
  return { family, engine, generation };
}

/**
 * ElastiCache On-Demand node hours, every location in one file. A node is listed twice: under a
 * descriptive key and under an opaque key that the feed's `sets` name; both give the same rateCode
 * (the reader keeps one record per rateCode). Serverless rows are not read.
 */
export const elastiCacheOnDemand: FeedMapper = {
  service: 'AmazonElastiCache',
  map(row, ctx, env) {
    if (row.optional('Instance Type') === undefined)
      return { skip: 'not a node price (ElastiCache Serverless)' };
    const kind = nodeKind(row, env);
    if (!kind) throw row.error('row key is neither a node description nor listed in a named set');
    return [
      feedRecord(ctx, row, {
        productFamily: 'Cache Instance',
        unit: 'Hrs',
        attributes: {
          instanceType: row.required('Instance Type'),
          cacheEngine: kind.engine,
          vcpu: row.required('vCPU'),
          memory: row.required('Memory'),
          instanceFamily: kind.family,
          currentGeneration: kind.generation === 'Current' ? 'Yes' : 'No',
        },
      }),
    ];
  },
};

/**
 * ElastiCache Reserved nodes (one payment option, region and family per file). The rows do not
 * name the engine: it is the engine of the On-Demand product the row reserves (`OnDemand:RateCode`),
 * so rows are joined to the On-Demand feed's records.
 */
export const elastiCacheReserved: FeedMapper = {
  service: 'AmazonElastiCache',
  needsProducts: true,
  map(row, ctx, env) {
    const product = joinedProduct(row, env, { instanceType: row.required('Instance Type') });
    if (!product)
      return { skip: 'no On-Demand product in the feeds read for its OnDemand:RateCode' };
    return reservedRecords(
      ctx,
      row,
      { productFamily: product.productFamily, attributes: product.attributes },
      'standard',
    );
  },
};
