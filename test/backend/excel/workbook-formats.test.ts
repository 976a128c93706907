import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { readRequirements } from '../../../core';
import type { EbsItem, Ec2Item, ReadResult } from '../../../core';

const DIR = path.resolve(__dirname, '../../fixtures/workbooks');
const read = async (file: string, options = {}): Promise<ReadResult> =>
  readRequirements(
    await readWorkbook(readFileSync(path.join(DIR, file)), { fileName: file }),
    options,
  );

describe('each supported format reads into the requirements model', () => {
  it('AWS bulk import EC2: formula quantity read as its cached value, EBS add-on as its own item', async () => {
    const res = await read('aws-bulk-ec2.xlsx');
    const [ec2, ebs, win] = res.requirements!.items as [Ec2Item, EbsItem, Ec2Item];
    expect(ec2).toMatchObject({
      instanceType: 'm5.large',
      quantity: 10,
      region: 'us-east-1',
      os: 'Linux',
      pricingModel: {
        kind: 'savings-plan',
        plan: 'compute',
        term: '1yr',
        purchaseOption: 'No Upfront',
      },
    });
    expect(ebs).toMatchObject({ volumeType: 'gp3', storageGb: 100, quantity: 10, snapshotGb: 150 });
    expect(win).toMatchObject({ os: 'Windows', instanceType: 't3.medium', region: 'sa-east-1' });
    expect(win.hoursPerMonth).toBeCloseTo(173.81, 2);
    expect(ec2.source?.cells?.quantity).toBe('H4');
  });

  it('AWS bulk import EBS and Dedicated Hosts', async () => {
    expect((await read('aws-bulk-ebs.xlsx')).requirements!.items[0]).toMatchObject({
      volumeType: 'gp3',
      storageGb: 250,
      quantity: 6,
      iops: 4000,
      throughputMbps: 250,
      snapshotGb: 80,
      region: 'eu-west-1',
    });
    expect((await read('aws-bulk-dedicated-hosts.xlsx')).requirements!.items[0]).toMatchObject({
      dedicatedHostFamily: 'r6i',
      quantity: 2,
      region: 'us-east-2',
      pricingModel: {
        kind: 'savings-plan',
        plan: 'ec2-instance',
        term: '3yr',
        purchaseOption: 'All Upfront',
      },
    });
  });

  it('RVTools: powered-on VMs sized by vCPU and GiB, OS mapped, storage from Provisioned MiB; the rest counted', async () => {
    const res = await read('rvtools.xlsx');
    expect(res.inventory).toEqual({ servers: 3, poweredOff: 1, templates: 1 });
    const items = res.requirements!.items;
    expect(items.map((i) => `${i.service}:${i.description}`)).toEqual([
      'ec2:web01',
      'ebs:web01',
      'ec2:db01',
      'ebs:db01',
      'ec2:app01',
      'ebs:app01',
    ]);
    expect(items[0]).toMatchObject({
      sizing: { vcpu: 2, memoryGib: 8 },
      os: 'Windows',
      group: ['Prod'],
    });
    expect(items[1]).toMatchObject({ volumeType: 'gp3', storageGb: 50 });
    expect(items[2]).toMatchObject({ sizing: { vcpu: 8, memoryGib: 64 }, os: 'RHEL' });
    expect(items[3]).toMatchObject({ storageGb: 501 });
    expect(items[4]).toMatchObject({ sizing: { vcpu: 4, memoryGib: 12 }, os: 'Linux' });
    expect(res.warnings.find((w) => w.rule === 'inventory.sizing-rule')!.message).toMatch(
      /like for like as the cheapest current-generation x86_64 EC2 instance type \(arm64 only where the source says the guest runs on Arm; HPC and accelerated families left out\) with at least its vCPUs and memory/,
    );
  });

  it('RVTools with the option on prices powered-off VMs and templates too', async () => {
    const res = await read('rvtools.xlsx', { includePoweredOff: true, includeTemplates: true });
    expect(res.inventory).toEqual({ servers: 5, poweredOff: 0, templates: 0 });
  });

  it('Application Discovery Service import CSV: logical cores as vCPU, RAM MB as MiB', async () => {
    const res = await read('ads-import.csv');
    expect(res.requirements!.items).toEqual([
      expect.objectContaining({
        service: 'ec2',
        description: 'web01',
        sizing: { vcpu: 4, memoryGib: 16, architecture: 'x86_64' },
        os: 'Windows',
      }),
      expect.objectContaining({
        service: 'ec2',
        description: 'db01.corp',
        sizing: { vcpu: 16, memoryGib: 128, architecture: 'x86_64' },
        os: 'RHEL',
      }),
    ]);
  });

  it('Azure Migrate CSV: cores, memory and the summed disks', async () => {
    const res = await read('azure-migrate.csv');
    const items = res.requirements!.items;
    expect(items.map((i) => i.service)).toEqual(['ec2', 'ebs', 'ec2', 'ebs']);
    expect(items[0]).toMatchObject({
      description: 'az-web01',
      sizing: { vcpu: 2, memoryGib: 8 },
      os: 'Linux',
    });
    expect(items[1]).toMatchObject({ storageGb: 192 });
    expect(items[2]).toMatchObject({
      description: 'az-sql01, primary',
      sizing: { vcpu: 8, memoryGib: 64 },
      os: 'Windows',
    });
    expect(items[3]).toMatchObject({ storageGb: 512 });
  });

  it('our template: the example rows of every sheet and the Settings', async () => {
    const res = await read('template.xlsx');
    const req = res.requirements!;
    expect(req.name).toBe('Example migration');
    expect(req.settings).toMatchObject({
      region: 'us-east-1',
      pricingModel: { kind: 'on-demand' },
      hoursPerMonth: 730,
    });
    expect(req.items.map((i) => i.service)).toEqual([
      'ec2',
      'ec2',
      'ebs',
      's3',
      'rds',
      'elasticache',
      'data-transfer',
      'nat-gateway',
      'load-balancer',
      'dynamodb',
      'dynamodb',
      'lambda',
      'lambda',
      'fargate',
      'fargate',
      'eks',
      'cloudfront',
      'cloudfront',
      'cloudwatch',
      'data-transfer',
      'data-transfer',
    ]);
  });
});
