import { renderSheetsToWorkbook } from '../../../backend/excel/render-sheets';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import {
  assumptionsSheetSpec,
  bulkImportExportSpecs,
  comparisonSheetSpec,
  estimateSheetSpec,
  readRequirements,
} from '../../../core';
import type { Requirements } from '../../../core';
import { COMPARISON, ESTIMATE } from '../../core/sheets/estimate-fixtures';
import { expectRendersSpec, specMismatches } from '../../core/sheets/spec-assertions';
import { exceljsSnapshot } from './exceljs-snapshot';

describe('exceljs renderer round trip', () => {
  const specs = [
    estimateSheetSpec(ESTIMATE),
    comparisonSheetSpec(COMPARISON),
    assumptionsSheetSpec(ESTIMATE, {
      region: 'us-east-1',
      pricingModel: { kind: 'on-demand' },
      discounts: [{ name: 'Customer discount', percent: 5 }],
    }),
  ];

  it('renders every result sheet so it reads back cell by cell as its spec', async () => {
    const buf = await renderSheetsToWorkbook(specs);
    const rendered = await exceljsSnapshot(buf);
    expect(rendered.map((r) => r.name)).toEqual(['AWS Estimate', 'AWS Comparison', 'Assumptions']);
    specs.forEach((spec, i) => expectRendersSpec(spec, rendered[i]!));
  });

  it('draws the comparison chart from the spec (title, categories, series ranges)', async () => {
    const rendered = await exceljsSnapshot(await renderSheetsToWorkbook(specs));
    const charts = rendered[1]!.charts!;
    expect(charts).toHaveLength(1);
    expect(charts[0]).toEqual({
      type: 'columnClustered',
      title: specs[1]!.charts[0]!.title,
      categoriesRange: specs[1]!.charts[0]!.categoriesRange,
      series: specs[1]!.charts[0]!.series,
    });
    expect(rendered[0]!.charts).toEqual([]);
  });

  it('the assertion catches a renderer that drifts from the spec', async () => {
    const rendered = (await exceljsSnapshot(await renderSheetsToWorkbook([specs[0]!])))[0]!;
    const drifted = {
      ...rendered,
      cells: { ...rendered.cells, J5: { ...rendered.cells.J5!, value: 1, bold: false } },
    };
    expect(specMismatches(specs[0]!, drifted)).toEqual([
      'AWS Estimate!J5 value 1 ≠ 238.272',
      'AWS Estimate!J5 bold false ≠ true',
    ]);
  });

  it('keeps formula-looking user text as text', async () => {
    const grid = await readWorkbook(await renderSheetsToWorkbook([specs[0]!]));
    expect(grid.sheets[0]!.rows[4]![2]).toBe('=HYPERLINK("http://evil.example","click")');
  });
});

describe('AWS Pricing Calculator bulk-import export', () => {
  const requirements: Requirements = {
    settings: {
      region: 'eu-west-1',
      pricingModel: {
        kind: 'savings-plan',
        plan: 'compute',
        term: '1yr',
        purchaseOption: 'No Upfront',
      },
    },
    items: [
      {
        id: 'a',
        service: 'ec2',
        instanceType: 'm7i.large',
        os: 'Windows with SQL Server Standard',
        quantity: 3,
        group: ['Prod', 'Web'],
        description: 'web <tier> & co',
      },
      {
        id: 'b',
        service: 'ec2',
        sizing: { vcpu: 4, memoryGib: 16 },
        os: 'Linux',
        quantity: 1,
        hoursPerMonth: 173.8,
        pricingModel: { kind: 'on-demand' },
      },
      { id: 'c', service: 'ec2', sizing: { vcpu: 2, memoryGib: 4 }, os: 'Linux', quantity: 1 },
      {
        id: 'd',
        service: 'ebs',
        volumeType: 'io2',
        storageGb: 500,
        iops: 8000,
        quantity: 2,
        region: 'us-east-1',
      },
      { id: 'e', service: 's3', storageClass: 'standard', storageGb: 10, quantity: 1 },
    ],
  };

  it('writes the exact templates that our reader reads back to the same requirements', async () => {
    const out = bulkImportExportSpecs(requirements, { b: 't4g.xlarge' });
    expect(out.skipped.map((s) => s.itemId)).toEqual(['c', 'e']);
    const ec2 = readRequirements(await readWorkbook(await renderSheetsToWorkbook([out.ec2!])));
    expect(ec2.errors).toEqual([]);
    expect(ec2.format).toBe('aws-bulk-ec2');
    expect(ec2.requirements!.items).toEqual([
      expect.objectContaining({
        instanceType: 'm7i.large',
        os: 'Windows with SQL Server Standard',
        quantity: 3,
        region: 'eu-west-1',
        description: 'web tier co',
        group: ['Prod Web'],
        pricingModel: requirements.settings.pricingModel,
      }),
      expect.objectContaining({
        instanceType: 't4g.xlarge',
        quantity: 1,
        pricingModel: { kind: 'on-demand' },
        // 40 h/week × 730 ÷ 168 = 173.809523…, read at 4 places (half-even).
        hoursPerMonth: 173.8095,
      }),
    ]);
    const ebs = readRequirements(await readWorkbook(await renderSheetsToWorkbook([out.ebs!])));
    expect(ebs.format).toBe('aws-bulk-ebs');
    expect(ebs.requirements!.items).toEqual([
      expect.objectContaining({
        volumeType: 'io2',
        storageGb: 500,
        iops: 8000,
        quantity: 2,
        hoursPerMonth: 730,
        region: 'us-east-1',
      }),
    ]);
  });

  it('uses the calculator headers exactly, line breaks included', () => {
    const ec2 = bulkImportExportSpecs(requirements, {}).ec2!;
    const header = (a: string) => ec2.cells.find((c) => c.address === a)?.value;
    expect(ec2.name).toBe('Inputs');
    expect(header('B3')).toBe("Group\n(Group name cannot contain '>', '<' and '&')");
    expect(header('M3')).toBe('Storage amount per Instance\n(GB)');
    expect(header('N3')).toBe('Provisioning IOPS per instance\n(applicable for\ngp3, io1, io2)');
    expect(header('B2')).toBe('Elastic Cloud Compute (EC2) Specifications');
    expect(header('L2')).toBe('Elastic Block Storage (EBS) Specifications (Optional)');
  });
});
