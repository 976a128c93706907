import type {
  CloudFrontItem,
  CloudWatchItem,
  DataTransferItem,
} from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import type { RowReader } from '../read/row-reader';
import { readRegion } from '../read/data-rows';
import { CLOUDFRONT_SHEET, CLOUDWATCH_SHEET, DATA_TRANSFER_SHEET } from '../formats/service-sheets';
import type {
  CloudFrontField,
  CloudWatchField,
  DataTransferField,
} from '../formats/service-sheets';
import { CLOUDFRONT_EDGE_LOCATIONS, parseEdgeLocation } from '../../vocabulary/service-words';
import { parseYesNo } from '../../vocabulary/items';
import { readTemplateRows, rowBase } from './template-context';

const GB = { unit: 'GB', min: 0 } as const;
const WHOLE = { integer: true, min: 1 } as const;

/** The CloudFront sheet: one distribution (or several alike) per row, priced at its edge location. */
export function readCloudFrontSheet(sheet: GridSheet, issues: IssueCollector): CloudFrontItem[] {
  return readTemplateRows(sheet, CLOUDFRONT_SHEET, issues, (r: RowReader<CloudFrontField>) => {
    const edgeLocation =
      r.choice(
        'edgeLocation',
        'edge location',
        parseEdgeLocation,
        CLOUDFRONT_EDGE_LOCATIONS.join(', '),
      ) ?? 'United States';
    const dataOutGb = r.number('dataOutGb', 'data out', GB, true);
    const httpsRequests = r.count('httpsRequests', 'HTTPS requests');
    const httpRequests = r.count('httpRequests', 'HTTP requests');
    const quantity = r.number('quantity', 'quantity', WHOLE) ?? 1;
    const base = rowBase(r);
    if (dataOutGb === undefined) return undefined;
    return {
      ...base,
      quantity,
      service: 'cloudfront',
      edgeLocation,
      dataOutGb,
      httpsRequests,
      httpRequests,
      source: r.source(),
    };
  });
}

/** The CloudWatch sheet: a month's metrics, alarms, dashboards and logs per row (at least one). */
export function readCloudWatchSheet(sheet: GridSheet, issues: IssueCollector): CloudWatchItem[] {
  return readTemplateRows(sheet, CLOUDWATCH_SHEET, issues, (r: RowReader<CloudWatchField>) => {
    const usage = {
      customMetrics: r.number('customMetrics', 'custom metrics', { min: 0 }),
      alarms: r.number('alarms', 'alarms', { integer: true, min: 0 }),
      dashboards: r.number('dashboards', 'dashboards', { integer: true, min: 0 }),
      logsIngestedGb: r.number('logsIngestedGb', 'logs ingested', GB),
      logsStoredGb: r.number('logsStoredGb', 'logs stored', GB),
    };
    const quantity = r.number('quantity', 'quantity', WHOLE) ?? 1;
    const base = rowBase(r, 'region');
    const named = (Object.keys(usage) as CloudWatchField[]).some((f) => !r.isBlank(f));
    if (!named) {
      r.fail(
        'customMetrics',
        'cloudwatch.usage-required',
        'give at least one of custom metrics, alarms, dashboards, logs ingested or logs stored',
      );
      return undefined;
    }
    return { ...base, quantity, service: 'cloudwatch', ...usage, source: r.source() };
  });
}

/** The Data Transfer sheet: a month's transfer out, to another region and between AZs per row. */
export function readDataTransferSheet(
  sheet: GridSheet,
  issues: IssueCollector,
): DataTransferItem[] {
  return readTemplateRows(sheet, DATA_TRANSFER_SHEET, issues, readDataTransferRow);
}

function readDataTransferRow(r: RowReader<DataTransferField>): DataTransferItem | undefined {
  const internetOutGb = r.number('internetOutGb', 'data out to the internet', GB);
  const interRegionOutGb = r.number('interRegionOutGb', 'data to another region', GB);
  const destinationRegion = readRegion(r, 'destinationRegion');
  const intraRegionGb = r.number('intraRegionGb', 'data between AZs', GB);
  const freeAllowance = r.choice('freeAllowance', 'free allowance', parseYesNo, 'Yes, No');
  const base = rowBase(r, 'region');
  const blank = (f: DataTransferField) => r.isBlank(f);
  if (blank('internetOutGb') && blank('interRegionOutGb') && blank('intraRegionGb')) {
    r.fail(
      'internetOutGb',
      'data-transfer.usage-required',
      'give GB out to the internet, to another region or between AZs',
    );
    return undefined;
  }
  if (!blank('interRegionOutGb') && blank('destinationRegion')) {
    r.fail(
      'destinationRegion',
      'value.required',
      'destination region is required with data to another region, got an empty cell',
    );
    return undefined;
  }
  return {
    ...base,
    quantity: 1,
    service: 'data-transfer',
    internetOutGb,
    interRegionOutGb,
    destinationRegion,
    intraRegionGb,
    freeAllowance: freeAllowance || undefined,
    source: r.source(),
  };
}
