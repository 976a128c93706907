import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoS3CatalogStore } from '../../backend/adapters/aws/catalog-store';
import { awsClients } from '../../backend/adapters/aws-clients';
import {
  embeddedCatalogDir,
  readEmbeddedSnapshot,
} from '../../backend/adapters/embedded-catalog-files';
import { EmbeddedCoverageFiles } from '../../backend/adapters/embedded-coverage-files';
import { loadConfig } from '../../backend/config/env';
import { createApiAdapter } from '../../backend/local/api-adapter';
import { loadHandlerModule } from '../../backend/local/stack';
import { tableDefinition } from '../../backend/local/tables';
import { cognitoLocalVerifier } from '../../backend/local/token-verifier';
import { main as pricingImport } from '../../backend/pricing/cli';
import type { AdminCatalogCoverage, CatalogShard } from '../../core';
import type { StoredShard } from '../../backend/ports/catalog-store';
import { TABLES, combineCoverage, regionCoverage } from '../../core';
import type { Listening } from '../helpers/listen';
import { listenEphemeral } from '../helpers/listen';
import type { TestUser } from '../helpers/stack-client';
import { createTestUser } from '../helpers/stack-client';

const fixtures = path.resolve(__dirname, '../fixtures/price-list');
const EC2 = 'offers/v1.0/aws/AmazonEC2';
/** The fixture offer republished as a 2027 release, so it is newer than the embedded EC2 shard. */
const RELEASE = '20270105000000';

/** A Price List mirror with ap-southeast-1's EC2 offer file (the importer fixture) as RELEASE. */
function mirror(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'coverage-mirror-'));
  const put = (to: string, from: string) => {
    const text = readFileSync(path.join(fixtures, from), 'utf8')
      .replaceAll('20250912225308', RELEASE)
      .replaceAll('2025-09-12T22:53:08Z', '2027-01-05T00:00:00Z');
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    writeFileSync(path.join(root, to), text);
  };
  put(`${EC2}/current/region_index.json`, 'ec2-region-index.json');
  put(`${EC2}/${RELEASE}/ap-southeast-1/index.json`, 'tiers-and-reserved-offer.json');
  return root;
}

/** `pricing:import --publish` of the mirror's ap-southeast-1 EC2 release into `store`. */
async function importRelease(store: DynamoS3CatalogStore): Promise<StoredShard> {
  const needs = path.join(mkdtempSync(path.join(tmpdir(), 'coverage-needs-')), 'needs.json');
  writeFileSync(needs, '[]');
  const out = mkdtempSync(path.join(tmpdir(), 'coverage-import-'));
  const args = ['--from', mirror(), '--services', 'AmazonEC2', '--regions', 'ap-southeast-1'];
  // The import's report (what it prints for an operator) is not this test's subject.
  const print = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const exit = await pricingImport([...args, '--needs', needs, '--out', out, '--publish'], {
    store: () => store,
  }).finally(() => print.mockRestore());
  expect(exit).toBe(0);
  const imported = await store.latest('AmazonEC2', 'ap-southeast-1');
  if (!imported) throw new Error('the import published no AmazonEC2 ap-southeast-1 shard');
  return imported;
}

/**
 * A later eu-west-1 public IPv4 shard (the embedded records), its index entries then stripped of
 * their summary: a shard stored before summaries were kept.
 */
async function putWithoutSummary(
  store: DynamoS3CatalogStore,
  table: string,
  embedded: readonly CatalogShard[],
): Promise<CatalogShard> {
  const vpc = embedded.find((s) => s.region === 'eu-west-1' && s.service === 'AmazonVPC');
  if (!vpc) throw new Error('the embedded catalog has no AmazonVPC shard in eu-west-1');
  const later = { ...vpc, version: '2027-01-01', publishedAt: '2027-01-01T00:00:00Z' };
  await store.put(later);
  const { dynamo } = awsClients(loadConfig());
  for (const region of ['eu-west-1', 'eu-west-1#2027-01-01'])
    await dynamo.send(
      new UpdateCommand({
        TableName: table,
        Key: { serviceType: 'AmazonVPC', region },
        UpdateExpression: 'REMOVE coverage',
      }),
    );
  return later;
}

function claims(idToken: string): { iss: string } {
  return JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    iss: string;
  };
}

/**
 * The admin catalog page after a Price List import published shards (DECISIONS 98), over HTTP: this
 * file serves the admin Lambda module itself (the local API adapter, the stack's DynamoDB, S3 and
 * Cognito) with a catalog store of its own — a pricing-data table and templates bucket no other test
 * reads — so the shards it publishes never change the prices the shared stack's tests see.
 */
describe('GET /admin/catalog/coverage after an import published shards', () => {
  let admin: TestUser;
  let api: Listening;
  let store: DynamoS3CatalogStore;
  const names = {
    table: `coverage-pricing-${randomUUID()}`,
    bucket: `coverage-templates-${randomUUID().slice(0, 8)}`,
  };
  const saved = { table: process.env.TABLE_PRICING_DATA, bucket: process.env.BUCKET_TEMPLATES };

  beforeAll(async () => {
    admin = await createTestUser('Admin', 'coverage');
    const { dynamo, s3 } = awsClients(loadConfig());
    const spec = TABLES.find((t) => t.name === 'pricing-data');
    if (!spec) throw new Error('core/api/storage-layout has no pricing-data table');
    await dynamo.send(new CreateTableCommand(tableDefinition(names.table, spec)));
    await s3.send(new CreateBucketCommand({ Bucket: names.bucket }));
    store = new DynamoS3CatalogStore(dynamo, s3, names);
    // Read when the admin module builds its adapters, at this file's first request.
    process.env.TABLE_PRICING_DATA = names.table;
    process.env.BUCKET_TEMPLATES = names.bucket;
    const verifier = cognitoLocalVerifier({
      issuer: claims(admin.idToken).iss,
      clientId: process.env.USER_POOL_CLIENT_ID ?? '',
    });
    api = await listenEphemeral(createApiAdapter({ verifier, loadHandler: loadHandlerModule }));
  });

  afterAll(async () => {
    await api?.close();
    process.env.TABLE_PRICING_DATA = saved.table;
    process.env.BUCKET_TEMPLATES = saved.bucket;
  });

  it("joins the published shards' stored summaries, and names a shard stored without one", async () => {
    const imported = await importRelease(store);
    expect(imported.info).toMatchObject({ version: RELEASE, coverage: { version: RELEASE } });
    const embedded = readEmbeddedSnapshot(embeddedCatalogDir());
    const later = await putWithoutSummary(store, names.table, embedded.shards);

    const res = await fetch(`${api.url}/admin/catalog/coverage`, {
      headers: { Authorization: `Bearer ${admin.idToken}` },
    });
    expect(res.status).toBe(200);
    const coverage = (await res.json()) as AdminCatalogCoverage;
    expect(coverage.version).toBe(`${embedded.version}+store-2-${RELEASE}`);
    expect(coverage.computedLive).toEqual([
      {
        region: 'eu-west-1',
        service: 'AmazonVPC',
        version: '2027-01-01',
        reason: 'no stored summary',
      },
    ]);
    // Expected: the regions the store changed computed from all of their shards at once, every
    // other region the catalog build's summary.
    const replaced = [imported.shard, later];
    const parts = [...(await new EmbeddedCoverageFiles().summaries()).regions].map(
      ([region, stored]) =>
        replaced.some((r) => r.region === region)
          ? regionCoverage(
              region,
              embedded.shards
                .filter((s) => s.region === region)
                .map(
                  (s) => replaced.find((r) => r.region === region && r.service === s.service) ?? s,
                ),
            )
          : stored.summary,
    );
    expect(coverage).toEqual({
      ...combineCoverage(coverage.version, parts),
      computedLive: coverage.computedLive,
    });
    const ec2 = coverage.regions
      .find((r) => r.region === 'ap-southeast-1')
      ?.services.find((s) => s.service === 'AmazonEC2');
    expect(ec2?.records).toBe(imported.info.records);
  });
});
