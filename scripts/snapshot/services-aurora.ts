import type { PriceRecord } from '../../core/catalog/price-record';
import { curated } from './curated-record';
import type { AuroraEngine, AuroraEnginePrices } from './data/aurora-feeds-2025-06-17';
import { AURORA_INSTANCES, AURORA_STORAGE } from './data/aurora-feeds-2025-06-17';
import type { FeedPrice } from './feed-sources-2025';
import { feedSource } from './feed-sources-2025';
import { AURORA_STANDARD_STORAGE_ANY } from './data/storage-network-feeds-2025';
import { regionUsageType } from './regions';

const ENGINES: readonly AuroraEngine[] = ['Aurora MySQL', 'Aurora PostgreSQL'];

/** `Aurora MySQL` → `AuroraMySQL`, for ids. */
const idPart = (engine: AuroraEngine): string => engine.replace(' ', '');

/**
 * Aurora (AmazonRDS) in every commercial region, from AWS's Aurora pricing-page feeds of 2025-06-17:
 * On-Demand instances (Standard and I/O-Optimized, Single-AZ), Serverless v2 ACU-hours, storage,
 * I/O requests and backup — the families, attributes and units core/resources/aurora-cluster.ts
 * asks for. Aurora MySQL Standard storage comes from the RDS storage feed of the same date (see
 * auroraMysqlStandardStorage).
 */
export function aurora(): PriceRecord[] {
  return [...auroraInstances(), ...auroraStorage(), ...auroraMysqlStandardStorage()];
}

/**
 * Aurora MySQL Standard storage per GB-month: rds-storage.json's row "Database Storage Single AZ
 * General Purpose-Aurora", the Aurora Standard storage row that names no engine (AWS's Price List
 * gives it `databaseEngine: Any`; Aurora PostgreSQL has its own named row). DECISIONS 78.
 */
function auroraMysqlStandardStorage(): PriceRecord[] {
  const rowKey = 'Database Storage Single AZ General Purpose-Aurora';
  return Object.entries(AURORA_STANDARD_STORAGE_ANY).flatMap(([region, rows]) => {
    const row = rows[rowKey];
    if (!row) return [];
    const usage = 'Aurora:StorageUsage';
    return [
      curated({
        service: 'AmazonRDS',
        region,
        productFamily: 'Database Storage',
        attributes: {
          databaseEngine: 'Aurora MySQL',
          usagetype: regionUsageType(region, usage, false),
        },
        unit: 'GB-Mo',
        price: row.price,
        source: feedSource('rdsStorage', rowKey, row.rateCode),
        what: [idPart('Aurora MySQL'), usage],
      }),
    ];
  });
}

/** One record per `class=price` pair of the instance feed. */
function auroraInstances(): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const [region, engines] of Object.entries(AURORA_INSTANCES)) {
    for (const engine of ENGINES) {
      const configs = [
        ['standard', 'InstanceUsage', '', engines[engine].standard],
        [
          'io-optimized',
          'InstanceUsageIOOptimized',
          'Aurora IO Optimization Mode ',
          engines[engine].ioOptimized,
        ],
      ] as const;
      for (const [config, usage, mode, pairs] of configs) {
        for (const pair of pairs.split(' ').filter(Boolean)) {
          const [instanceType, price] = pair.split('=');
          if (!instanceType || !price) throw new Error(`Aurora ${region}: bad pair '${pair}'.`);
          records.push(
            curated({
              service: 'AmazonRDS',
              region,
              productFamily: 'Database Instance',
              attributes: {
                instanceType,
                databaseEngine: engine,
                deploymentOption: 'Single-AZ',
                licenseModel: 'No license required',
                usagetype: regionUsageType(region, `${usage}:${instanceType}`, false),
              },
              unit: 'Hrs',
              price,
              source: feedSource(
                'auroraInstances',
                `Database Instance ${engine} No license required ${mode}db ${instanceType.slice(3)} … Single-AZ`,
              ),
              what: [idPart(engine), config, instanceType],
            }),
          );
        }
      }
    }
  }
  return records;
}

/** Rows of an engine: family, usage type, unit, the feed's field and row key. */
const ENGINE_ROWS: readonly (readonly [
  string,
  string,
  string,
  keyof AuroraEnginePrices,
  string,
])[] = [
  ['ServerlessV2', 'Aurora:ServerlessV2Usage', 'ACU-Hr', 'serverlessV2', '{engine} ServerlessV2'],
  [
    'ServerlessV2',
    'Aurora:ServerlessV2IOOptimizedUsage',
    'ACU-Hr',
    'serverlessV2IoOptimized',
    '{engine} ServerlessV2 Aurora IO Optimization Mode',
  ],
  [
    'Database Storage',
    'Aurora:StorageUsage',
    'GB-Mo',
    'standardStorage',
    'Database Storage DB Engine {engine} General Purpose Aurora',
  ],
  [
    'Database Storage',
    'Aurora:IO-OptimizedStorageUsage',
    'GB-Mo',
    'ioOptimizedStorage',
    '{engine} IO Optimized Aurora',
  ],
  ['Storage Snapshot', 'Aurora:BackupUsage', 'GB-Mo', 'backup', 'Storage Snapshot {engine}'],
];

function auroraStorage(): PriceRecord[] {
  const records: PriceRecord[] = [];
  const push = (
    region: string,
    engine: AuroraEngine,
    productFamily: string,
    usage: string,
    unit: string,
    rowKey: string,
    row: FeedPrice,
  ) =>
    records.push(
      curated({
        service: 'AmazonRDS',
        region,
        productFamily,
        attributes: { databaseEngine: engine, usagetype: regionUsageType(region, usage, false) },
        unit,
        price: row.price,
        source: feedSource('auroraStorage', rowKey, row.rateCode),
        what: [idPart(engine), usage],
      }),
    );
  for (const [region, prices] of Object.entries(AURORA_STORAGE)) {
    for (const engine of ENGINES) {
      for (const [family, usage, unit, field, key] of ENGINE_ROWS) {
        const row = prices.engines[engine][field];
        if (row) push(region, engine, family, usage, unit, key.replace('{engine}', engine), row);
      }
      // One engine-agnostic I/O row: the same price for either engine's Standard storage.
      if (prices.io)
        push(
          region,
          engine,
          'System Operation',
          'Aurora:StorageIOUsage',
          'IOs',
          'System Operation Aurora I O Operation',
          prices.io,
        );
    }
  }
  return records;
}
