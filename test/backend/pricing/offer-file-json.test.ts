import { readFileSync } from 'node:fs';
import { ImportContext } from '../../../backend/pricing/import-context';
import { PriceListFormatError } from '../../../backend/pricing/errors';
import { readJsonOffer, readJsonOfferFile } from '../../../backend/pricing/offer-file-json';
import type { PriceRecord } from '../../../core';
import { chunks, collect, filterFor, fixture, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const ECS = 'opencost--opencost--ecs-pricing-us-east-1.json';
const EC2_USE1 = 'opencost--opencost--pricing-us-east-1.json';
const EC2_USE2 = 'opencost--opencost--pricing-us-east-2.json';

describeIf(realSamples, 'real Price List samples', () => {
  describe('JSON offer file: real AmazonECS us-east-1 sample (Fargate, ECS Anywhere tiers)', () => {
    it('reads the header and turns all 12 products into 13 records, one per price dimension', async () => {
      const { header, records, products, ctx } = await collect(sample(ECS), filterFor('AmazonECS'));
      expect(header).toEqual({
        formatVersion: 'v1.0',
        offerCode: 'AmazonECS',
        version: '20250828172723',
        publicationDate: '2025-08-28T17:27:23Z',
      });
      expect(products.size).toBe(12);
      expect(records).toHaveLength(13);
      expect(ctx.warnings()).toEqual([]);
      expect(new Set(records.map((r) => r.id)).size).toBe(13);
      for (const r of records) {
        expect(r.id.startsWith(`${r.sku}.JRTCKXETXF.`)).toBe(true);
        expect(r).toMatchObject({
          service: 'AmazonECS',
          region: 'us-east-1',
          currency: 'USD',
          term: { type: 'OnDemand' },
          effectiveDate: '2025-08-01T00:00:00Z',
        });
      }
    });

    it('keeps the two ECS Anywhere tiers (0–2200 free, 2200–Inf) as separate records', async () => {
      const { records } = await collect(sample(ECS), filterFor('AmazonECS'));
      const tiers = records
        .filter((r) => r.sku === 'VUZADW4HBG7NT6R7')
        .sort((a, b) => Number(a.beginRange) - Number(b.beginRange));
      expect(tiers.map((r) => [r.id, r.beginRange, r.endRange, r.unit, r.price])).toEqual([
        ['VUZADW4HBG7NT6R7.JRTCKXETXF.4TES4JTS8Q', '0', '2200', 'hours', '0.0000000000'],
        ['VUZADW4HBG7NT6R7.JRTCKXETXF.2A2Z7VTUXW', '2200', 'Inf', 'hours', '0.0102500000'],
      ]);
      expect(tiers[0]?.attributes).toMatchObject({
        usagetype: 'USE1-ECS-Anywhere-Instance-hours-WithFree',
        operation: 'AddExternalInstance',
      });
    });

    it('reads each Fargate rate exactly as published', async () => {
      const { records } = await collect(sample(ECS), filterFor('AmazonECS'));
      const bySku = new Map(records.map((r) => [r.sku, r]));
      const expected: [string, string, string, string][] = [
        ['8CESGAFWKAJ98PME', 'USE1-Fargate-vCPU-Hours:perCPU', 'hours', '0.0404800000'],
        ['PBZNQUSEXZUC34C9', 'USE1-Fargate-GB-Hours', 'hours', '0.0044450000'],
        ['XSZATS4VYMDC9CYN', 'USE1-Fargate-ARM-vCPU-Hours:perCPU', 'hours', '0.0323800000'],
        ['UNH9KPQP7W7C66C9', 'USE1-Fargate-ARM-GB-Hours', 'hours', '0.0035600000'],
        ['7KPDPTDSCT4J3Z64', 'USE1-Fargate-EphemeralStorage-GB-Hours', 'GB-Hours', '0.0001110000'],
        ['RF2BUTAD289DREDC', 'USE1-Fargate-Windows-vCPU-Hours:perCPU', 'hours', '0.0465520000'],
        ['9D3ZWXRS2VXMZET6', 'USE1-Fargate-Windows-OS-Hours:perCPU', 'hours', '0.0460000000'],
        ['8QDMJPGQCM368Z6X', 'USE1-Fargate-Windows-GB-Hours', 'hours', '0.0051117500'],
        ['WTG8RAG79KP7K3N8', 'USE1-ECS-Anywhere-Instance-hours', 'hours', '0.0102500000'],
        ['74HXSAMY4YHFPXQQ', 'USE1-ECS-EC2-GB-Hours', 'GB-Hours', '0.0000000000'],
        ['DQ8NT47B7YY2CGC5', 'USE1-ECS-EC2-vCPU-Hours', 'vCPU-Hours', '0.0000000000'],
      ];
      for (const [sku, usagetype, unit, price] of expected) {
        expect(bySku.get(sku)).toMatchObject({
          id: `${sku}.JRTCKXETXF.6YS6EN2CT7`,
          attributes: { usagetype },
          unit,
          price,
          beginRange: '0',
          endRange: 'Inf',
        });
      }
      expect(bySku.get('RF2BUTAD289DREDC')).toMatchObject({
        productFamily: 'Compute',
        attributes: { operatingSystem: 'Windows', tenancy: 'Shared', cputype: 'perCPU' },
      });
      expect(bySku.get('74HXSAMY4YHFPXQQ')?.productFamily).toBe('Compute Metering');
    });

    it('gives the same records whatever the chunk size of the stream', async () => {
      const whole = await collect(sample(ECS), filterFor('AmazonECS'));
      for (const size of [1, 13, 4096]) {
        const records: PriceRecord[] = [];
        await readJsonOffer('ecs.json', chunks(readFileSync(sample(ECS)), size), {
          filter: filterFor('AmazonECS'),
          ctx: new ImportContext(),
          onRecord: (r) => records.push(r),
        });
        expect(records).toEqual(whole.records);
      }
    });
  });

  describe('JSON offer file: real AmazonEC2 us-east-1 sample (On-Demand and Capacity Block)', () => {
    it('keeps p4d.24xlarge On-Demand and drops the marketoption=CapacityBlock twin priced at 0', async () => {
      const { records, products, ctx } = await collect(sample(EC2_USE1), filterFor('AmazonEC2'));
      expect(ctx.counters.productsSeen).toBe(2);
      expect([...products.keys()]).toEqual(['H7NGEAC6UEHNTKSJ']);
      expect(records).toEqual([
        {
          id: 'H7NGEAC6UEHNTKSJ.JRTCKXETXF.6YS6EN2CT7',
          sku: 'H7NGEAC6UEHNTKSJ',
          service: 'AmazonEC2',
          productFamily: 'Compute Instance',
          region: 'us-east-1',
          attributes: expect.objectContaining({
            instanceType: 'p4d.24xlarge',
            operatingSystem: 'Linux',
            tenancy: 'Shared',
            preInstalledSw: 'NA',
            licenseModel: 'No License required',
            capacitystatus: 'Used',
            marketoption: 'OnDemand',
            usagetype: 'BoxUsage:p4d.24xlarge',
            operation: 'RunInstances',
            vcpu: '96',
            memory: '1152 GiB',
          }),
          unit: 'Hrs',
          beginRange: '0',
          endRange: 'Inf',
          price: '32.7726000000',
          currency: 'USD',
          term: { type: 'OnDemand' },
          effectiveDate: '2024-05-01T00:00:00Z',
          description: '$32.7726 per On Demand Linux p4d.24xlarge Instance Hour',
        },
      ]);
    });
  });

  describe('JSON offer file: the hand-edited opencost us-east-2 sample is tolerated, loudly', () => {
    it('imports the 3 well-formed prices and warns about each edit instead of crashing', async () => {
      const { records, ctx } = await collect(sample(EC2_USE2), filterFor('AmazonEC2'));
      expect(records.map((r) => [r.id, r.productFamily, r.unit, r.price])).toEqual([
        ['M6UGCCQ3CDJQAA37.JRTCKXETXF.6YS6EN2CT7', 'Storage', 'GB-Mo', '0.0800000000'],
        ['9ZEEN7WWWQKAG292.JRTCKXETXF.6YS6EN2CT7', 'Compute Instance', 'Hrs', '12.2400000000'],
        ['Y9RYMSE644KDSV4S.JRTCKXETXF.6YS6EN2CT7', 'Load Balancer-Network', 'Hrs', '0.0225000000'],
      ]);
      expect(records[0]?.attributes).toMatchObject({
        volumeApiName: 'gp3',
        usagetype: 'USE2-EBS:VolumeUsage.gp3',
      });
      expect(records[1]?.attributes).toMatchObject({
        operatingSystem: 'Windows',
        licenseModel: 'Bring your own license',
        operation: 'RunInstances:0800',
      });
      const warnings = ctx.warnings();
      expect(warnings).toHaveLength(3);
      expect(warnings[0]).toMatch(
        /pricing-us-east-2\.json: terms\.OnDemand\.8D49XP354UEYTHGM\.8D49XP354UEYTHGM\.MZU6U2429S: term MZU6U2429S sits under terms\.OnDemand but has Reserved termAttributes \(3yr convertible All Upfront\)/,
      );
      expect(warnings[1]).toContain(
        "effectiveDate 2024-05-01T00:00:00Z is later than the file's publicationDate 2023-03-22T14:56:51Z",
      );
      expect(warnings[2]).toContain('terms.attributesList is not a term type');
      expect(ctx.counters.termsSkipped).toBe(1);
    });
  });

  describe('JSON offer file: truncated real file', () => {
    it('fails with an error naming the file, line and byte where it ends', async () => {
      const text = readFileSync(sample(ECS));
      const cut = text.subarray(0, 9000);
      const error = await readJsonOffer('ecs-truncated.json', chunks(cut, 4096), {
        filter: filterFor('AmazonECS'),
        ctx: new ImportContext(),
        onRecord: () => undefined,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PriceListFormatError);
      expect((error as PriceListFormatError).offset).toBe(9000);
      expect((error as Error).message).toBe(
        'ecs-truncated.json: byte 9000: the file ends inside terms.OnDemand.XSZATS4VYMDC9CYN before the JSON document is complete (truncated download?)',
      );
    });
  });
});

describe('JSON offer file: fixtures (Reserved section, tiers, truncation)', () => {
  it('reads RI upfront fee + hourly pairs with their terms from termAttributes', async () => {
    const { records } = await collect(
      fixture('tiers-and-reserved-offer.json'),
      filterFor('AmazonEC2'),
    );
    const m5 = records
      .filter((r) => r.sku === 'FXM5LARGEAPS1000')
      .map((r) => [r.id, r.term, r.unit, r.price, r.beginRange, r.endRange]);
    const partial = {
      type: 'Reserved',
      leaseContractLength: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'Partial Upfront',
    };
    const all = {
      type: 'Reserved',
      leaseContractLength: '3yr',
      offeringClass: 'standard',
      purchaseOption: 'All Upfront',
    };
    const noUpfront = {
      type: 'Reserved',
      leaseContractLength: '1yr',
      offeringClass: 'convertible',
      purchaseOption: 'No Upfront',
    };
    expect(m5).toEqual([
      [
        'FXM5LARGEAPS1000.JRTCKXETXF.6YS6EN2CT7',
        { type: 'OnDemand' },
        'Hrs',
        '0.1200000000',
        '0',
        'Inf',
      ],
      ['FXM5LARGEAPS1000.HU7G6KETJZ.2TG2D8R56U', partial, 'Quantity', '381', '0', 'Inf'],
      ['FXM5LARGEAPS1000.HU7G6KETJZ.6YS6EN2CT7', partial, 'Hrs', '0.0430000000', '0', 'Inf'],
      ['FXM5LARGEAPS1000.NQ3QZPMQV9.2TG2D8R56U', all, 'Quantity', '1482', '0', 'Inf'],
      ['FXM5LARGEAPS1000.NQ3QZPMQV9.6YS6EN2CT7', all, 'Hrs', '0.0000000000', '0', 'Inf'],
      ['FXM5LARGEAPS1000.7NE97W5U4E.6YS6EN2CT7', noUpfront, 'Hrs', '0.0900000000', '0', 'Inf'],
    ]);
    expect(
      records.find((r) => r.id === 'FXM5LARGEAPS1000.JRTCKXETXF.6YS6EN2CT7')?.description,
    ).toBe('$0.12 per On Demand Linux m5.large Instance Hour ("Shared" tenancy)');
  });

  it('keeps a 4-tier price ending in Inf as 4 records and drops the capacity-reservation product with its terms', async () => {
    const { records, ctx } = await collect(
      fixture('tiers-and-reserved-offer.json'),
      filterFor('AmazonEC2'),
    );
    expect(
      records
        .filter((r) => r.sku === 'FXDTOUTAPS100000')
        .map((r) => [r.beginRange, r.endRange, r.price, r.unit]),
    ).toEqual([
      ['0', '10240', '0.1200000000', 'GB'],
      ['10240', '51200', '0.0850000000', 'GB'],
      ['51200', '153600', '0.0820000000', 'GB'],
      ['153600', 'Inf', '0.0800000000', 'GB'],
    ]);
    expect(records.some((r) => r.sku === 'FXUNUSEDAPS10000')).toBe(false);
    expect(ctx.counters).toMatchObject({ productsSeen: 3, productsKept: 2, records: 10 });
  });

  it('refuses a truncated fixture, naming file, line and byte', async () => {
    const file = fixture('truncated-offer.json');
    const size = readFileSync(file).length;
    const lines = readFileSync(file, 'utf8').split('\n').length;
    await expect(
      readJsonOfferFile(file, {
        filter: filterFor('AmazonEC2'),
        ctx: new ImportContext(),
        onRecord: () => undefined,
      }),
    ).rejects.toThrow(
      `${file}: line ${lines}, byte ${size}: the file ends inside terms.Reserved.FXM5LARGEAPS1000 before the JSON document is complete`,
    );
  });

  it('refuses an offer file of another service', async () => {
    await expect(
      collect(fixture('tiers-and-reserved-offer.json'), filterFor('AmazonRDS')),
    ).rejects.toThrow("offerCode is 'AmazonEC2', expected 'AmazonRDS'");
  });
});
