/**
 * Builds the embedded catalog snapshot (core/catalog/data/*.json) from the public price facts in
 * ../shared/pricing-reference and from AWS pricing-page prices curated by hand. Every record keeps
 * its own source and date. Run: `node --import tsx scripts/snapshot/curate.ts [--date YYYY-MM-DD]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogShard } from '../../core/catalog/catalog-shard';
import type { PriceRecord } from '../../core/catalog/price-record';
import { REGIONS } from './curated-record';
import { linuxOnDemand, exportPrices } from './ec2';
import { commitmentSamples } from './ec2-commitments';
import { encodeRegion } from './encode';
import { windowsOnDemand } from './ec2-windows';
import { FEEDS, Feed } from './feeds';
import { ReferenceFacts } from './published';
import { rdsInstances } from './rds';
import type { RdsFile } from './references';
import { FILES, readReference } from './references';
import { cloudwatch, rdsStorage } from './services-database';
import { dynamodb, eks, elasticache, fargate, lambda } from './services-compute';
import { cloudfront, route53 } from './services-global';
import { dataTransfer, loadBalancers, natGateway, publicIpv4 } from './services-network';
import { s3 } from './services-s3';
import { ebs } from './services-storage';

const SHARD_SOURCE: Readonly<Record<string, string>> = {
  AmazonEC2:
    'curated:EC2 instances (Linux On-Demand for every priced type; Windows, RI and SP where sourced), EBS, NAT gateway',
  AmazonRDS: 'curated:RDS MySQL/PostgreSQL instances (On-Demand + RI), RDS storage and backup',
  AmazonS3: 'curated:S3 storage classes, requests and retrievals',
  AWSLambda: 'curated:Lambda duration and requests',
  AmazonECS: 'curated:Fargate vCPU, memory and ephemeral storage',
  AmazonEKS: 'curated:EKS cluster hours',
  AmazonDynamoDB: 'curated:DynamoDB on-demand request units',
  AmazonElastiCache: 'curated:ElastiCache node hours',
  AWSDataTransfer: 'curated:data transfer, intra- and inter-region',
  AWSELB: 'curated:Application load balancer hours',
  AmazonVPC: 'curated:public IPv4 addresses',
  AmazonCloudWatch: 'curated:CloudWatch metrics, alarms and logs',
  AmazonRoute53: 'curated:Route 53 hosted zones',
  AmazonCloudFront: 'curated:CloudFront data transfer out and to origin',
};

export function allRecords(): PriceRecord[] {
  const dbClasses = readReference<RdsFile>(FILES.rds).instance_classes;
  const facts = new ReferenceFacts();
  const ec2 = [
    ...linuxOnDemand(dbClasses),
    ...exportPrices(dbClasses),
    ...commitmentSamples(dbClasses),
  ];
  return [
    ...ec2,
    ...windowsOnDemand(dbClasses, new Set(ec2.map((r) => r.id))),
    ...ebs(new Feed(FEEDS.ebs), facts),
    ...natGateway(facts),
    ...rdsInstances(),
    ...rdsStorage(new Feed(FEEDS.rdsMysql), facts),
    ...s3(facts),
    ...lambda(facts),
    ...fargate(facts),
    ...eks(),
    ...dynamodb(facts),
    ...elasticache(new Feed(FEEDS.elasticache)),
    ...dataTransfer(facts),
    ...loadBalancers(facts),
    ...publicIpv4(facts),
    ...cloudwatch(facts),
    ...route53(facts),
    ...cloudfront(facts),
  ];
}

/** Group records into (service, region) shards; version = the newest price date in the shard. */
export function toShards(records: readonly PriceRecord[]): CatalogShard[] {
  const groups = new Map<string, PriceRecord[]>();
  const ids = new Set<string>();
  for (const record of records) {
    if (ids.has(record.id)) throw new Error(`Duplicate record id ${record.id}.`);
    ids.add(record.id);
    const key = `${record.service}|${record.region}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => {
      const first = group[0] as PriceRecord;
      const version =
        group
          .map((r) => r.effectiveDate)
          .sort()
          .at(-1) ?? first.effectiveDate;
      const source = SHARD_SOURCE[first.service];
      if (!source) throw new Error(`No shard source description for ${first.service}.`);
      return {
        service: first.service,
        region: first.region,
        version,
        publishedAt: `${version}T00:00:00Z`,
        source,
        records: group,
      };
    });
}

function main(): void {
  const dateArg = process.argv.indexOf('--date');
  const date = dateArg >= 0 ? process.argv[dateArg + 1] : new Date().toISOString().slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('--date must be YYYY-MM-DD.');
  const outDir = path.resolve(__dirname, '../../core/catalog/data');
  mkdirSync(outDir, { recursive: true });
  const shards = toShards(allRecords());
  const regions = [...REGIONS, 'global'];
  for (const region of regions) {
    const file = encodeRegion(
      region,
      shards.filter((s) => s.region === region),
    );
    const text = JSON.stringify(file);
    writeFileSync(path.join(outDir, `${region}.json`), `${text}\n`);
    const count = file.shards.reduce((n, s) => n + s.records.length, 0);
    console.log(
      `${region}: ${file.shards.length} shards, ${count} records, ${(text.length / 1024).toFixed(0)} KiB`,
    );
  }
  const index = { version: `embedded-${date}`, createdAt: `${date}T00:00:00Z`, regions };
  writeFileSync(path.join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
}

if (require.main === module) main();
