import { generateDocument } from '../../../backend/documents';
import { resolvedInstanceTypes } from '../../../backend/documents/bulk-import-export';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import {
  generateDocumentSchema,
  exportDocumentSchema,
} from '../../../backend/routes/schemas/documents';
import { PriceCatalog, readRequirements } from '../../../core';
import type { Ec2Item, Estimation, Requirements } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { priceRequirements } from '../../../core/estimate/price-requirements';

const requirements: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    {
      id: 'web',
      service: 'ec2',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: 3,
      description: 'web tier',
    },
    { id: 'sized', service: 'ec2', sizing: { vcpu: 2, memoryGib: 8 }, os: 'Linux', quantity: 2 },
    {
      id: 'ri',
      service: 'ec2',
      instanceType: 'm5.large',
      os: 'Linux',
      quantity: 1,
      pricingModel: {
        kind: 'reserved',
        term: '1yr',
        offeringClass: 'standard',
        purchaseOption: 'All Upfront',
      },
    },
    { id: 'vol', service: 'ebs', volumeType: 'gp3', storageGb: 500, iops: 4000, quantity: 2 },
    { id: 'bucket', service: 's3', storageClass: 'standard', storageGb: 10, quantity: 1 },
    {
      id: 'hosts',
      service: 'ec2',
      os: 'Linux',
      dedicatedHostFamily: 'm5',
      tenancy: 'dedicated',
      quantity: 2,
      description: 'licensed hosts',
      pricingModel: {
        kind: 'savings-plan',
        plan: 'ec2-instance',
        term: '3yr',
        purchaseOption: 'No Upfront',
      },
    },
  ],
};
const result = priceRequirements(requirements, new PriceCatalog(embeddedSnapshot()), {
  asOf: '2026-11-26',
});
const estimation: Estimation = {
  estimationId: 'est-bulk',
  userId: 'u1',
  name: 'Bulk export',
  customer: 'Acme',
  reference: '',
  status: 'draft',
  requirements,
  scenarios: [],
  result,
  comparison: null,
  version: 1,
  createdAt: '2026-11-26T08:00:00.000Z',
  updatedAt: '2026-11-26T08:00:00.000Z',
};
const at = new Date('2026-11-26T09:00:00Z');

describe('AWS Pricing Calculator bulk-import documents', () => {
  it('EC2: one Inputs workbook our reader reads back as the calculator format, sized items with the engine’s type', async () => {
    const doc = await generateDocument('bulk-import-ec2-xlsx', estimation, null, {
      generatedAt: at,
    });
    expect(doc.fileName).toBe('Acme - Bulk export EC2 bulk import (2026-11-26).xlsx');
    expect(doc.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const grid = await readWorkbook(doc.body);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Inputs', 'Not in this import']);
    const read = readRequirements(grid);
    expect(read.errors).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.format).toBe('aws-bulk-ec2');
    const sizedType = resolvedInstanceTypes(estimation, result).sized;
    expect(sizedType).toMatch(/^[a-z0-9-]+\.[a-z0-9]+$/);
    expect(read.requirements!.items).toEqual([
      expect.objectContaining({ instanceType: 'm7g.large', quantity: 3, region: 'us-east-1' }),
      expect.objectContaining({ instanceType: sizedType, quantity: 2 }),
    ]);
    // Nothing is dropped silently: every item not in this workbook is named with why, on the
    // second sheet and in the job's warnings.
    expect(doc.warnings).toEqual([
      expect.stringMatching(/^ri: .*On-Demand and Savings Plans only, not 1 Yr All Upfront/),
      'vol: in the Amazon EBS volumes bulk-import workbook',
      expect.stringMatching(
        /^bucket: s3: .*templates for EC2 instances, EC2 Dedicated Hosts and EBS volumes only/,
      ),
      'hosts: in the Amazon EC2 Dedicated Hosts bulk-import workbook',
    ]);
    const omitted = grid.sheets[1]!.rows;
    expect(omitted[2]).toEqual([
      'Item',
      'Service',
      'Group',
      'Description',
      'Why not in this import',
    ]);
    expect(omitted.slice(3).map((r) => [r[0], r[1], r[4]])).toEqual(
      doc.warnings!.map((w) => {
        const [id, ...why] = w.split(': ');
        const item = requirements.items.find((i) => i.id === id)!;
        return [id, item.service, why.join(': ')];
      }),
    );
  });

  it('the sized type is the one the engine priced (read from the line it produced)', () => {
    const line = result.lines.find((l) => l.itemId === 'sized')!;
    expect(line.components[0]!.name).toContain(resolvedInstanceTypes(estimation, result).sized!);
    expect(resolvedInstanceTypes(estimation, null)).toEqual({});
  });

  it('EBS: its own workbook, exact calculator format, read back to the same volume', async () => {
    const doc = await generateDocument('bulk-import-ebs-xlsx', estimation, null, {
      generatedAt: at,
    });
    expect(doc.fileName).toBe('Acme - Bulk export EBS bulk import (2026-11-26).xlsx');
    const read = readRequirements(await readWorkbook(doc.body));
    expect(read.format).toBe('aws-bulk-ebs');
    expect(read.requirements!.items).toEqual([
      expect.objectContaining({ volumeType: 'gp3', storageGb: 500, iops: 4000, quantity: 2 }),
    ]);
    expect(doc.warnings).toHaveLength(requirements.items.length - 1);
  });

  it('Dedicated Hosts: their own workbook, read back to the same hosts (family, count, purchasing option)', async () => {
    const doc = await generateDocument('bulk-import-hosts-xlsx', estimation, null, {
      generatedAt: at,
    });
    expect(doc.fileName).toBe('Acme - Bulk export Dedicated Hosts bulk import (2026-11-26).xlsx');
    const grid = await readWorkbook(doc.body);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Inputs', 'Not in this import']);
    const read = readRequirements(grid);
    expect(read.errors).toEqual([]);
    expect(read.format).toBe('aws-bulk-dedicated-hosts');
    const host = requirements.items.find((i) => i.id === 'hosts')!;
    const { id: _id, source: _source, ...back } = read.requirements!.items[0]!;
    const { id: _hid, ...sent } = host;
    expect(back).toEqual({ ...sent, region: 'us-east-1' });
    expect(read.requirements!.items).toHaveLength(1);
    expect(doc.warnings).toHaveLength(requirements.items.length - 1);
  });

  it('fails with a message naming the items when nothing fits the workbook', async () => {
    const noEbs: Estimation = {
      ...estimation,
      requirements: {
        ...requirements,
        items: requirements.items.filter((i) => i.service !== 'ebs'),
      },
    };
    await expect(generateDocument('bulk-import-ebs-xlsx', noEbs, null)).rejects.toThrow(
      /requirements\.items: no EBS volume can be written/,
    );
    const onlyRi: Estimation = {
      ...estimation,
      requirements: { ...requirements, items: requirements.items.filter((i) => i.id === 'ri') },
    };
    await expect(generateDocument('bulk-import-ec2-xlsx', onlyRi, null)).rejects.toThrow(
      /no EC2 instance can be written .*\(ri: the bulk import offers On-Demand and Savings Plans only/,
    );
  });

  it('Dedicated Hosts the template cannot express are named: Spot, or hosts that run part of the month', async () => {
    const partial: Estimation = {
      ...estimation,
      requirements: {
        ...requirements,
        items: [
          {
            ...(requirements.items.find((i) => i.id === 'hosts') as Ec2Item),
            id: 'h1',
            hoursPerMonth: 200,
          },
        ],
      },
    };
    await expect(generateDocument('bulk-import-hosts-xlsx', partial, null)).rejects.toThrow(
      /no EC2 Dedicated Host can be written .*\(h1: the Dedicated Hosts template has no usage column .* 200 h a month\)/,
    );
  });

  it('the API accepts the three bulk-import formats and rejects the old combined name', () => {
    for (const schema of [generateDocumentSchema, exportDocumentSchema]) {
      for (const format of [
        'bulk-import-ec2-xlsx',
        'bulk-import-ebs-xlsx',
        'bulk-import-hosts-xlsx',
      ])
        expect(schema.safeParse({ estimationId: 'e1', format }).success).toBe(true);
      expect(schema.safeParse({ estimationId: 'e1', format: 'bulk-import-xlsx' }).success).toBe(
        false,
      );
    }
  });
});
