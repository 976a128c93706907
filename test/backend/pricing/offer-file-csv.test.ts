import { readFileSync } from 'node:fs';
import { csvRows } from '../../../backend/pricing/csv-reader';
import { attributeNameOf, readCsvOffer } from '../../../backend/pricing/offer-file-csv';
import { ImportContext } from '../../../backend/pricing/import-context';
import type { ServiceFilter } from '../../../backend/pricing/service-filters';
import type { PriceRecord } from '../../../core';
import { RESERVED_TERM_CODES, chunks, collect, filterFor, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const CSV = 'jtdelia--ec2-priceit--3-global-pricing-file-sample.csv';

/** Independent reading of the sample's rows (every non-empty field quoted, empty fields bare). */
function rawRows(): Record<string, string>[] {
  const lines = readFileSync(sample(CSV), 'utf8').split('\n').filter(Boolean);
  const split = (line: string): string[] =>
    [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
      (m[1] ?? m[2] ?? '').replace(/""/g, '"'),
    );
  const header = split(lines[5] ?? '');
  return lines
    .slice(6)
    .map((line) => Object.fromEntries(split(line).map((v, i) => [header[i] ?? '', v])));
}

/** Every compute row, no attribute filter: to check all 44 rows, not only the ones the engine keeps. */
const everyInstanceRow: ServiceFilter = { ...filterFor('AmazonEC2'), accept: undefined };

describeIf(realSamples, 'real Price List samples', () => {
  describe('CSV offer file: real EC2 excerpt (5 metadata rows, header, 44 rates)', () => {
    it('reads the metadata rows into the header', async () => {
      const { header } = await collect(sample(CSV), filterFor('AmazonEC2'));
      expect(header).toEqual({
        formatVersion: 'v1.0',
        publicationDate: '2025-09-12T22:53:08Z',
        version: '20250912225308',
        offerCode: 'AmazonEC2',
      });
    });

    it('turns every row into a record whose id, price, unit, ranges and date are the row values', async () => {
      const { records } = await collect(sample(CSV), everyInstanceRow);
      const rows = rawRows();
      expect(rows).toHaveLength(44);
      expect(records).toHaveLength(44);
      rows.forEach((row, i) => {
        const r = records[i] as PriceRecord;
        expect([
          r.id,
          r.sku,
          r.price,
          r.unit,
          r.currency,
          r.effectiveDate,
          r.productFamily,
          r.region,
        ]).toEqual([
          row.RateCode,
          row.SKU,
          row.PricePerUnit,
          row.Unit,
          'USD',
          row.EffectiveDate,
          row['Product Family'],
          row['Region Code'],
        ]);
        expect([r.beginRange, r.endRange]).toEqual(
          row.StartingRange ? [row.StartingRange, row.EndingRange] : ['0', 'Inf'],
        );
        expect(r.attributes).toMatchObject({
          instanceType: row['Instance Type'],
          usagetype: row.usageType,
          operation: row.operation,
          tenancy: row.Tenancy,
        });
      });
      expect(records.filter((r) => r.term.type === 'OnDemand')).toHaveLength(14);
      expect(records.filter((r) => r.term.type === 'Reserved')).toHaveLength(30);
    });

    it('maps every Reserved row to the term of its offer term code (README table)', async () => {
      const { records } = await collect(sample(CSV), everyInstanceRow);
      for (const r of records.filter((x) => x.term.type === 'Reserved')) {
        const code = r.id.split('.')[1] ?? '';
        const [leaseContractLength, offeringClass, purchaseOption] =
          RESERVED_TERM_CODES[code] ?? [];
        expect(r.term).toEqual({
          type: 'Reserved',
          leaseContractLength,
          offeringClass,
          purchaseOption,
        });
      }
    });

    it('keeps an RI as upfront fee (Quantity, no range) + hourly rate records', async () => {
      const { records } = await collect(sample(CSV), filterFor('AmazonEC2'));
      const partial = records.filter((r) => r.id.startsWith('222AMNDXSFRESBBK.38NPMPTW36.'));
      expect(partial.map((r) => [r.id, r.unit, r.price, r.description])).toEqual([
        [
          '222AMNDXSFRESBBK.38NPMPTW36.6YS6EN2CT7',
          'Hrs',
          '0.7698400000',
          'Windows with SQL Server Standard (Amazon VPC), m6id.2xlarge reserved instance applied',
        ],
        ['222AMNDXSFRESBBK.38NPMPTW36.2TG2D8R56U', 'Quantity', '20231', 'Upfront Fee'],
      ]);
    });

    it('keeps only the rows the engine prices (tenancy Shared/Dedicated, capacitystatus Used, priced OS combos)', async () => {
      const { records, ctx } = await collect(sample(CSV), filterFor('AmazonEC2'));
      expect(ctx.counters.productsKept).toBe(4);
      expect([
        ...new Set(
          records.map(
            (r) =>
              `${r.sku} ${r.attributes.operatingSystem}/${r.attributes.preInstalledSw}/${r.attributes.tenancy}`,
          ),
        ),
      ]).toEqual([
        '2223B6PCG6QAUYY6 Windows/SQL Web/Dedicated',
        '2223TSA85TD5RWMS RHEL/NA/Dedicated',
        '2224XEM9D7MGYGBJ Windows/NA/Dedicated',
        '222AMNDXSFRESBBK Windows/SQL Std/Shared',
      ]);
      // Dropped: RHEL + SQL Web (not priced), capacity reservations, Host tenancy.
      for (const sku of [
        '2223RRAP6Z3VBN3N',
        '2224S3ZTPZZQY93N',
        '22268AJAWBNJXMSB',
        '2227U2PX8M4F95R6',
        '2229SVPPQAUHHT5Z',
      ]) {
        expect(records.some((r) => r.sku === sku)).toBe(false);
      }
      expect(records.find((r) => r.sku === '2224XEM9D7MGYGBJ')).toMatchObject({
        id: '2224XEM9D7MGYGBJ.JRTCKXETXF.6YS6EN2CT7',
        region: 'eu-central-1',
        price: '0.7022400000',
        attributes: {
          licenseModel: 'Bring your own license',
          operation: 'RunInstances:0800',
          instanceType: 'r7i.2xlarge',
        },
      });
    });

    it('reads the same rows when the stream is cut at every few bytes', async () => {
      const whole = await collect(sample(CSV), filterFor('AmazonEC2'));
      const records: PriceRecord[] = [];
      await readCsvOffer('ec2.csv', chunks(readFileSync(sample(CSV)), 7), {
        filter: filterFor('AmazonEC2'),
        ctx: new ImportContext(),
        onRecord: (r) => records.push(r),
      });
      expect(records).toEqual(whole.records);
    });

    it('refuses a row cut short (truncated file), naming the line', async () => {
      const text = readFileSync(sample(CSV), 'utf8');
      const cut = Buffer.from(text.slice(0, text.indexOf('\n', 20000) + 200));
      const lines = cut.toString().split('\n').length;
      await expect(
        readCsvOffer('ec2-cut.csv', chunks(cut, 1024), {
          filter: filterFor('AmazonEC2'),
          ctx: new ImportContext(),
          onRecord: () => undefined,
        }),
      ).rejects.toThrow(
        new RegExp(
          `^ec2-cut\\.csv: line ${lines}: row has \\d+ fields, the header has 91 \\(truncated or malformed row\\)$`,
        ),
      );
    });
  });
});

describe('CSV reading', () => {
  it.each([
    ['Instance Type', 'instanceType'],
    ['Pre Installed S/W', 'preInstalledSw'],
    ['usageType', 'usagetype'],
    ['CapacityStatus', 'capacitystatus'],
    ['MarketOption', 'marketoption'],
    ['Region Code', 'regionCode'],
    ['Normalization Size Factor', 'normalizationSizeFactor'],
    ['vCPU', 'vcpu'],
    ['Volume API Name', 'volumeApiName'],
    ['Max IOPS/volume', 'maxIopsvolume'],
    ['Operating System', 'operatingSystem'],
    ['serviceCode', 'servicecode'],
  ])('maps the display column %p to the JSON attribute %p', (column, name) =>
    expect(attributeNameOf(column)).toBe(name),
  );

  async function rows(text: string, size: number): Promise<string[][]> {
    const out: string[][] = [];
    for await (const row of csvRows('t.csv', chunks(Buffer.from(text), size))) out.push(row.fields);
    return out;
  }

  it.each([1, 2, 5, 100])(
    'reads quoted, bare, empty, doubled-quote and multi-line fields with %d-byte chunks',
    async (size) => {
      const text = '"a","b, with comma",,plain\r\n"say ""hi""","line1\nline2",x,\n';
      expect(await rows(text, size)).toEqual([
        ['a', 'b, with comma', '', 'plain'],
        ['say "hi"', 'line1\nline2', 'x', ''],
      ]);
    },
  );

  it('refuses a file that ends inside a quoted field', async () => {
    await expect(rows('"a","unterminated\n', 4)).rejects.toThrow(
      't.csv: line 2: the file ends inside a quoted field that starts on line 1 (truncated?)',
    );
  });
});
