/** @jest-environment node */
import type { GridValue, PricingModel, RequirementItem } from '../../../core';
import {
  COMPUTE_SHEET,
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  EFS_STORAGE_CLASSES,
  PRICING_MODEL_CHOICES,
  S3_STORAGE_CLASSES,
  STORAGE_SHEET,
  isRegionCode,
  readRequirements,
  parseServiceSpec,
} from '../../../core';
import {
  ebsTypeArg,
  osArg,
  pricingModelArg,
  regionArg,
  s3ClassArg,
} from '../../../addin/functions/function-args';
import { requirementsSchema } from '../../../backend/routes/schemas/requirements';
import { scenarioSchema } from '../../../backend/routes/schemas/estimation';

/*
 * One vocabulary, every surface: a word typed in a template cell, in a worksheet function and
 * (for canonical words) sent to the API means the same thing, because all three read core's
 * vocabulary. Each case below goes through the sheet reader and the function argument parser.
 */

type Row = Partial<Record<string, GridValue>>;

/** Reads one template row (fields by name): the reader's result. */
function readRaw(layout: typeof COMPUTE_SHEET | typeof STORAGE_SHEET, row: Row) {
  const header = layout.columns.map((c) => c.aliases[0]!);
  const values = layout.columns.map((c) => row[c.field] ?? null);
  return readRequirements({ sheets: [{ name: layout.name, rows: [header, values] }] });
}

/** The item of one template row, failing on any sheet error. */
function readRow(layout: typeof COMPUTE_SHEET | typeof STORAGE_SHEET, row: Row): RequirementItem {
  const result = readRaw(layout, row);
  expect(result.errors.map((e) => e.message)).toEqual([]);
  return result.requirements!.items[0]!;
}

// An x86 type: every OS of the vocabulary runs on it (Windows on Graviton is refused, core/offerings).
const EC2_ROW: Row = { instanceType: 'm7i.large', os: 'Linux', quantity: 1 };
const ec2Cell = (row: Row) => readRow(COMPUTE_SHEET, { ...EC2_ROW, ...row });

describe('pricing models: the same text works in a cell and in a formula', () => {
  it.each([
    ...PRICING_MODEL_CHOICES,
    'On Demand',
    'Spot (70% discount)',
    'spot 70',
    '1yr no upfront reserved',
    '3 year all upfront convertible ri',
    '1 Yr No Upfront Standard Reserved Instance',
    '3yr partial upfront ec2 instance sp',
  ])('%s', (text) => {
    const inCell = (ec2Cell({ pricingModel: text }) as { pricingModel?: PricingModel })
      .pricingModel;
    expect(inCell).toBeDefined();
    expect(pricingModelArg(text)).toEqual(inCell);
  });

  it.each([
    '2 Yr No Upfront Compute Savings Plan',
    'Spot',
    'spot 100',
    '1 Yr Some Upfront Reserved',
  ])('%s is refused by both', (text) => {
    const sheet = readRaw(COMPUTE_SHEET, { ...EC2_ROW, pricingModel: text });
    expect(sheet.errors.map((e) => e.cell)).toEqual(['Compute!K2']);
    expect(() => pricingModelArg(text)).toThrow(/pricing model .* is not understood/);
  });
});

describe('operating systems', () => {
  it.each([
    ...EC2_OPERATING_SYSTEMS,
    'Linux/UNIX',
    'Amazon Linux',
    'linux',
    'Red Hat Enterprise Linux',
    'SUSE Linux Enterprise Server',
    'Windows Server',
    'Windows Server with SQL Server Web',
  ])('%s reads the same in a cell and a formula', (text) => {
    const inCell = ec2Cell({ os: text }) as { os: string };
    expect(osArg(text)).toBe(inCell.os);
    // …and in an AWS.COST spec, read by core/specs.
    expect((parseServiceSpec('ec2', `m7i.large ${text}`) as { os: string }).os).toBe(inCell.os);
  });
});

describe('regions', () => {
  it.each([
    ['us-east-1', 'us-east-1'],
    ['US-EAST-1', 'us-east-1'],
    ['US East (N. Virginia)', 'us-east-1'],
    ['Asia Pacific (Singapore)', 'ap-southeast-1'],
    ['us-gov-west-1', 'us-gov-west-1'],
    ['eu-central-10', 'eu-central-10'],
  ])('%s is %s in a cell, a formula and (as a code) the API', (text, code) => {
    expect((ec2Cell({ region: text }) as { region?: string }).region).toBe(code);
    expect(regionArg(text, 'us-east-1')).toBe(code);
    expect(isRegionCode(code)).toBe(true);
    expect(scenarioSchema.safeParse({ name: 'x', region: code }).success).toBe(true);
  });

  it('a word that is no region is refused everywhere', () => {
    expect(() => regionArg('Singapore', 'us-east-1')).toThrow(/region must be a code/);
    expect(scenarioSchema.safeParse({ name: 'x', region: 'Singapore' }).success).toBe(false);
    const sheet = readRaw(COMPUTE_SHEET, { ...EC2_ROW, region: 'Singapore' });
    expect(sheet.errors.map((e) => e.rule)).toEqual(['region.unknown']);
  });
});

describe('storage words', () => {
  it.each([...EBS_VOLUME_TYPES, 'GP3', 'General Purpose SSD (gp3)', 'Cold HDD (sc1)'])(
    'EBS %s',
    (text) => {
      const inCell = readRow(STORAGE_SHEET, { service: 'EBS', type: text, storageGb: 100 });
      expect(ebsTypeArg(text)).toBe((inCell as { volumeType: string }).volumeType);
    },
  );

  it.each([...S3_STORAGE_CLASSES, 'Standard IA', 'Glacier Deep Archive', 'STANDARD'])(
    'S3 %s',
    (text) => {
      const inCell = readRow(STORAGE_SHEET, { service: 'S3', type: text, storageGb: 100 });
      expect(s3ClassArg(text)).toBe((inCell as { storageClass: string }).storageClass);
    },
  );
});

describe('every word of the item vocabularies is valid API input', () => {
  const settings = { region: 'us-east-1', pricingModel: { kind: 'on-demand' } };
  const accepts = (item: Record<string, unknown>) =>
    requirementsSchema.safeParse({ settings, items: [{ id: 'a', quantity: 1, ...item }] }).success;

  it('EC2 operating systems, EBS types, S3 and EFS classes', () => {
    for (const os of EC2_OPERATING_SYSTEMS)
      expect(accepts({ service: 'ec2', instanceType: 'm7i.large', os })).toBe(true);
    for (const volumeType of EBS_VOLUME_TYPES)
      expect(accepts({ service: 'ebs', volumeType, storageGb: 1 })).toBe(true);
    for (const storageClass of S3_STORAGE_CLASSES)
      expect(accepts({ service: 's3', storageClass, storageGb: 1 })).toBe(true);
    for (const storageClass of EFS_STORAGE_CLASSES)
      expect(accepts({ service: 'efs', storageClass, storageGb: 1 })).toBe(true);
    expect(accepts({ service: 's3', storageClass: 'Standard IA', storageGb: 1 })).toBe(false);
  });

  it('items may name a region code or global; settings only a code', () => {
    expect(accepts({ service: 'route53', hostedZones: 1, region: 'global' })).toBe(true);
    expect(accepts({ service: 'route53', hostedZones: 1, region: 'us-gov-west-1' })).toBe(true);
    expect(accepts({ service: 'route53', hostedZones: 1, region: 'US-EAST-1' })).toBe(false);
  });
});
