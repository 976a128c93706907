import {
  CLOUDFRONT_SHEET,
  CLOUDWATCH_SHEET,
  DATA_TRANSFER_SHEET,
  DYNAMODB_SHEET,
  EKS_SHEET,
  FARGATE_SHEET,
  LAMBDA_SHEET,
  readRequirements,
} from '../../../core/sheets';
import type { GridValue, TemplateSheet } from '../../../core/sheets';
import { grid, sheet } from './grid-helpers';

/** A template sheet with its header row and `rows` from row 2. */
function tab(layout: TemplateSheet, rows: readonly (readonly GridValue[])[]) {
  return sheet(layout.name, [layout.columns.map((c) => c.aliases[0]!), ...rows.map((r) => [...r])]);
}

const read = (layout: TemplateSheet, rows: readonly (readonly GridValue[])[]) =>
  readRequirements(grid(tab(layout, rows)));

/** [cell, rule, message] of every error. */
const errorsOf = (layout: TemplateSheet, rows: readonly (readonly GridValue[])[]) =>
  read(layout, rows).errors.map((e) => [e.cell, e.rule, e.message]);

describe('template sheets of DynamoDB, Lambda, Fargate, EKS, CloudFront, CloudWatch, Data Transfer', () => {
  it('reads their example rows into items whose source names each cell', () => {
    const items = readRequirements(
      grid(
        ...[
          DYNAMODB_SHEET,
          LAMBDA_SHEET,
          FARGATE_SHEET,
          EKS_SHEET,
          CLOUDFRONT_SHEET,
          CLOUDWATCH_SHEET,
          DATA_TRANSFER_SHEET,
        ].map((l) => tab(l as TemplateSheet, l.examples)),
      ),
    );
    expect(items.errors).toEqual([]);
    expect(items.format).toBe('template');
    const byId = Object.fromEntries(items.requirements!.items.map((i) => [i.id, i]));
    expect(byId['DynamoDB-2']).toMatchObject({
      service: 'dynamodb',
      capacityMode: 'on-demand',
      tableClass: 'standard',
      storageGb: 50,
      readRequestUnitsMillions: 100,
      writeRequestUnitsMillions: 10,
      quantity: 1,
      group: ['Production', 'Data'],
      source: { sheet: 'DynamoDB', row: 2, cells: { readRequests: 'F2', storageGb: 'E2' } },
    });
    expect(byId['DynamoDB-3']).toMatchObject({
      capacityMode: 'provisioned',
      tableClass: 'standard-ia',
      readCapacityUnits: 100,
      writeCapacityUnits: 50,
    });
    expect(byId['Lambda-2']).toMatchObject({
      service: 'lambda',
      requestsPerMonth: 10_000_000,
      durationMs: 200,
      memoryMb: 512,
      architecture: 'arm64',
    });
    expect(byId['Lambda-2']).not.toHaveProperty('freeTier', true);
    expect(byId['Lambda-3']).toMatchObject({ ephemeralStorageMb: 1024, architecture: 'x86_64' });
    expect(byId['Fargate-2']).toMatchObject({
      service: 'fargate',
      vcpu: 1,
      memoryGb: 2,
      os: 'linux',
      quantity: 3,
    });
    expect(byId['Fargate-3']).toMatchObject({
      os: 'windows',
      ephemeralStorageGb: 30,
      hoursPerMonth: 200,
    });
    expect(byId['EKS-2']).toMatchObject({ service: 'eks', support: 'standard', quantity: 1 });
    expect(byId['CloudFront-2']).toMatchObject({
      service: 'cloudfront',
      edgeLocation: 'United States',
      dataOutGb: 1000,
      httpsRequests: 10_000_000,
    });
    expect(byId['CloudFront-3']).toMatchObject({ edgeLocation: 'Europe', dataOutGb: 500 });
    expect(byId['CloudWatch-2']).toMatchObject({
      service: 'cloudwatch',
      customMetrics: 50,
      alarms: 10,
      dashboards: 2,
      logsIngestedGb: 20,
      logsStoredGb: 100,
    });
    expect(byId['DataTransfer-2']).toMatchObject({ service: 'data-transfer', internetOutGb: 1000 });
    expect(byId['DataTransfer-3']).toMatchObject({
      interRegionOutGb: 200,
      destinationRegion: 'us-west-2',
      source: { sheet: 'Data Transfer', cells: { destinationRegion: 'E3' } },
    });
  });

  it('takes the words a formula takes: counts as 10m / 400k, Yes, Graviton, Asia Pacific', () => {
    const res = readRequirements(
      grid(
        tab(LAMBDA_SHEET, [
          ['fn', null, '10m', 100, 1024, 'graviton', null, 'yes', 2, 'eu-west-1'],
        ]),
        tab(CLOUDFRONT_SHEET, [['cdn', null, 'asia pacific', 100, '400k', '1.5m']]),
        tab(DYNAMODB_SHEET, [['t', null, 'On Demand', 'Standard IA', 5, '2,500', '1k']]),
      ),
    );
    expect(res.errors).toEqual([]);
    const [table, fn, cdn] = res.requirements!.items; // in template sheet order
    expect(fn).toMatchObject({
      requestsPerMonth: 10_000_000,
      architecture: 'arm64',
      freeTier: true,
      quantity: 2,
      region: 'eu-west-1',
    });
    expect(cdn).toMatchObject({
      edgeLocation: 'Asia Pacific',
      httpsRequests: 400_000,
      httpRequests: 1_500_000,
    });
    expect(table).toMatchObject({
      capacityMode: 'on-demand',
      tableClass: 'standard-ia',
      readRequestUnitsMillions: 0.0025,
      writeRequestUnitsMillions: 0.001,
    });
  });

  it('refuses bad DynamoDB cells, naming sheet and cell', () => {
    expect(
      errorsOf(DYNAMODB_SHEET, [
        ['a', null, 'reserved', null, 10],
        ['b', null, 'provisioned', null, 10, '5m', null, 10, 10],
        ['c', null, 'on-demand', null, null, 'lots'],
      ]),
    ).toEqual([
      [
        'DynamoDB!C2',
        'value.not-allowed',
        'DynamoDB!C2: capacity mode must be one of on-demand, provisioned, got "reserved"',
      ],
      [
        'DynamoDB!F3',
        'dynamodb.capacity-mode',
        'DynamoDB!F3: request units apply to on-demand tables; give read/write capacity units (RCU/WCU) for provisioned, or set the capacity mode to on-demand',
      ],
      ['DynamoDB!E4', 'value.required', 'DynamoDB!E4: storage is required, got an empty cell'],
      [
        'DynamoDB!F4',
        'number.not-a-number',
        'DynamoDB!F4: read request units must be a count of at least 0 (a number, or e.g. 10m or 400k), got "lots"',
      ],
    ]);
  });

  it('refuses bad Lambda and Fargate cells with the ranges the formulas use', () => {
    expect(errorsOf(LAMBDA_SHEET, [['f', null, 1000, 0, 64, 'sparc', 100, 'maybe']])).toEqual([
      [
        'Lambda!D2',
        'number.out-of-range',
        'Lambda!D2: duration must be a number of ms greater than 0, got 0',
      ],
      [
        'Lambda!E2',
        'number.out-of-range',
        'Lambda!E2: memory must be a number of MB at least 128 and at most 10240, got 64',
      ],
      [
        'Lambda!F2',
        'value.not-allowed',
        'Lambda!F2: architecture must be one of x86_64, arm64, got "sparc"',
      ],
      [
        'Lambda!G2',
        'number.out-of-range',
        'Lambda!G2: ephemeral storage must be a number of MB at least 512 and at most 10240, got 100',
      ],
      [
        'Lambda!H2',
        'value.not-allowed',
        'Lambda!H2: free tier must be one of Yes, No, got "maybe"',
      ],
    ]);
    expect(errorsOf(FARGATE_SHEET, [['t', null, 32, 0.25, null, 'macos', 10, null, 800]])).toEqual([
      [
        'Fargate!C2',
        'number.out-of-range',
        'Fargate!C2: vCPU must be a number at least 0.25 and at most 16, got 32',
      ],
      [
        'Fargate!D2',
        'number.out-of-range',
        'Fargate!D2: memory must be a number of GB at least 0.5 and at most 120, got 0.25',
      ],
      [
        'Fargate!F2',
        'value.not-allowed',
        'Fargate!F2: operating system must be one of linux, windows, got "macos"',
      ],
      [
        'Fargate!G2',
        'number.out-of-range',
        'Fargate!G2: ephemeral storage must be a number of GB at least 20 and at most 200, got 10',
      ],
      ['Fargate!H2', 'value.required', 'Fargate!H2: quantity is required, got an empty cell'],
      [
        'Fargate!I2',
        'number.out-of-range',
        'Fargate!I2: hours per month must be a number of hours at least 0 and at most 744, got 800',
      ],
    ]);
  });

  it('refuses bad EKS, CloudFront, CloudWatch and Data Transfer cells', () => {
    expect(errorsOf(EKS_SHEET, [['c', null, 'premium', 0]])).toEqual([
      [
        'EKS!C2',
        'value.not-allowed',
        'EKS!C2: Kubernetes support must be one of standard, extended, got "premium"',
      ],
      [
        'EKS!D2',
        'number.out-of-range',
        'EKS!D2: quantity must be a whole number at least 1, got 0',
      ],
    ]);
    expect(errorsOf(CLOUDFRONT_SHEET, [['d', null, 'Mars', null, { error: '#N/A' }]])).toEqual([
      [
        'CloudFront!C2',
        'value.not-allowed',
        expect.stringContaining('edge location must be one of United States, Canada, Europe'),
      ],
      ['CloudFront!D2', 'value.required', 'CloudFront!D2: data out is required, got an empty cell'],
      [
        'CloudFront!E2',
        'cell.error-value',
        'CloudFront!E2: HTTPS requests is the Excel error #N/A; fix the formula or type a value',
      ],
    ]);
    expect(errorsOf(CLOUDWATCH_SHEET, [['m', 'Prod']])).toEqual([
      [
        'CloudWatch!C2',
        'cloudwatch.usage-required',
        'CloudWatch!C2: give at least one of custom metrics, alarms, dashboards, logs ingested or logs stored',
      ],
    ]);
    expect(
      errorsOf(DATA_TRANSFER_SHEET, [
        ['none', null],
        ['to where', null, null, 50],
        ['bad', null, -1, null, 'moon-1', null, 'Yes'],
      ]),
    ).toEqual([
      [
        "'Data Transfer'!C2",
        'data-transfer.usage-required',
        "'Data Transfer'!C2: give GB out to the internet, to another region or between AZs",
      ],
      [
        "'Data Transfer'!E3",
        'value.required',
        "'Data Transfer'!E3: destination region is required with data to another region, got an empty cell",
      ],
      [
        "'Data Transfer'!C4",
        'number.out-of-range',
        "'Data Transfer'!C4: data out to the internet must be a number of GB at least 0, got -1",
      ],
      [
        "'Data Transfer'!E4",
        'region.unknown',
        `'Data Transfer'!E4: region must be an AWS region code such as us-east-1, got "moon-1"`,
      ],
    ]);
  });

  it('reports a sheet named like a template sheet whose required column is missing', () => {
    const headers = LAMBDA_SHEET.columns
      .map((c) => c.aliases[0]!)
      .filter((h) => h !== 'Memory (MB)');
    const res = readRequirements(grid(sheet('Lambda', [headers, ['f', null, 1, 1]])));
    expect(res.errors.map((e) => [e.cell, e.rule, e.message])).toEqual([
      [
        'Lambda!1:1',
        'header.missing',
        expect.stringContaining('required column "Memory (MB)" is missing'),
      ],
    ]);
  });
});
