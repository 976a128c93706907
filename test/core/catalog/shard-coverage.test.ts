import {
  COVERAGE_COLUMNS,
  SHARD_COVERAGE_FORMAT,
  joinRegionCoverage,
  regionCoverage,
  shardCoverage,
  staleShardCoverage,
} from '../../../core';
import { coverageSnapshot, ec2Shard, s3Shard } from '../../backend/api/coverage-fixtures';

describe("a shard's coverage summary, joined per region", () => {
  it("joins a region's shard summaries into the region's summary", () => {
    for (const region of ['us-east-1', 'eu-west-1']) {
      const shards = coverageSnapshot().shards.filter((s) => s.region === region);
      const joined = joinRegionCoverage(
        region,
        shards.map((s) => shardCoverage(s).summary),
      );
      expect(joined).toEqual(regionCoverage(region, shards));
    }
    // Worked by hand: EC2 2 instance hours + 1 gp3 volume, S3 1 record; 1 EBS volume type.
    const joined = joinRegionCoverage('eu-west-1', [
      shardCoverage(s3Shard('eu-west-1')).summary,
      shardCoverage(ec2Shard('eu-west-1')).summary,
    ]);
    expect(joined.coverage).toMatchObject({
      records: 4,
      ebsVolumeTypes: 1,
      columns: [{ title: 'EC2 Linux OD', priced: 2, current: 2 }],
    });
    expect(joined.coverage.services.map((s) => s.service)).toEqual(['AmazonEC2', 'AmazonS3']);
    expect(
      joinRegionCoverage('global', [shardCoverage(s3Shard('global')).summary]).coverage,
    ).toMatchObject({ ebsVolumeTypes: null });
  });

  it('refuses two shards of one service in a region', () => {
    expect(() =>
      joinRegionCoverage('us-east-1', [
        shardCoverage(ec2Shard('us-east-1')).summary,
        shardCoverage(ec2Shard('us-east-1', '2026-01-01')).summary,
      ]),
    ).toThrow('us-east-1 has two shards of AmazonEC2: a region has one per service.');
  });

  it('names why a stored summary cannot stand for a shard', () => {
    const shard = ec2Shard('us-east-1', '2026-06-01');
    const stored = shardCoverage(shard);
    expect(staleShardCoverage(stored, shard)).toBeNull();
    expect(staleShardCoverage(undefined, shard)).toBe('no stored summary');
    expect(staleShardCoverage({ ...stored, format: 'aws-cost-shard-coverage/0' }, shard)).toBe(
      `summary of format aws-cost-shard-coverage/0, not ${SHARD_COVERAGE_FORMAT}`,
    );
    expect(staleShardCoverage(stored, ec2Shard('us-east-1', '2026-07-01'))).toBe(
      'summary of version 2026-06-01, not 2026-07-01',
    );
  });

  it('changes its format when the columns change (stored summaries are then computed again)', () => {
    // If this fails, the columns changed: bump SHARD_COVERAGE_FORMAT and update both values here.
    expect(SHARD_COVERAGE_FORMAT).toBe('aws-cost-shard-coverage/2');
    expect(COVERAGE_COLUMNS.map((c) => c.title)).toEqual([
      'EC2 Linux OD',
      'EC2 Linux RI 1yr',
      'EC2 Windows OD',
      'RDS MySQL SAZ',
      'RDS MySQL MAZ',
      'RDS PG SAZ',
      'RDS PG MAZ',
      'RDS MariaDB SAZ',
      'RDS MariaDB MAZ',
      'RDS MySQL SAZ RI 1yr',
      'EC Redis',
      'EC Valkey',
      'EC Memcached',
      'EC Redis RI 1yr',
    ]);
    // …and when a service's figures change (2: dates count a newer source's confirmation).
    const service = shardCoverage(ec2Shard('us-east-1')).summary.coverage.services[0]!;
    expect(Object.keys(service).sort()).toEqual([
      'confirmed',
      'newest',
      'oldest',
      'records',
      'service',
      'sources',
    ]);
  });

  it("summarises a confirmed price by its confirmation date in the shard's summary, as the region's", () => {
    const shard = ec2Shard('eu-west-1');
    const [first, ...rest] = shard.records;
    const confirmedShard = {
      ...shard,
      records: [
        {
          ...first!,
          source: { reference: 'scrape', asOf: '2023-01-06' },
          confirmedBy: { reference: 'copy', asOf: '2026-05', roundedTo: 5 },
        },
        ...rest,
      ],
    };
    const summary = shardCoverage(confirmedShard).summary;
    expect(summary.coverage.services[0]).toMatchObject({
      confirmed: 1,
      oldestPriced: { priced: '2023-01-06', confirmed: '2026-05' },
    });
    expect(summary.coverage.services[0]!.oldest > '2023-01-06').toBe(true);
    expect(joinRegionCoverage('eu-west-1', [summary])).toEqual(
      regionCoverage('eu-west-1', [confirmedShard]),
    );
  });
});
