import type { CatalogSnapshot } from '../../../core/catalog/catalog-shard';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { runValidationGate } from '../../../core/catalog/validation-gate';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import {
  catalogNeeds,
  needGaps,
  PUBLISHED_REGIONS,
  splitNeeds,
} from '../../../core/estimate/catalog-needs';
import { queryKey } from '../../../core/estimate/cached-lookup';
import { describeQuery } from '../../../core/estimate/price-components';
import { priceRequirements } from '../../../core/estimate/price-requirements';

describe('catalogNeeds(): the price queries the engine issues', () => {
  const needs = catalogNeeds();
  const { required, optional } = splitNeeds(needs);

  it('has one need per distinct query, every priced service among them', () => {
    expect(new Set(needs.map((n) => queryKey(n.query))).size).toBe(needs.length);
    const services = new Set(needs.map((n) => n.query.service));
    for (const s of ['AmazonEC2', 'AmazonS3', 'AmazonRDS', 'AWSLambda', 'AmazonRoute53'])
      expect(services).toContain(s);
  });

  it('are the queries an estimate really makes: pricing a need-shaped item looks up exactly that query', () => {
    const catalog = new PriceCatalog({ version: 'empty', createdAt: '', shards: [] });
    const estimate = priceRequirements(
      {
        settings: { region: 'eu-west-1', pricingModel: { kind: 'on-demand' } },
        items: [{ id: 'vm', service: 'ec2', quantity: 3, instanceType: 'm5.large', os: 'Linux' }],
      },
      catalog,
    );
    // The gap names the query in words; the same words come from the need for m5.large in eu-west-1.
    const need = required.find(
      (n) => n.query.region === 'eu-west-1' && n.query.attributes.instanceType === 'm5.large',
    );
    expect(need).toBeDefined();
    expect(estimate.lines[0]!.components[0]!.explanation).toContain(
      `(${describeQuery(need!.query)})`,
    );
    expect(needGaps(catalog, [need!])[0]!.text).toContain(describeQuery(need!.query));
  });

  it('requires EC2 Linux On-Demand, EBS gp3, S3 Standard and internet egress in each published region', () => {
    for (const region of PUBLISHED_REGIONS) {
      const here = required.filter((n) => n.query.region === region);
      const ec2 = here.filter((n) => n.query.productFamily === 'Compute Instance');
      expect(ec2.map((n) => n.query.attributes.operatingSystem)).toEqual(ec2.map(() => 'Linux'));
      expect(ec2.length).toBeGreaterThanOrEqual(4);
      expect(here.some((n) => n.query.attributes.volumeApiName === 'gp3')).toBe(true);
      expect(here.some((n) => n.query.service === 'AmazonS3')).toBe(true);
      expect(here.some((n) => n.query.service === 'AWSDataTransfer')).toBe(true);
    }
    expect(new Set(required.map((n) => n.query.service))).toEqual(
      new Set(['AmazonEC2', 'AmazonS3', 'AWSDataTransfer']),
    );
    expect(optional.length).toBeGreaterThan(required.length);
  });

  it('filters by the services and regions being imported; regions outside the published set are optional only', () => {
    const s3 = catalogNeeds({ services: ['AmazonS3'], regions: ['us-east-1'] });
    expect(s3.length).toBeGreaterThan(0);
    expect(new Set(s3.map((n) => `${n.query.service} ${n.query.region}`))).toEqual(
      new Set(['AmazonS3 us-east-1']),
    );
    const elsewhere = catalogNeeds({ regions: ['ap-east-2'] });
    expect(elsewhere.some((n) => n.query.region === 'ap-east-2')).toBe(true);
    expect(elsewhere.filter((n) => n.required)).toEqual([]);
  });
});

describe('the validation gate with catalogNeeds() on the embedded snapshot', () => {
  const snapshot = embeddedSnapshot();
  const { required, optional } = splitNeeds(catalogNeeds());

  it('PASSES on the required needs, and reports the optional gaps', () => {
    const report = runValidationGate({ candidate: snapshot, needs: required });
    expect(report.text).toContain('PASSED');
    expect(report.passed).toBe(true);
    const gaps = needGaps(snapshot, optional);
    console.log(
      `Embedded snapshot ${snapshot.version}: ${required.length} required needs all found; ` +
        `${optional.length - gaps.length} of ${optional.length} optional found, ${gaps.length} gaps:\n` +
        gaps.map((g) => `- ${g.text}`).join('\n'),
    );
    expect(gaps.every((g) => !g.need.required)).toBe(true);
  });

  it('REFUSES the snapshot once a required price is taken out, naming what is missing', () => {
    const withoutM5: CatalogSnapshot = {
      ...snapshot,
      shards: snapshot.shards.map((s) =>
        s.service === 'AmazonEC2' && s.region === 'eu-west-1'
          ? {
              ...s,
              records: s.records.filter(
                (r) =>
                  !(
                    r.attributes.instanceType === 'm5.large' &&
                    r.attributes.operatingSystem === 'Linux' &&
                    r.term.type === 'OnDemand'
                  ),
              ),
            }
          : s,
      ),
    };
    const report = runValidationGate({ candidate: withoutM5, needs: required });
    expect(report.passed).toBe(false);
    expect(report.text).toContain(
      'missing price for ec2: Instance usage (Linux, On-Demand, m5.large) (eu-west-1)',
    );
  });
});
