import type { Estimate } from '../../../core';
import { validate } from '../../../backend/http/validate';
import { requirementsSchema } from '../../../backend/routes/schemas/requirements';
import { calculateCost } from '../../../backend/use-cases/calculations/cost';
import type { AnswerBody } from '../../../backend/use-cases/shared/large-result';
import { sampleRequirements } from '../../contracts/fixtures';
import { fakesWithEmbeddedCatalog } from './embedded-fakes';
import { alice } from './fakes';

/**
 * #12 item 5 through the API's schema and the embedded catalog: RDS options, EC2 surplus credits,
 * EBS fast snapshot restore, a Local Zone. Prices are the embedded catalog's records of AWS's RDS
 * and EBS pricing-page feeds (us-east-1, published 2024-09-28 and 2024-07-18); totals by hand.
 */
function inline<T>(body: AnswerBody<unknown>): T {
  if (!('inlineJson' in body)) throw new Error('expected an inline answer');
  return JSON.parse(body.inlineJson) as T;
}

const rdsItem = {
  id: 'pg',
  service: 'rds',
  region: 'us-east-1',
  quantity: 1,
  engine: 'postgresql',
  instanceClass: 'db.m5.large',
  deployment: 'single-az',
  storageType: 'io1',
  storageGb: 200,
  iops: 3000,
  performanceInsightsRetentionMonths: 2,
  extendedSupport: { majorVersion: '11', year: 3 },
};

describe('option inputs of #12 item 5 (API schema, embedded catalog)', () => {
  it('prices RDS io1, Performance Insights and Extended Support, EBS fast snapshot restore; a Local Zone stays unpriced', async () => {
    const requirements = validate(requirementsSchema, {
      ...sampleRequirements(1),
      items: [
        rdsItem,
        {
          id: 'vol',
          service: 'ebs',
          region: 'us-east-1',
          quantity: 1,
          volumeType: 'gp3',
          storageGb: 100,
          fastSnapshotRestores: 1,
        },
        {
          id: 'lz',
          service: 'ec2',
          region: 'us-east-1-bos-1',
          quantity: 1,
          instanceType: 't3.micro',
          os: 'Linux',
          surplusCpuCredits: 60,
        },
      ],
    });
    const estimate = inline<Estimate>(
      await calculateCost(fakesWithEmbeddedCatalog(), alice, { requirements }),
    );
    const line = (id: string) => estimate.lines.find((l) => l.itemId === id)!;
    // PostgreSQL db.m5.large Single-AZ $0.178/h × 730 = 129.94; io1 200 GB × $0.125 = 25;
    // 3,000 IOPS × $0.10 = 300; PI 2 vCPU × $1.50 = 3 + 2 vCPU × 1 month × $0.0631 = 0.1262;
    // Extended Support PostgreSQL 11 year 3: 2 vCPU × 730 h × $0.20 = 292 → 750.0662.
    expect(line('pg').monthly).toBe('750.0662');
    expect(line('pg').components.every((c) => c.status === 'priced')).toBe(true);
    // gp3 100 GB × $0.08 = 8; 1 pair × 730 DSU-hours × $0.75 = 547.50 → 555.50.
    expect(line('vol').monthly).toBe('555.5');
    const lz = line('lz');
    expect(lz.components.map((c) => c.status)).toEqual([
      'price-not-in-catalog',
      'price-not-in-catalog',
    ]);
    expect(lz.warnings[0]).toMatch(/us-east-1-bos-1 is a Local Zone of us-east-1/);
  });

  it('refuses an Extended Support year or a retention the pricing pages do not have, by JSON path', () => {
    const bad = (over: Record<string, unknown>) => () =>
      validate(requirementsSchema, { ...sampleRequirements(1), items: [{ ...rdsItem, ...over }] });
    expect(bad({ extendedSupport: { majorVersion: '11', year: 4 } })).toThrow(
      /\$\.items\[0\]\.extendedSupport\.year/,
    );
    expect(bad({ extendedSupport: { majorVersion: 'eleven', year: 1 } })).toThrow(
      /\$\.items\[0\]\.extendedSupport\.majorVersion: must be a major version such as 5\.7 or 12/,
    );
    expect(bad({ performanceInsightsRetentionMonths: 30 })).toThrow(
      /\$\.items\[0\]\.performanceInsightsRetentionMonths: must be at most 24 months/,
    );
  });
});
