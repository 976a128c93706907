import type { PriceRecord } from '../../core';
import { SameDateConflictError, identity, mergeRecords } from '../../scripts/snapshot/merge';
import { record } from '../core/catalog/catalog-fixtures';

const attributes = {
  instanceType: 'm5.large',
  operatingSystem: 'Linux',
  tenancy: 'Shared',
  preInstalledSw: 'NA',
  licenseModel: 'No License required',
  capacitystatus: 'Used',
};
const feed = (price: string, date = '2025-04-04'): PriceRecord =>
  record({
    sku: 'FEEDSKU000000001',
    attributes: { ...attributes, vcpu: '2' },
    price,
    effectiveDate: date,
  });
const curated = (price: string, date: string, what = 'a'): PriceRecord => {
  const id = `curated:AmazonEC2:ap-southeast-1:m5.large:Linux:${what}`;
  return record({
    sku: id,
    id,
    attributes: { ...attributes, usagetype: 'APS1-BoxUsage:m5.large' },
    price,
    effectiveDate: date,
  });
};

describe('merging the catalog sources', () => {
  it('groups records by what the engine selects on, not by every attribute', () => {
    expect(identity(feed('0.1'))).toBe(identity(curated('0.1', '2024-04-01')));
    expect(identity(feed('0.1'))).not.toBe(identity({ ...feed('0.1'), unit: 'Quantity' }));
  });

  it('keeps the newer price when two sources disagree', () => {
    const { records, report } = mergeRecords([
      curated('0.1150000000', '2024-04-01'),
      feed('0.1200000000'),
    ]);
    expect(records.map((r) => [r.id, r.price])).toEqual([
      ['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7', '0.1200000000'],
    ]);
    expect(report.superseded).toBe(1);
    const newerCurated = mergeRecords([
      curated('0.1300000000', '2026-07-20'),
      feed('0.1200000000'),
    ]);
    expect(newerCurated.records.map((r) => r.price)).toEqual(['0.1300000000']);
  });

  it('keeps the official rateCode when the sources agree, whatever their dates', () => {
    const { records, report } = mergeRecords([curated('0.12', '2026-07-20'), feed('0.1200000000')]);
    expect(records.map((r) => r.id)).toEqual(['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7']);
    expect(report).toMatchObject({ superseded: 0, duplicates: 1 });
  });

  it('drops a newer rounded copy that an exact record rounds to, and keeps one that differs', () => {
    // The 2026-07 export prints 4 decimals: m6i.xlarge's 1 yr No Upfront 0.127 is AWS's 0.12701.
    const rounded = (r: PriceRecord): number | undefined =>
      r.id.endsWith(':export') ? 4 : undefined;
    const copy = mergeRecords(
      [feed('0.1270100000'), curated('0.1270000000', '2026-07-20', 'export')],
      rounded,
    );
    expect(copy.records.map((r) => [r.id, r.price])).toEqual([
      ['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7', '0.1270100000'],
    ]);
    expect(copy.report).toMatchObject({ superseded: 0, duplicates: 0, roundedCopies: 1 });
    // Half a unit of the fourth decimal is still a rounding; more is a price the export adds.
    expect(
      mergeRecords([feed('0.1270500000'), curated('0.127', '2026-07-20', 'export')], rounded).report
        .roundedCopies,
    ).toBe(1);
    const change = mergeRecords(
      [feed('0.1270600000'), curated('0.127', '2026-07-20', 'export')],
      rounded,
    );
    expect(change.records.map((r) => r.price)).toEqual(['0.127']);
    expect(change.report).toMatchObject({ superseded: 1, roundedCopies: 0 });
    // Without the rounding rule the same copy would replace the exact price.
    expect(
      mergeRecords([feed('0.1270100000'), curated('0.127', '2026-07-20', 'export')]).records[0]
        ?.price,
    ).toBe('0.127');
  });

  it('reads the places from the record’s source, and a finer rounding beats a coarser one whatever the dates (DECISIONS 96)', () => {
    const rounded = (price: string, date: string, what: string, places?: number): PriceRecord => {
      const r = curated(price, date, what);
      return {
        ...r,
        source: {
          reference: `https://example.org/${what}`,
          asOf: date,
          ...(places === undefined ? {} : { roundedTo: places }),
        },
      };
    };
    // The 2026-05 copy prints us-east-1's 21.957642 as 21.95764 elsewhere: an exact older
    // record of 21.957642 is kept over the newer rounded one.
    const exactWins = mergeRecords([
      rounded('21.957642', '2025-06-01', 'exact'),
      rounded('21.95764', '2026-05-01', 'copy', 5),
    ]);
    expect(exactWins.records.map((r) => r.price)).toEqual(['21.957642']);
    expect(exactWins.report).toMatchObject({ roundedCopies: 1, superseded: 0, duplicates: 0 });
    // An equal value is a rounded copy too: the exact record is kept, whatever its date.
    const equal = mergeRecords([
      rounded('0.0081', '2023-01-06', 'scrape'),
      rounded('0.0081', '2026-05-01', 'copy', 5),
    ]);
    expect(equal.records.map((r) => r.id)).toEqual([
      'curated:AmazonEC2:ap-southeast-1:m5.large:Linux:scrape',
    ]);
    // Of two rounding sources, the one with more places is kept (4-decimal export, 5-decimal copy).
    const finer = mergeRecords([
      rounded('0.12701', '2026-05-01', 'copy', 5),
      rounded('0.127', '2026-07-01', 'export', 4),
    ]);
    expect(finer.records.map((r) => r.price)).toEqual(['0.12701']);
    expect(finer.report.roundedCopies).toBe(1);
    // Two records of the same precision never drop each other: the ordinary rule decides.
    const same = mergeRecords([
      rounded('0.12701', '2026-05-01', 'copy', 5),
      rounded('0.12702', '2026-07-01', 'other', 5),
    ]);
    expect(same.records.map((r) => r.price)).toEqual(['0.12702']);
    expect(same.report).toMatchObject({ roundedCopies: 0, superseded: 1 });
    // More than half a unit away is a price the rounding source adds (an AWS price change).
    const change = mergeRecords([
      rounded('21.957642', '2025-06-01', 'exact'),
      rounded('21.95770', '2026-05-01', 'copy', 5),
    ]);
    expect(change.records.map((r) => r.price)).toEqual(['21.95770']);
    expect(change.report).toMatchObject({ roundedCopies: 0, superseded: 1 });
  });

  it('stops on a disagreement between sources of the same date, naming both', () => {
    const run = () => mergeRecords([curated('0.1100000000', '2025-04-04'), feed('0.1200000000')]);
    expect(run).toThrow(SameDateConflictError);
    expect(run).toThrow(
      /curated:AmazonEC2:ap-southeast-1:m5.large:Linux:a = 0.1100000000 .*FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7 = 0.1200000000/,
    );
  });

  it('keeps the official record when the newest copy has its price, and the middle source that differs loses (DECISIONS 91)', () => {
    // The 2025-04-04 feed, a 2026-07-20 table that differs, a 2026-09-24 copy equal to the feed.
    const { records, report } = mergeRecords([
      feed('2.1760000000'),
      curated('2.3066', '2026-07-20', 'karpenter'),
      curated('2.176', '2026-09-24', 'sep24'),
    ]);
    expect(records.map((r) => [r.id, r.price])).toEqual([
      ['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7', '2.1760000000'],
    ]);
    expect(report.superseded).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(report.changes.map((c) => [c.record.price, c.kept.price, c.newest, c.kind])).toEqual([
      ['2.3066', '2.1760000000', '2026-09-24', 'contradicted'],
    ]);
  });

  it('takes the newest price when it differs from every older source: an AWS price change', () => {
    const { records, report } = mergeRecords([
      feed('32.7726000000'),
      curated('21.957642', '2026-05-01', 'may'),
      curated('21.957642', '2026-09-24', 'sep24'),
    ]);
    expect(records.map((r) => [r.id, r.price])).toEqual([
      ['curated:AmazonEC2:ap-southeast-1:m5.large:Linux:sep24', '21.957642'],
    ]);
    expect(report.changes.map((c) => [c.record.id, c.kind])).toEqual([
      ['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7', 'price change'],
    ]);
  });

  describe('a kept record remembers the newest source that confirms its price (DECISIONS 101)', () => {
    const sourced = (
      r: PriceRecord,
      reference: string,
      asOf: string,
      roundedTo?: number,
    ): PriceRecord => ({
      ...r,
      source: { reference, asOf, ...(roundedTo === undefined ? {} : { roundedTo }) },
    });
    const feedRecord = sourced(feed('2.1760000000'), 'feed', '2025-04-04');
    const copy = (price: string, date: string, what: string, roundedTo?: number): PriceRecord =>
      sourced(
        curated(price, date, what),
        `https://example.org/${what}`,
        date.slice(0, 7),
        roundedTo,
      );

    it('an equal price of a newer source confirms the official record it does not replace', () => {
      const { records, report } = mergeRecords([feedRecord, copy('2.176', '2026-09-24', 'sep24')]);
      expect(records).toEqual([
        { ...feedRecord, confirmedBy: { reference: 'https://example.org/sep24', asOf: '2026-09' } },
      ]);
      expect(report).toMatchObject({ duplicates: 1, confirmed: 1, superseded: 0 });
    });

    it('an older source of the same price confirms nothing; nor does a newest record kept itself', () => {
      const older = mergeRecords([feedRecord, copy('2.176', '2024-04-01', 'apr24')]);
      expect(older.records).toEqual([feedRecord]);
      expect(older.report.confirmed).toBe(0);
      // Two curated copies: the newer is kept (no official id), with nothing newer to confirm it.
      const newest = mergeRecords([
        copy('0.5', '2024-04-01', 'apr24'),
        copy('0.5', '2026-05-01', 'may26'),
      ]);
      expect(newest.records.map((r) => [r.id, r.confirmedBy])).toEqual([
        ['curated:AmazonEC2:ap-southeast-1:m5.large:Linux:may26', undefined],
      ]);
    });

    it('a newer rounding of an exact price confirms it, to its decimals; a newer other price does not', () => {
      // The 2023-01-06 scrape's exact 0.0081 and the 2026-05 copy's 0.0081 printed to 5 decimals.
      const scrape = copy('0.0081', '2023-01-06', 'scrape');
      const equal = mergeRecords([scrape, copy('0.0081', '2026-05-01', 'copy', 5)]);
      expect(equal.records).toEqual([
        {
          ...scrape,
          confirmedBy: { reference: 'https://example.org/copy', asOf: '2026-05', roundedTo: 5 },
        },
      ]);
      expect(equal.report).toMatchObject({ roundedCopies: 1, confirmed: 1 });
      // 21.95764 is 21.957642 rounded to 5 decimals: a confirmation, not a change.
      const exact = copy('21.957642', '2025-06-01', 'exact');
      const rounding = mergeRecords([exact, copy('21.95764', '2026-05-01', 'copy', 5)]);
      expect(rounding.records.map((r) => [r.price, r.confirmedBy?.asOf])).toEqual([
        ['21.957642', '2026-05'],
      ]);
      // A rounded copy of a price a still newer source changed confirms nothing: the new price is kept alone.
      const changed = mergeRecords([
        copy('0.5', '2023-01-06', 'scrape'),
        copy('0.5', '2026-05-01', 'copy', 5),
        copy('0.45', '2026-09-24', 'sep24'),
      ]);
      expect(changed.records.map((r) => [r.price, r.confirmedBy])).toEqual([['0.45', undefined]]);
      expect(changed.report).toMatchObject({ roundedCopies: 1, superseded: 1, confirmed: 0 });
    });

    it('of several confirmers the newest is named; of one date an exact source before a rounding one', () => {
      const several = mergeRecords([
        copy('2.176', '2026-05-01', 'may26', 5),
        feedRecord,
        copy('2.176', '2026-09-24', 'sep24'),
        copy('2.176', '2026-07-20', 'jul26'),
      ]);
      expect(several.records.map((r) => [r.id, r.price, r.confirmedBy?.reference])).toEqual([
        ['FEEDSKU000000001.JRTCKXETXF.6YS6EN2CT7', '2.1760000000', 'https://example.org/sep24'],
      ]);
      expect(several.report).toMatchObject({ confirmed: 1, duplicates: 2, roundedCopies: 1 });
      const sameDate = mergeRecords([
        feedRecord,
        copy('2.176', '2026-05-01', 'rounding', 5),
        copy('2.176', '2026-05-01', 'exact'),
      ]);
      expect(sameDate.records[0]?.confirmedBy?.reference).toBe('https://example.org/exact');
    });

    it('never changes the kept price, and names a confirmer without a source by its id and date', () => {
      const unsourced = curated('2.176', '2026-09-24', 'sep24');
      const { records } = mergeRecords([feedRecord, unsourced]);
      expect(records[0]?.price).toBe(feedRecord.price);
      expect(records[0]?.confirmedBy).toEqual({ reference: unsourced.id, asOf: '2026-09-24' });
    });
  });

  it('leaves records of different tiers, terms or regions alone', () => {
    const tier2 = {
      ...feed('0.1'),
      id: 'FEEDSKU000000001.JRTCKXETXF.TIER2XXXXX',
      beginRange: '100',
    };
    const other = { ...feed('0.2'), region: 'us-east-1' };
    expect(mergeRecords([feed('0.1'), tier2, other]).records).toHaveLength(3);
  });
});
