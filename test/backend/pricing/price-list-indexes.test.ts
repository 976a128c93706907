import { readFileSync } from 'node:fs';
import { PriceListFormatError } from '../../../backend/pricing/errors';
import {
  parseRegionIndex,
  parseSavingsPlanRegionIndex,
  parseServiceIndex,
  parseVersionIndex,
  regionOfferPath,
} from '../../../backend/pricing/price-list-indexes';
import { fixture, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const read = (path: string): string => readFileSync(path, 'utf8');

describeIf(realSamples, 'real Price List samples', () => {
  describe('Price List indexes: real samples', () => {
    it('reads the service index: 242 offers with their URLs, 5 with Savings Plans', () => {
      const file = sample('jtdelia--ec2-priceit--1-global-service-index.json');
      const index = parseServiceIndex(file, read(file));
      expect(index.publicationDate).toBe('2025-09-12T23:25:36Z');
      expect(index.offers.size).toBe(242);
      expect(index.offers.get('AmazonEC2')).toEqual({
        offerCode: 'AmazonEC2',
        versionIndexUrl: '/offers/v1.0/aws/AmazonEC2/index.json',
        currentVersionUrl: '/offers/v1.0/aws/AmazonEC2/current/index.json',
        currentRegionIndexUrl: '/offers/v1.0/aws/AmazonEC2/current/region_index.json',
        savingsPlanVersionIndexUrl: expect.stringMatching(
          /^\/savingsPlan\/v1\.0\/aws\/AWSComputeSavingsPlan\//,
        ),
        currentSavingsPlanIndexUrl: expect.stringMatching(
          /^\/savingsPlan\/v1\.0\/aws\/AWSComputeSavingsPlan\//,
        ),
      });
      const withPlans = [...index.offers.values()]
        .filter((o) => o.currentSavingsPlanIndexUrl)
        .map((o) => o.offerCode)
        .sort();
      expect(withPlans).toEqual([
        'AWSLambda',
        'AmazonEC2',
        'AmazonECS',
        'AmazonEKS',
        'AmazonSageMaker',
      ]);
      expect(index.offers.get('AmazonSageMaker')?.currentSavingsPlanIndexUrl).toContain(
        'AWSMachineLearningSavingsPlans',
      );
    });

    it('reads the unsorted version index: current version from currentVersion, versions newest first', () => {
      const file = sample('jtdelia--ec2-priceit--2-versionIndexUrl-file.json');
      const text = read(file);
      const index = parseVersionIndex(file, text);
      expect(Object.keys((JSON.parse(text) as { versions: object }).versions)[0]).toBe(
        '20180607191619',
      );
      expect(index.offerCode).toBe('AmazonEC2');
      expect(index.currentVersion).toBe('20250912225308');
      expect(index.versions).toHaveLength(110);
      expect(index.versions[0]).toEqual({
        version: '20250912225308',
        effectiveBegin: expect.any(String),
        effectiveEnd: '',
        offerVersionUrl: '/offers/v1.0/aws/AmazonEC2/20250912225308/index.json',
      });
      expect(index.versions.at(-1)?.version).toBe('20151209144527');
      const ids = index.versions.map((v) => v.version);
      expect([...ids].sort().reverse()).toEqual(ids);
    });

    it('reads the Savings Plans region index (formatVersion last, Local and Wavelength Zones included)', () => {
      const file = sample('jtdelia--ec2-priceit--4-currentSavingsPlanIndexUrl-list.json');
      const index = parseSavingsPlanRegionIndex(file, read(file));
      expect(index.publicationDate).toBe('2025-09-11T18:44:47Z');
      expect(index.regions.size).toBe(103);
      expect(index.regions.get('ap-east-2')).toEqual({
        regionCode: 'ap-east-2',
        url: '/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250911184447/ap-east-2/index.json',
      });
      expect(index.regions.has('us-west-2-den-1')).toBe(true);
      expect(index.regions.has('us-east-1-wl1-chi1')).toBe(true);
    });
  });
});

describe('Price List indexes: region index fixture and errors', () => {
  it('reads an offer region index', () => {
    const file = fixture('ec2-region-index.json');
    expect([...parseRegionIndex(file, read(file)).values()]).toEqual([
      {
        regionCode: 'ap-east-2',
        url: '/offers/v1.0/aws/AmazonEC2/20250912225308/ap-east-2/index.json',
      },
      {
        regionCode: 'ap-southeast-1',
        url: '/offers/v1.0/aws/AmazonEC2/20250912225308/ap-southeast-1/index.json',
      },
    ]);
  });

  it('builds region offer paths with the documented URL scheme', () => {
    expect(regionOfferPath('AmazonEC2', 'us-east-1')).toBe(
      '/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json',
    );
    expect(regionOfferPath('AmazonRDS', 'eu-west-1', '20250912225308', 'csv')).toBe(
      '/offers/v1.0/aws/AmazonRDS/20250912225308/eu-west-1/index.csv',
    );
  });

  it('names the file and JSON path of a bad index', () => {
    expect(() =>
      parseVersionIndex(
        'v.json',
        '{"offerCode":"X","publicationDate":"p","currentVersion":"2","versions":{"1":{"versionEffectiveBeginDate":"b","offerVersionUrl":"u"}}}',
      ),
    ).toThrow('v.json: currentVersion 2 is not among $.versions');
    expect(() =>
      parseServiceIndex('s.json', '{"publicationDate":"p","offers":{"A":{"offerCode":"A"}}}'),
    ).toThrow('s.json: $.offers.A.versionIndexUrl must be a string');
    expect(() => parseRegionIndex('r.json', '{"regions": [')).toThrow(PriceListFormatError);
  });
});
