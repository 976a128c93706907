import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fixtures = path.resolve(__dirname, '../fixtures/price-list');
const EC2 = 'offers/v1.0/aws/AmazonEC2';

/**
 * A Price List mirror of the endpoint's paths (what `PRICE_LIST_MIRROR_DIR` and
 * `pricing:import --from DIR` read) with the EC2 region index and ap-southeast-1's offer file, from
 * the repository's importer fixtures. An excerpt: with the engine's needs the gate refuses it.
 */
export function priceListMirror(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'price-list-mirror-'));
  const put = (to: string, from: string) => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    copyFileSync(path.join(fixtures, from), path.join(root, to));
  };
  put(`${EC2}/current/region_index.json`, 'ec2-region-index.json');
  put(`${EC2}/20250912225308/ap-southeast-1/index.json`, 'tiers-and-reserved-offer.json');
  return root;
}

/**
 * The environment that points a stack's catalog refresh at that mirror: EC2 in ap-southeast-1, the
 * one region the mirror has, and us-east-1, which it lacks — so a refresh is always refused (the
 * gate names the missing file and prices) and never publishes fixture prices into a test stack.
 */
export function refusingRefreshEnv(): Record<string, string> {
  return {
    PRICE_LIST_MIRROR_DIR: priceListMirror(),
    CATALOG_SERVICES: 'AmazonEC2',
    CATALOG_REGIONS: 'ap-southeast-1,us-east-1',
  };
}
