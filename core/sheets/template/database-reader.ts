import type { PricingModel } from '../../requirements/pricing-model';
import type { RdsItem, RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, parseGroupPath, readRegion } from '../read/data-rows';
import { DATABASE_SHEET } from '../formats/template-layout';
import type { DatabaseField } from '../formats/template-layout';
import { DROPDOWN_VALUES } from '../formats/template-lists';
import {
  AURORA_ENGINES,
  CACHE_ENGINES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  RDS_STORAGE_TYPES,
  wordOf,
} from '../../vocabulary/items';
import { parsePricingModel } from '../../vocabulary/pricing-models';
import { itemId, templateHeader } from './template-context';

type Engine =
  (typeof RDS_ENGINES)[number] | (typeof AURORA_ENGINES)[number] | (typeof CACHE_ENGINES)[number];

/** Reads the Database sheet: RDS instances, Aurora provisioned clusters, ElastiCache clusters. */
export function readDatabaseSheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = templateHeader(sheet, DATABASE_SHEET, issues);
  if (!header) return [];
  const items: RequirementItem[] = [];
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const item = readDatabaseRow(new RowReader<DatabaseField>(sheet, row, header.columns, issues));
    if (item) items.push(item);
  }
  return items;
}

const includes = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

function readDatabaseRow(r: RowReader<DatabaseField>): RequirementItem | undefined {
  const engine = r.choice<Engine>(
    'engine',
    'engine',
    (t) => (DROPDOWN_VALUES.engines as readonly Engine[]).find((e) => e === t.trim().toLowerCase()),
    DROPDOWN_VALUES.engines.join(', '),
    true,
  );
  const instanceClass = r.text('instanceClass', 'instance class', true)?.toLowerCase();
  const quantity = r.number('quantity', 'quantity', { integer: true, min: 1 }, true);
  const hoursPerMonth = r.number('hoursPerMonth', 'hours per month', {
    unit: 'hours',
    min: 0,
    max: 744,
  });
  const pricingModel: PricingModel | undefined = r.choice(
    'pricingModel',
    'pricing model',
    parsePricingModel,
    'On-Demand or e.g. "1 Yr No Upfront Standard Reserved"',
  );
  const base = {
    id: itemId(r.sheet.name, r.row),
    description: r.text('description', 'description'),
    group: parseGroupPath(r.text('group', 'group')),
    region: readRegion(r, 'region'),
  };
  if (engine === undefined || instanceClass === undefined || quantity === undefined)
    return undefined;

  if (includes(CACHE_ENGINES, engine)) {
    const nodes = r.number('nodes', 'nodes per cluster', { integer: true, min: 1 }) ?? 1;
    return {
      ...base,
      quantity,
      service: 'elasticache',
      engine,
      nodeType: instanceClass,
      nodes,
      hoursPerMonth,
      pricingModel,
      source: r.source(),
    };
  }
  const storageGb = r.number(
    'storageGb',
    'storage',
    { unit: 'GB', min: 0, exclusiveMin: true },
    true,
  );
  if (includes(AURORA_ENGINES, engine)) {
    if (storageGb === undefined) return undefined;
    return {
      ...base,
      quantity,
      service: 'aurora',
      engine,
      capacity: 'provisioned',
      instanceClass,
      storageConfiguration: 'standard',
      storageGb,
      hoursPerMonth,
      pricingModel,
      source: r.source(),
    };
  }
  const deployment =
    r.choice<RdsItem['deployment']>(
      'deployment',
      'deployment',
      (t) => wordOf(RDS_DEPLOYMENTS, t),
      RDS_DEPLOYMENTS.join(', '),
    ) ?? 'single-az';
  const storageType =
    r.choice<RdsItem['storageType']>(
      'storageType',
      'storage type',
      (t) => wordOf(RDS_STORAGE_TYPES, t),
      RDS_STORAGE_TYPES.join(', '),
    ) ?? 'gp3';
  const iops = r.number('iops', 'IOPS', { integer: true, min: 0 });
  if (storageGb === undefined || !includes(RDS_ENGINES, engine)) return undefined;
  return {
    ...base,
    quantity,
    service: 'rds',
    engine,
    instanceClass,
    deployment,
    storageType,
    storageGb,
    iops,
    hoursPerMonth,
    pricingModel,
    source: r.source(),
  };
}
