import { createReadStream, readFileSync } from 'node:fs';
import { ImportContext } from '../../../backend/pricing/import-context';
import type { SavingsPlanRate } from '../../../backend/pricing/savings-plans';
import {
  SavingsPlanJoin,
  readSavingsPlanCsv,
  readSavingsPlanJson,
} from '../../../backend/pricing/savings-plans';
import { chunks, collect, filterFor, fixture, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const SP_CSV = 'jtdelia--ec2-priceit--5-ap-east-2-savingsplan-pricing.csv';

async function csvRates(): Promise<{ rates: SavingsPlanRate[]; ctx: ImportContext }> {
  const rates: SavingsPlanRate[] = [];
  const ctx = new ImportContext();
  await readSavingsPlanCsv(sample(SP_CSV), createReadStream(sample(SP_CSV)), ctx, (r) =>
    rates.push(r),
  );
  return { rates, ctx };
}

async function joinFixtureProducts(ctx: ImportContext): Promise<SavingsPlanJoin> {
  const offer = await collect(fixture('sp-join-ap-east-2-offer.json'), filterFor('AmazonEC2'));
  return new SavingsPlanJoin(offer.products.values(), ctx);
}

describeIf(realSamples, 'real Price List samples', () => {
  describe('Savings Plans rates: real ap-east-2 CSV sample (unquoted, 24 columns)', () => {
    it('reads all 44 rates; every field comes from its named column', async () => {
      const { rates, ctx } = await csvRates();
      const lines = readFileSync(sample(SP_CSV), 'utf8').split('\n').filter(Boolean);
      const header = (lines[5] ?? '').split(',');
      const rows = lines
        .slice(6)
        .map((l) => Object.fromEntries(l.split(',').map((v, i) => [header[i] ?? '', v])));
      expect(rates).toHaveLength(44);
      expect(ctx.warnings()).toEqual([]);
      rates.forEach((rate, i) => {
        const row = rows[i] ?? {};
        expect(rate).toEqual({
          planSku: '2JT7C3ZD2AXA73Q4',
          rateCode: row.RateCode,
          planType: 'EC2InstanceSavingsPlans',
          leaseContractLength: '3yr',
          purchaseOption: 'Partial Upfront',
          discountedSku: row.DiscountedSKU,
          discountedServiceCode: 'AmazonEC2',
          discountedUsageType: row.DiscountedUsageType,
          discountedOperation: row.DiscountedOperation,
          regionCode: 'ap-east-2',
          unit: 'Hrs',
          rate: row.DiscountedRate,
          currency: 'USD',
          effectiveDate: '2025-06-05T18:51:13Z',
          description: '3 year Partial Upfront r7g EC2 Instance Savings Plan in ap-east-2',
        });
        expect(rate.rateCode).toBe(`${rate.planSku}.${rate.discountedSku}`);
      });
      expect(rates[0]).toMatchObject({
        discountedUsageType: 'APE2-DedicatedUsage:r7g.medium',
        discountedOperation: 'RunInstances:0010',
        rate: '0.0425',
      });
    });

    it('joins rates to On-Demand products by usage type + operation + region, carrying their attributes', async () => {
      const ctx = new ImportContext();
      const join = await joinFixtureProducts(ctx);
      const { rates } = await csvRates();
      const records = rates.map((r) => join.record(r)).filter((r) => r !== undefined);
      expect(
        records.map((r) => [
          r.id,
          r.sku,
          r.attributes.instanceType,
          r.attributes.operatingSystem,
          r.attributes.tenancy,
          r.price,
        ]),
      ).toEqual([
        [
          '2JT7C3ZD2AXA73Q4.3AFPUQMRGQYZT63S',
          '3AFPUQMRGQYZT63S',
          'r7g.2xlarge',
          'Linux',
          'Shared',
          '0.1954',
        ],
        [
          '2JT7C3ZD2AXA73Q4.3KCBCRF6VKV6QC43',
          '3KCBCRF6VKV6QC43',
          'r7g.12xlarge',
          'RHEL',
          'Shared',
          '1.6905',
        ],
        [
          '2JT7C3ZD2AXA73Q4.563DU8F7GYEBEAU5',
          '563DU8F7GYEBEAU5',
          'r7g.xlarge',
          'Linux',
          'Dedicated',
          '0.1123',
        ],
        // Joined through usage type + operation: the fixture's product has a SKU of its own.
        [
          '2JT7C3ZD2AXA73Q4.8BXN8443YCK74N7C',
          'FXUBUNTUR7GLARGE',
          'r7g.large',
          'Ubuntu Pro',
          'Shared',
          '0.0511',
        ],
      ]);
      expect(records[0]).toMatchObject({
        service: 'AmazonEC2',
        productFamily: 'Compute Instance',
        region: 'ap-east-2',
        unit: 'Hrs',
        beginRange: '0',
        endRange: 'Inf',
        term: {
          type: 'SavingsPlan',
          planType: 'EC2InstanceSavingsPlans',
          leaseContractLength: '3yr',
          purchaseOption: 'Partial Upfront',
        },
      });
      expect(join.unmatched).toBe(40);
      expect(join.ambiguous).toBe(0);
    });
  });
});

describe('Savings Plans rates: JSON fixture (streamed)', () => {
  it('reads plans from products[] and rates from terms.savingsPlan[], then joins what matches', async () => {
    const ctx = new ImportContext();
    const rates: SavingsPlanRate[] = [];
    const file = fixture('savings-plan-rates-ap-east-2.json');
    const header = await readSavingsPlanJson(file, createReadStream(file), 'ap-east-2', ctx, (r) =>
      rates.push(r),
    );
    expect(header).toEqual({
      version: '20250911184447',
      publicationDate: '2025-09-11T18:44:47Z',
      formatVersion: 'v1.0',
    });
    expect(
      rates.map((r) => [
        r.rateCode,
        r.planType,
        r.leaseContractLength,
        r.purchaseOption,
        r.rate,
        r.regionCode,
      ]),
    ).toEqual([
      [
        'FXCOMPUTESP1YRNU.3AFPUQMRGQYZT63S',
        'ComputeSavingsPlans',
        '1yr',
        'No Upfront',
        '0.3700',
        'ap-east-2',
      ],
      [
        'FXCOMPUTESP1YRNU.NOSUCHPRODUCT000',
        'ComputeSavingsPlans',
        '1yr',
        'No Upfront',
        '4.1000',
        'ap-east-2',
      ],
    ]);
    const join = await joinFixtureProducts(ctx);
    const joined = rates.map((r) => join.record(r));
    expect(joined[0]).toMatchObject({
      id: 'FXCOMPUTESP1YRNU.3AFPUQMRGQYZT63S',
      sku: '3AFPUQMRGQYZT63S',
      price: '0.3700',
      term: { type: 'SavingsPlan', planType: 'ComputeSavingsPlans' },
    });
    expect(joined[1]).toBeUndefined();
    expect(join.unmatched).toBe(1);
  });

  it('warns and skips a plan whose lease or type it cannot read', async () => {
    const ctx = new ImportContext();
    const text = readFileSync(fixture('savings-plan-rates-ap-east-2.json'), 'utf8').replace(
      '"duration" : 1',
      '"duration" : 2',
    );
    const rates: SavingsPlanRate[] = [];
    await readSavingsPlanJson('sp.json', chunks(Buffer.from(text), 64), 'ap-east-2', ctx, (r) =>
      rates.push(r),
    );
    expect(rates).toEqual([]);
    expect(ctx.warnings()).toEqual([
      "sp.json: terms.savingsPlan[0]: lease '2 year' is not 1 or 3 years",
    ]);
  });
});
