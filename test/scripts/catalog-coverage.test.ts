import type { CatalogSnapshot, PriceRecord, TypeRow } from '../../core';
import {
  AWS_REGION_CODES,
  PRICE_LIST_GROUP,
  catalogCoverage,
  coverageReport,
  regionDatesText,
  serviceDatesText,
} from '../../core';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import { datesTable, summaryTable } from '../../scripts/snapshot/coverage-cli';
import { record } from '../core/catalog/catalog-fixtures';

const ec2 = (type: string, os: string, current: 'Yes' | 'No', reserved = false): PriceRecord =>
  record({
    sku: `SKU${type}${os}${reserved ? 'RI' : ''}`.replace(/[^A-Z0-9]/gi, '').toUpperCase(),
    region: 'us-east-1',
    attributes: {
      instanceType: type,
      operatingSystem: os,
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
      currentGeneration: current,
    },
    ...(reserved
      ? {
          term: {
            type: 'Reserved',
            leaseContractLength: '1yr',
            offeringClass: 'standard',
            purchaseOption: 'No Upfront',
          },
        }
      : {}),
  });

describe('catalog coverage report', () => {
  it('counts records per region, service and pricing model, and shares of current-generation types', () => {
    const snapshot: CatalogSnapshot = {
      version: 'test',
      createdAt: '',
      shards: [
        {
          service: 'AmazonEC2',
          region: 'us-east-1',
          version: '2025-04-04',
          publishedAt: '',
          source: 'test',
          records: [
            ec2('m7g.large', 'Linux', 'Yes'),
            ec2('m7i.large', 'Linux', 'Yes'),
            ec2('m7i.large', 'Windows', 'Yes'),
            ec2('m7g.large', 'Linux', 'Yes', true),
            ec2('m3.large', 'Linux', 'No'),
          ],
        },
      ],
    };
    const report = coverageReport(snapshot);
    expect(report.models).toEqual([
      { region: 'us-east-1', service: 'AmazonEC2', model: 'On-Demand', records: 4 },
      {
        region: 'us-east-1',
        service: 'AmazonEC2',
        model: 'Reserved 1yr standard No Upfront',
        records: 1,
      },
    ]);
    const row = (variant: string, model: string): Partial<TypeRow> | undefined =>
      report.types.find((t) => t.variant === variant && t.model === model);
    // Two current-generation types (m3 is previous generation and not counted).
    expect(row('Linux', 'On-Demand')).toMatchObject({ priced: 2, current: 2, share: 1 });
    expect(row('Windows', 'On-Demand')).toMatchObject({ priced: 1, current: 2, share: 0.5 });
    expect(row('Linux', 'Reserved 1yr standard No Upfront')).toMatchObject({
      priced: 1,
      share: 0.5,
    });
    expect(summaryTable(report)).toContain('| us-east-1 | 5 | 100 % | 50.0 % | 50.0 % |');
  });

  it('summarises per region and service for the console: records, sources, price dates, columns', () => {
    const withSource = (r: PriceRecord, reference: string, asOf: string): PriceRecord => ({
      ...r,
      source: { reference, asOf },
    });
    const snapshot: CatalogSnapshot = {
      version: 'test',
      createdAt: '',
      shards: [
        {
          service: 'AmazonEC2',
          region: 'us-east-1',
          version: 'v',
          publishedAt: '',
          source: 'test',
          records: [
            withSource(ec2('m7g.large', 'Linux', 'Yes'), 'feed-a', '2025-04-04'),
            withSource(ec2('m7i.large', 'Linux', 'Yes'), 'feed-a', '2025-04-04'),
            withSource(ec2('m7i.large', 'Windows', 'Yes'), 'page-b', '2023-01-06'),
            // No source: its effective date (2025-09-01 in the fixture) stands for its price date.
            ec2('m3.large', 'Linux', 'No'),
          ],
        },
      ],
    };
    expect(catalogCoverage(snapshot)).toEqual({
      version: 'test',
      regions: [
        {
          region: 'us-east-1',
          records: 4,
          services: [
            {
              service: 'AmazonEC2',
              records: 4,
              sources: 2,
              oldest: '2023-01-06',
              newest: '2025-09-01',
              confirmed: 0,
            },
          ],
          // Only the columns with current-generation types to measure; RDS and ElastiCache absent.
          columns: [
            { title: 'EC2 Linux OD', priced: 2, current: 2 },
            { title: 'EC2 Windows OD', priced: 1, current: 2 },
          ],
          ebsVolumeTypes: 0,
        },
      ],
      // Most records first; the record without a source is the Price List's, dated by its effective date.
      sources: [
        { source: 'feed-a', references: 1, records: 2, oldest: '2025-04-04', newest: '2025-04-04' },
        {
          source: PRICE_LIST_GROUP,
          references: 0,
          records: 1,
          oldest: '2025-09-01',
          newest: '2025-09-01',
        },
        { source: 'page-b', references: 1, records: 1, oldest: '2023-01-06', newest: '2023-01-06' },
      ],
    });
  });

  it('dates a price a newer source confirmed unchanged by the confirmation, and names the older price date beside it (DECISIONS 101)', () => {
    const dated = (r: PriceRecord, asOf: string, confirmedAt?: string): PriceRecord => ({
      ...r,
      source: { reference: asOf < '2024' ? 'page-b' : 'feed-a', asOf },
      ...(confirmedAt
        ? { confirmedBy: { reference: 'copy-c', asOf: confirmedAt, roundedTo: 5 } }
        : {}),
    });
    const shard = (records: PriceRecord[]): CatalogSnapshot => ({
      version: 'test',
      createdAt: '',
      shards: [
        {
          service: 'AmazonEC2',
          region: 'us-east-1',
          version: 'v',
          publishedAt: '',
          source: 'test',
          records,
        },
      ],
    });
    // The 2023-01-06 scrape's two Windows prices, confirmed by the 2026-05 copy (one also by a later
    // one): the oldest date a price is known to hold is the feed's 2025-04-04, the newest 2026-07.
    const confirmed = catalogCoverage(
      shard([
        dated(ec2('m7g.large', 'Linux', 'Yes'), '2025-04-04'),
        dated(ec2('m7i.large', 'Windows', 'Yes'), '2023-01-06', '2026-05'),
        dated(ec2('m7g.large', 'Windows', 'Yes'), '2023-01-06', '2026-07'),
      ]),
    );
    const service = confirmed.regions[0]!.services[0]!;
    expect(service).toEqual({
      service: 'AmazonEC2',
      records: 3,
      sources: 2,
      oldest: '2025-04-04',
      newest: '2026-07',
      confirmed: 2,
      oldestPriced: { priced: '2023-01-06', confirmed: '2026-05' },
    });
    expect(serviceDatesText(service)).toBe(
      '2025-04-04 to 2026-07 (oldest priced 2023-01-06, confirmed unchanged 2026-05)',
    );
    expect(regionDatesText(confirmed.regions[0]!)).toBe(
      '2025-04-04 to 2026-07 (oldest priced 2023-01-06, confirmed unchanged 2026-05)',
    );
    // A source's own dates stay its prices' dates: the scrape is still of 2023-01-06.
    expect(confirmed.sources.find((g) => g.source === 'page-b')).toMatchObject({
      oldest: '2023-01-06',
      newest: '2023-01-06',
    });
    expect(datesTable(confirmed)).toContain(
      '| us-east-1 | AmazonEC2 | 3 | 2 | 2025-04-04 to 2026-07 (oldest priced 2023-01-06, confirmed unchanged 2026-05) |',
    );
    // One price of that date without a confirmation keeps the oldest date where it was: nothing to name.
    const unconfirmed = catalogCoverage(
      shard([
        dated(ec2('m7i.large', 'Windows', 'Yes'), '2023-01-06', '2026-05'),
        dated(ec2('m7g.large', 'Windows', 'Yes'), '2023-01-06'),
      ]),
    ).regions[0]!;
    expect(unconfirmed.services[0]).toMatchObject({
      oldest: '2023-01-06',
      newest: '2026-05',
      confirmed: 1,
    });
    expect(unconfirmed.services[0]!.oldestPriced).toBeUndefined();
    expect(regionDatesText(unconfirmed)).toBe('2023-01-06 to 2026-05');
  });

  describe('the embedded catalog (issue #12 "done when")', () => {
    const report = coverageReport(embeddedSnapshot());
    const share = (region: string, service: string, variant: string, model = 'On-Demand') =>
      report.types.find(
        (t) =>
          t.region === region &&
          t.service === service &&
          t.variant === variant &&
          t.model === model,
      )?.share ?? 0;
    /** Regions the 2024-09-28 RDS On-Demand feeds predate (launched 2025): no RDS prices there. */
    const NO_RDS_FEED = ['ap-southeast-7', 'mx-central-1'];
    /** Regions the 2024-07-18 EBS feed predates. */
    const NO_EBS_FEED = ['ap-southeast-5', 'ap-southeast-7', 'mx-central-1'];

    it('prices EC2 Linux On-Demand for ≥ 95 % of current-generation types in all 32 regions', () => {
      const low = AWS_REGION_CODES.filter((r) => share(r, 'AmazonEC2', 'Linux') < 0.95);
      expect(low).toEqual([]);
    });

    it('prices RDS MySQL, PostgreSQL and MariaDB Single-AZ and Multi-AZ in every region the feeds cover', () => {
      const gaps: string[] = [];
      for (const region of AWS_REGION_CODES.filter((r) => !NO_RDS_FEED.includes(r)))
        for (const engine of ['MySQL', 'PostgreSQL', 'MariaDB'])
          for (const deployment of ['Single-AZ', 'Multi-AZ'])
            if (share(region, 'AmazonRDS', `${engine} ${deployment}`) < 0.95)
              gaps.push(`${region} ${engine} ${deployment}`);
      expect(gaps).toEqual([]);
    });

    it('prices ElastiCache nodes of every engine in all 32 regions, and EBS where the feed has it', () => {
      const gaps: string[] = [];
      for (const region of AWS_REGION_CODES) {
        for (const engine of ['Redis', 'Valkey', 'Memcached'])
          if (share(region, 'AmazonElastiCache', engine) < 0.95) gaps.push(`${region} ${engine}`);
        if (!NO_EBS_FEED.includes(region) && (report.ebs[region] ?? 0) < 6)
          gaps.push(`${region} EBS`);
      }
      expect(gaps).toEqual([]);
    });
  });
});
