import type { RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, readRegion } from '../read/data-rows';
import { BULK_EC2_COLUMNS } from '../formats/bulk-import-layout';
import { Decimal } from '../../money/decimal';
import { HOURS_PLACES } from '../../resources/usage';
import type { BulkEc2Field } from '../formats/bulk-import-layout';
import { parseEc2Os } from '../../vocabulary/operating-systems';
import { parseTenancy } from '../../vocabulary/items';
import { parsePricingModel } from '../../vocabulary/pricing-models';
import {
  bulkHeader,
  readEbsColumns,
  readGroupAndDescription,
  warnOverCalculatorLimit,
} from './bulk-common';

type UsageType = 'always-on' | 'hours-week' | 'hours-day' | 'hours-month';

const USAGE: Record<string, UsageType> = {
  alwayson: 'always-on',
  'hours/week': 'hours-week',
  'hours/day': 'hours-day',
  'hours/month': 'hours-month',
};
const parseUsage = (t: string): UsageType | undefined => USAGE[t.toLowerCase().replace(/\s+/g, '')];

/** The AWS Pricing Calculator "Amazon EC2 instances" bulk-import sheet -> EC2 (+ EBS) items. */
export function readBulkEc2Sheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = bulkHeader(sheet, BULK_EC2_COLUMNS, issues);
  if (!header) return [];
  const rows = dataRows(sheet, header.headerRow, issues);
  warnOverCalculatorLimit(sheet, rows.length, issues);
  const items: RequirementItem[] = [];
  for (const row of rows) {
    const r = new RowReader<BulkEc2Field>(sheet, row, header.columns, issues);
    items.push(...readRow(r));
  }
  return items;
}

function readRow(r: RowReader<BulkEc2Field>): RequirementItem[] {
  const { group, description } = readGroupAndDescription(r);
  const region = readRegion(r, 'region', true);
  const os = r.choice(
    'os',
    'operating system',
    parseEc2Os,
    'Linux, Windows Server, Red Hat Enterprise Linux, SUSE Linux Enterprise Server, Windows Server with SQL Server Web/Standard/Enterprise',
    true,
  );
  const instanceType = r.text('instanceType', 'instance type', true)?.toLowerCase();
  const tenancy = r.choice(
    'tenancy',
    'tenancy',
    parseTenancy,
    'Shared Instances, Dedicated Instances',
    true,
  );
  const quantity = r.number('quantity', 'number of instances', { integer: true, min: 1 }, true);
  const usageType = r.choice(
    'usageType',
    'usage type',
    parseUsage,
    'Always On, Hours/Week, Hours/Day, Hours/Month',
    true,
  );
  const needsHours = usageType !== undefined && usageType !== 'always-on';
  const max = usageType === 'hours-week' ? 168 : usageType === 'hours-day' ? 24 : 744;
  const assumed = r.number(
    'assumedUsage',
    'assumed usage',
    { unit: 'hours', min: 0, max },
    needsHours,
  );
  if (usageType === 'always-on' && assumed !== undefined)
    r.warn(
      'assumedUsage',
      'bulk.usage-ignored',
      'assumed usage is ignored when the usage type is Always On',
    );
  const pricingModel = r.choice(
    'purchasingOption',
    'purchasing option',
    parsePricingModel,
    'On-Demand or "<1|3> Yr <No|Partial|All> Upfront <Compute|EC2 Instance> Savings Plan"',
    true,
  );

  const hoursPerMonth =
    needsHours && assumed !== undefined ? monthlyHoursOf(usageType, assumed) : undefined;
  if (
    region === undefined ||
    os === undefined ||
    instanceType === undefined ||
    tenancy === undefined ||
    quantity === undefined ||
    pricingModel === undefined ||
    usageType === undefined
  ) {
    return [];
  }
  const base = { id: `${r.sheet.name}-${r.row}`, quantity, region, group, description };
  const ebs = readEbsColumns(r, base, { requireStorage: false, hoursPerMonth });
  const ec2: RequirementItem = {
    ...base,
    service: 'ec2',
    instanceType,
    os,
    tenancy,
    hoursPerMonth,
    pricingModel,
    source: r.source(),
  };
  return ebs ? [ec2, ebs] : [ec2];
}

/**
 * The calculator's usage as hours a month: per week × 730 ÷ 168, per day × 730 ÷ 24, worked out
 * in decimals and rounded half-even to the engine's hour places (60 h/week → 260.7143 h).
 */
function monthlyHoursOf(usageType: UsageType, assumed: number): number {
  const perPeriod = usageType === 'hours-week' ? 168 : usageType === 'hours-day' ? 24 : null;
  if (perPeriod === null) return assumed;
  return Decimal.from(assumed)
    .multiply(730)
    .divide(perPeriod, HOURS_PLACES, 'half-even')
    .toNumber();
}
