import { readFileSync } from 'node:fs';
import { readGetProductsItem } from '../../../backend/pricing/get-products-item';
import { ImportContext } from '../../../backend/pricing/import-context';
import { RESERVED_TERM_CODES, filterFor, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const ITEM = 'aws--amazon-ec2-instance-selector--m5_large.json';

describeIf(realSamples, 'real Price List samples', () => {
  describe('Pricing API GetProducts item: real m5.large sample (1 On-Demand + 12 Reserved terms)', () => {
    const records = (): ReturnType<typeof readGetProductsItem> =>
      readGetProductsItem(
        sample(ITEM),
        readFileSync(sample(ITEM), 'utf8'),
        filterFor('AmazonEC2'),
        new ImportContext(),
      );

    it('derives us-east-1 from the location (the 2021 item has no regionCode)', () => {
      for (const r of records())
        expect([r.region, r.sku, r.attributes.instanceType]).toEqual([
          'us-east-1',
          '6C86BEPQVG73ZGGR',
          'm5.large',
        ]);
    });

    it('gives 21 records: On-Demand, then per RI an hourly rate plus an upfront fee unless No Upfront', () => {
      const all = records();
      expect(all).toHaveLength(21);
      const od = all.filter((r) => r.term.type === 'OnDemand');
      expect(od.map((r) => [r.id, r.price, r.unit])).toEqual([
        ['6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7', '0.0960000000', 'Hrs'],
      ]);
      const byCode = new Map<string, string[]>();
      for (const r of all.filter((x) => x.term.type === 'Reserved')) {
        const code = r.id.split('.')[1] ?? '';
        byCode.set(code, [...(byCode.get(code) ?? []), r.unit]);
        const [leaseContractLength, offeringClass, purchaseOption] =
          RESERVED_TERM_CODES[code] ?? [];
        expect(r.term).toEqual({
          type: 'Reserved',
          leaseContractLength,
          offeringClass,
          purchaseOption,
        });
      }
      expect(byCode.size).toBe(12);
      for (const [code, units] of byCode) {
        const option = RESERVED_TERM_CODES[code]?.[2];
        expect(units.sort()).toEqual(option === 'No Upfront' ? ['Hrs'] : ['Hrs', 'Quantity']);
      }
    });

    it('reads the 1yr standard No Upfront rate exactly', () => {
      expect(
        records().find((r) => r.id === '6C86BEPQVG73ZGGR.4NA7Y494T4.6YS6EN2CT7'),
      ).toMatchObject({
        price: '0.0600000000',
        unit: 'Hrs',
        effectiveDate: '2020-04-01T00:00:00Z',
        description: 'Linux/UNIX (Amazon VPC), m5.large reserved instance applied',
      });
    });
  });
});

describe('GetProducts item errors', () => {
  it('refuses an item of another service and text that is not JSON', () => {
    const ctx = new ImportContext();
    expect(() =>
      readGetProductsItem('item.json', '{"serviceCode":"AmazonRDS"}', filterFor('AmazonEC2'), ctx),
    ).toThrow("item.json: serviceCode is 'AmazonRDS', expected 'AmazonEC2'");
    expect(() =>
      readGetProductsItem('item.json', '{"serviceCode":', filterFor('AmazonEC2'), ctx),
    ).toThrow('item.json: not valid JSON');
  });
});
