import { priceRequirements } from '../../../core/estimate/price-requirements';
import type { Requirements } from '../../../core/requirements/requirements';
import { ec2InstanceAttributes } from '../../../core/resources/ec2-os';
import { chooseInstanceType, isLiftAndShiftFamily } from '../../../core/resources/ec2-sizing';
import { buildCatalog } from './catalog-builder';
import type { RecordInput } from './catalog-builder';

/**
 * Sizing leaves out HPC and accelerated families unless they are named (DECISIONS.md). Linux
 * On-Demand records from AWS's pricing-page feed of 2025-04-04 (ec2-ondemand-without-sec-sel, ids
 * are its rateCodes): ap-southeast-1 hpc6a.48xlarge (96 vCPU, 384 GiB) $3.3205/h and c5a.24xlarge
 * (96 vCPU, 192 GiB) $4.224/h; il-central-1 g5.48xlarge (192 vCPU, 768 GiB, GPU) $19.09145/h.
 */
const linux = (instanceType: string, vcpu: number, memory: string) => ({
  instanceType,
  vcpu: String(vcpu),
  memory,
  operatingSystem: 'Linux',
  preInstalledSw: 'NA',
  licenseModel: 'No License required',
  tenancy: 'Shared',
  capacitystatus: 'Used',
  currentGeneration: 'Yes',
});
const instance = (
  id: string,
  region: string,
  price: string,
  attributes: Record<string, string>,
): RecordInput => ({
  id,
  service: 'AmazonEC2',
  region,
  productFamily: 'Compute Instance',
  unit: 'Hrs',
  price,
  attributes,
});
const catalog = buildCatalog(
  [
    instance(
      'HQ3KPBWQTK9B36RT.JRTCKXETXF.6YS6EN2CT7',
      'ap-southeast-1',
      '3.3205',
      linux('hpc6a.48xlarge', 96, '384 GiB'),
    ),
    instance(
      'RR4RS9VQAZUKKFDJ.JRTCKXETXF.6YS6EN2CT7',
      'ap-southeast-1',
      '4.224',
      linux('c5a.24xlarge', 96, '192 GiB'),
    ),
    instance(
      'MHANN8K36KTHN5XY.JRTCKXETXF.6YS6EN2CT7',
      'il-central-1',
      '19.09145',
      linux('g5.48xlarge', 192, '768 GiB'),
    ),
  ],
  'sizing-families-test',
);
const attributes = ec2InstanceAttributes('', 'Linux', 'shared');

describe('families automatic sizing leaves out', () => {
  it('are HPC and accelerated families; general, burstable and memory families stay', () => {
    for (const f of ['hpc6a', 'hpc6id', 'hpc7a', 'hpc7g', 'g5', 'g4dn', 'gr6', 'p5', 'f2'])
      expect([f, isLiftAndShiftFamily(f)]).toEqual([f, false]);
    for (const f of ['inf2', 'trn1n', 'dl1', 'vt1'])
      expect([f, isLiftAndShiftFamily(f)]).toEqual([f, false]);
    for (const f of [
      'm5a',
      'c5a',
      'r6i',
      't3a',
      't4g',
      'x2idn',
      'u-6tb1',
      'i4i',
      'z1d',
      'm7i-flex',
    ])
      expect([f, isLiftAndShiftFamily(f)]).toEqual([f, true]);
  });

  it('skips hpc6a ($3.3205/h) for a general VM and takes c5a.24xlarge ($4.224/h)', () => {
    const choice = chooseInstanceType(catalog, 'ap-southeast-1', attributes, {
      vcpu: 96,
      memoryGib: 96,
    });
    expect(choice).toMatchObject({ instanceType: 'c5a.24xlarge', price: '4.224' });
    expect(choice?.rule).toContain('HPC and accelerated families only when named');
  });

  it('takes hpc6a when the sizing names its family', () => {
    const choice = chooseInstanceType(catalog, 'ap-southeast-1', attributes, {
      vcpu: 96,
      memoryGib: 96,
      families: ['hpc6a', 'c5a'],
    });
    expect(choice).toMatchObject({ instanceType: 'hpc6a.48xlarge', price: '3.3205' });
  });

  it('finds no type for a VM only a GPU type fits (a visible gap), rather than pricing a GPU', () => {
    const sized = { vcpu: 192, memoryGib: 96 };
    expect(chooseInstanceType(catalog, 'il-central-1', attributes, sized)).toBeUndefined();
    expect(
      chooseInstanceType(catalog, 'il-central-1', attributes, { ...sized, families: ['g5'] }),
    ).toMatchObject({ instanceType: 'g5.48xlarge' });
  });

  it('prices a named hpc6a.48xlarge as named: 1 × 730 h × $3.3205/h = $2,423.965', () => {
    const requirements: Requirements = {
      settings: { region: 'ap-southeast-1', pricingModel: { kind: 'on-demand' } },
      items: [
        { id: 'hpc', service: 'ec2', quantity: 1, instanceType: 'hpc6a.48xlarge', os: 'Linux' },
        { id: 'vm', service: 'ec2', quantity: 1, sizing: { vcpu: 96, memoryGib: 96 }, os: 'Linux' },
      ],
    };
    const [hpc, vm] = priceRequirements(requirements, catalog, { asOf: '2026-12-06' }).lines;
    expect(hpc!.components[0]).toMatchObject({
      priceId: 'HQ3KPBWQTK9B36RT.JRTCKXETXF.6YS6EN2CT7',
      cost: '2423.965',
    });
    // 730 × 4.224 = 3,083.52.
    expect(vm!.components[0]).toMatchObject({
      name: 'Instance usage (Linux, On-Demand, c5a.24xlarge)',
      cost: '3083.52',
    });
  });
});
