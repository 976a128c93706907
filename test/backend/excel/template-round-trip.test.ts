import { buildTemplateWorkbook } from '../../../backend/excel/build-template';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { PriceCatalog, estimateSheetSpec, readRequirements } from '../../../core';
import type { Estimate, SheetSpec } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { priceRequirements } from '../../../core/estimate/price-requirements';

/**
 * The blank template (GET /excel/template) as a user gets it: its example rows are read back by
 * the template readers, priced with the embedded catalog in the Settings region (us-east-1), and
 * written to the AWS Estimate sheet. Expected amounts worked out by hand from AWS's published
 * prices (pages and dates in core/catalog's curated sources): Fargate aws.amazon.com/fargate/pricing,
 * EKS aws.amazon.com/eks/pricing, CloudFront aws.amazon.com/cloudfront/pricing, data transfer
 * aws.amazon.com/ec2/pricing/on-demand (Data Transfer), all as of 2026-12-05.
 */
describe('template round trip: template → read → price → AWS Estimate sheet', () => {
  let estimate: Estimate;
  let spec: SheetSpec;
  beforeAll(async () => {
    const grid = await readWorkbook(await buildTemplateWorkbook(), { fileName: 'template.xlsx' });
    const read = readRequirements(grid);
    expect(read.errors).toEqual([]);
    estimate = priceRequirements(read.requirements!, new PriceCatalog(embeddedSnapshot()), {
      asOf: '2026-12-05',
    });
    spec = estimateSheetSpec(estimate);
  });

  const line = (id: string) => estimate.lines.find((l) => l.itemId === id)!;
  /** The AWS Estimate row holding a line's description: [monthly (J), status (M)] */
  const sheetRow = (description: string) => {
    const cell = spec.cells.find((c) => c.value === description && /^C\d+$/.test(c.address));
    const row = cell!.address.slice(1);
    const at = (col: string) => spec.cells.find((c) => c.address === `${col}${row}`)?.value;
    return { monthly: at('J'), service: at('D') };
  };

  it('prices the example rows the catalog has prices for, exactly', () => {
    // 3 tasks × 1 vCPU × 730 h × $0.03238 + 3 × 2 GB × 730 h × $0.00356 (Linux/Arm)
    expect(Number(line('Fargate-2').monthly)).toBe(86.505);
    // vCPU 2 × 200 h × $0.046552 = 18.6208; memory 4 GB × 200 h × $0.00511175 = 4.0894;
    // OS 2 × 200 h × $0.046 = 18.4
    // storage (30 − 20) GB × 200 h × $0.000111 = 0.222
    expect(Number(line('Fargate-3').monthly)).toBe(41.3322);
    expect(Number(line('EKS-2').monthly)).toBe(73); // 730 h × $0.10
    expect(Number(line('DataTransfer-2').monthly)).toBe(90); // 1,000 GB × $0.09
    expect(Number(line('DataTransfer-3').monthly)).toBe(4); // 200 GB × $0.02 to us-west-2
    // 500 GB × $0.085 (Europe) + 2,000,000 HTTPS requests × $0.0000012
    expect(Number(line('CloudFront-3').monthly)).toBe(44.9);
  });

  it('prices the DynamoDB, Lambda and CloudWatch examples from the 2025 pricing-page feeds', () => {
    // dynamodb.json, lambda.json, cloudwatch.json (us-east-1 rows; scripts/snapshot/feed-sources-2025.ts).
    // Orders table: 100 M RRU × $0.000000125 = 12.5; 10 M WRU × $0.000000625 = 6.25; 50 GB × $0.25 = 12.5.
    expect(line('DynamoDB-2').monthly).toBe('31.25');
    // Audit table (Standard-IA, provisioned): 100 RCU × 730 h × $0.00016 = 11.68;
    // 50 WCU × 730 h × $0.00081 = 29.565; 200 GB × $0.10 = 20.
    expect(line('DynamoDB-3').monthly).toBe('61.245');
    // Image resizer (Arm): 10 M requests × $0.0000002 = 2; 1,000,000 GB-s × $0.0000133334 = 13.3334.
    expect(line('Lambda-2').monthly).toBe('15.3334');
    // Order webhook (x86): 2 M × $0.0000002 = 0.4; 240,000 GB-s × $0.0000166667 = 4.000008;
    // ephemeral storage 120,000 GB-s × $0.0000000309 = 0.003708.
    expect(line('Lambda-3').monthly).toBe('4.403716');
    // Monitoring: 50 metrics × $0.30 = 15; 20 GB × $0.50 = 10; 100 GB-months × $0.03 = 3;
    // 10 alarms × $0.10 = 1; 2 dashboards × $3.00 = 6.
    expect(line('CloudWatch-2').monthly).toBe('35');
    // CloudFront: 1,000 GB × $0.085 = 85; 10 M HTTPS requests × $0.000001 (cloudfront.json) = 10.
    expect(line('CloudFront-2').monthly).toBe('95');
    for (const id of ['DynamoDB-2', 'DynamoDB-3', 'Lambda-2', 'Lambda-3', 'CloudWatch-2'])
      expect(line(id).components.every((c) => c.status === 'priced')).toBe(true);
    expect(sheetRow('Orders table')).toEqual({ monthly: 31.25, service: 'dynamodb' });
    expect(sheetRow('Image resizer').monthly).toBe(15.3334);
    expect(sheetRow('Production monitoring').monthly).toBe(35);
  });

  it('writes every new sheet’s lines to the AWS Estimate sheet with their amounts', () => {
    expect(sheetRow('API tasks')).toEqual({ monthly: 86.505, service: 'fargate' });
    expect(sheetRow('Production cluster')).toEqual({ monthly: 73, service: 'eks' });
    // 500 GB × $0.085 (Europe, first 10 TB) + 2,000,000 HTTPS requests × $0.0000012 = 42.50 + 2.40
    expect(sheetRow('European visitors')).toEqual({ monthly: 44.9, service: 'cloudfront' });
    expect(sheetRow('Internet egress').service).toBe('data-transfer');
    expect(sheetRow('Replication to Oregon')).toEqual({ monthly: 4, service: 'data-transfer' });
    const ids = estimate.lines.map((l) => l.itemId);
    for (const sheet of ['DynamoDB', 'Lambda', 'Fargate', 'EKS', 'CloudFront', 'CloudWatch'])
      expect(ids).toContain(`${sheet}-2`);
    expect(ids).toContain('DataTransfer-2');
  });
});
