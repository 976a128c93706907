import type { CatalogSnapshot, Comparison, Estimate } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { BadRequestError, NotFoundError } from '../../../backend/http/errors';
import { CatalogCache } from '../../../backend/use-cases/calculations/catalog-cache';
import { compareCosts } from '../../../backend/use-cases/calculations/compare';
import { calculateCost } from '../../../backend/use-cases/calculations/cost';
import { pricingData } from '../../../backend/use-cases/calculations/pricing-data';
import type { EncodedShard, TermPart } from '../../../core';
import { decodeShard, termPart } from '../../../core';
import { updateSettings } from '../../../backend/use-cases/settings/update-settings';
import { validate } from '../../../backend/http/validate';
import { comparisonSchema, estimateSchema } from '../../../backend/routes/schemas/estimate';
import { requirementsSchema } from '../../../backend/routes/schemas/requirements';
import type { AnswerBody } from '../../../backend/use-cases/shared/large-result';
import { sampleRequirements } from '../../contracts/fixtures';
import { alice, ctx, fakes, root } from './fakes';

/** The inline answer of a calculation (small ones are not stored). */
function inline<T>(body: AnswerBody<unknown>): T {
  if (!('inlineJson' in body)) throw new Error('expected an inline answer');
  return JSON.parse(body.inlineJson) as T;
}

function deps() {
  const f = fakes();
  let loads = 0;
  const catalog = new CatalogCache({
    snapshot: async (): Promise<CatalogSnapshot> => {
      loads++;
      return embeddedSnapshot();
    },
  });
  return { ...f, catalog, loads: () => loads };
}

describe('calculations (embedded catalog, in-memory fakes)', () => {
  it('prices requirements against the catalog, loads it once and counts the calculation', async () => {
    const d = deps();
    const estimate = inline<Estimate>(
      await calculateCost(d, alice, { requirements: sampleRequirements(4) }),
    );
    await calculateCost(d, alice, { requirements: sampleRequirements(2) });
    expect(d.loads()).toBe(1);
    expect(estimate.catalogVersion).toBe(embeddedSnapshot().version);
    expect(estimate.lines).toHaveLength(4);
    expect(estimate.lines.every((l) => l.components.some((c) => c.status === 'priced'))).toBe(true);
    expect(Number(estimate.totals.monthly)).toBeGreaterThan(0);
    expect(await d.counters.sumSince('calculations', d.clock.now(), 1)).toBe(2);
  });

  it("shows results in the admin's default currency when a rate for it is published", async () => {
    const d = deps();
    await updateSettings(
      d,
      ctx(root),
      {
        version: 0,
        defaultCurrency: 'PHP',
        fxRates: [{ currency: 'PHP', rate: '58', asOf: '2026-11-20' }],
      },
      null,
    );
    const estimate = inline<Estimate>(
      await calculateCost(d, alice, { requirements: sampleRequirements(2) }),
    );
    expect(estimate.currency).toBe('PHP');
  });

  it('compares scenarios like for like: deltas on the basis, a cheapest only when it is the whole estimate', async () => {
    const d = deps();
    const c = inline<Comparison>(
      await compareCosts(d, alice, {
        requirements: sampleRequirements(2),
        scenarios: [{ name: 'Singapore' }, { name: 'Virginia', region: 'us-east-1' }],
      }),
    );
    expect(c.scenarios.map((s) => s.region)).toEqual(['ap-southeast-1', 'us-east-1']);
    expect(c.totals[0]?.deltaEffectiveMonthly).toBe('0');
    expect(c.lines).toHaveLength(2);
    expect(c.totals.map((t) => t.coverage.lines)).toEqual([2, 2]);
    if (c.basis.complete)
      expect([c.scenarios[0]?.scenario, c.scenarios[1]?.scenario]).toContain(c.cheapestScenario);
    else expect(c.cheapestScenario).toBeNull();
    await expect(
      compareCosts(d, alice, {
        requirements: sampleRequirements(2),
        scenarios: [{ name: 'A' }, { name: 'A' }],
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('produces results and comparisons the estimation schemas accept (clients store them verbatim)', async () => {
    const d = deps();
    const reserved = {
      kind: 'reserved',
      term: '3yr',
      offeringClass: 'standard',
      purchaseOption: 'All Upfront',
    } as const;
    const cost = inline<Estimate>(
      await calculateCost(d, alice, {
        requirements: sampleRequirements(6),
        scenario: { name: 'RI', pricingModel: reserved, graviton: true },
      }),
    );
    const comparison = inline<Comparison>(
      await compareCosts(d, alice, {
        requirements: sampleRequirements(6),
        scenarios: [
          { name: 'OD' },
          { name: 'RI', pricingModel: reserved },
          { name: 'Graviton', graviton: true },
        ],
      }),
    );
    expect(validate(estimateSchema, cost)).toEqual(cost);
    expect(validate(comparisonSchema, comparison)).toEqual(comparison);
    // A result saved before coverage existed is accepted and completed (coverage is derived from its lines).
    const { coverage, ...legacy } = cost;
    expect(validate(estimateSchema, legacy)).toEqual({ ...legacy, coverage });
    // A client may not store a comparison that names a cheapest scenario on an unequal basis.
    if (!comparison.basis.complete)
      expect(() => validate(comparisonSchema, { ...comparison, cheapestScenario: 'OD' })).toThrow(
        /cheapestScenario: must be null unless every line is priced in every scenario/,
      );
  });

  it('refuses an instance type that does not exist and Windows on Graviton, by JSON path', () => {
    const requirements = sampleRequirements(1);
    const bad = {
      ...requirements,
      items: [
        { id: 'a', service: 'ec2', quantity: 1, instanceType: 'm7g.huge', os: 'Linux' },
        { id: 'b', service: 'ec2', quantity: 1, instanceType: 'm7g.large', os: 'Windows' },
      ],
    };
    expect(() => validate(requirementsSchema, bad)).toThrow(
      /\$\.items\[0\]\.instanceType: "m7g\.huge" is not an EC2 instance type.*\$\.items\[1\]\.os: Windows does not run on Graviton/,
    );
  });

  it('accepts Dedicated Hosts by family and prices them as whole hosts, a visible gap without a host price', async () => {
    const requirements = {
      ...sampleRequirements(1),
      items: [{ id: 'hosts', service: 'ec2', quantity: 2, os: 'Linux', dedicatedHostFamily: 'm5' }],
    };
    const accepted = validate(requirementsSchema, requirements);
    const estimate = inline<Estimate>(
      await calculateCost(deps(), alice, { requirements: accepted }),
    );
    const line = estimate.lines.find((l) => l.itemId === 'hosts')!;
    // The embedded catalog holds no Dedicated Host price yet: the line says so and adds nothing.
    expect(line.components.map((c) => c.status)).toEqual(['price-not-in-catalog']);
    expect(line.components[0]!.explanation).toContain('Dedicated Host');
    expect(estimate.coverage.unpricedIds).toEqual(['hosts']);
  });

  it('refuses a Dedicated Hosts line that also names an instance type, or an unknown family', () => {
    const base = sampleRequirements(1);
    const withType = {
      ...base,
      items: [
        {
          id: 'h',
          service: 'ec2',
          quantity: 1,
          os: 'Linux',
          dedicatedHostFamily: 'm5',
          instanceType: 'm5.large',
        },
      ],
    };
    expect(() => validate(requirementsSchema, withType)).toThrow(
      /\$\.items\[0\]\.dedicatedHostFamily: a Dedicated Hosts line names the host family only/,
    );
    const unknown = {
      ...base,
      items: [{ id: 'h', service: 'ec2', quantity: 1, os: 'Linux', dedicatedHostFamily: 'zz9' }],
    };
    expect(() => validate(requirementsSchema, unknown)).toThrow(
      /\$\.items\[0\]\.dedicatedHostFamily: "zz9" is not an EC2 instance family/,
    );
  });

  it("serves a region's shards with a stable ETag, and 404 for a region the catalog lacks", async () => {
    const d = deps();
    const a = await pricingData(d, 'ap-southeast-1');
    const b = await pricingData(d, 'ap-southeast-1');
    const parsed = JSON.parse(a.body) as { region: string; shards: { region?: string }[] };
    expect(parsed.region).toBe('ap-southeast-1');
    expect(parsed.shards.length).toBeGreaterThan(0);
    expect(b.etag).toBe(a.etag);
    expect((await pricingData(d, 'us-east-1')).etag).not.toBe(a.etag);
    await expect(pricingData(d, 'af-south-9')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('serves one term part with ?terms=: On-Demand, or the Reserved and Savings Plans rates (DECISIONS 95)', async () => {
    const d = deps();
    const decode = async (terms?: TermPart) => {
      const answer = await pricingData(d, 'us-east-1', terms);
      const parsed = JSON.parse(answer.body) as { terms?: string; shards: EncodedShard[] };
      const records = parsed.shards.flatMap((s) => decodeShard(s).records);
      return { etag: answer.etag, terms: parsed.terms, records };
    };
    const all = await decode();
    const onDemand = await decode('on-demand');
    const commitments = await decode('commitments');
    expect([all.terms, onDemand.terms, commitments.terms]).toEqual([
      undefined,
      'on-demand',
      'commitments',
    ]);
    expect(new Set([all.etag, onDemand.etag, commitments.etag]).size).toBe(3);
    expect(onDemand.records.every((r) => termPart(r.term) === 'on-demand')).toBe(true);
    expect(commitments.records.every((r) => termPart(r.term) === 'commitments')).toBe(true);
    expect(commitments.records.some((r) => r.term.type === 'SavingsPlan')).toBe(true);
    expect(commitments.records.some((r) => r.term.type === 'Reserved')).toBe(true);
    expect(onDemand.records.length + commitments.records.length).toBe(all.records.length);
  });

  it('serves every region of the vocabulary, beyond the first six (EC2 prices decode from the codec)', async () => {
    const d = deps();
    for (const region of ['me-central-1', 'ap-southeast-7', 'ca-west-1']) {
      const parsed = JSON.parse((await pricingData(d, region)).body) as {
        region: string;
        shards: EncodedShard[];
      };
      expect(parsed.region).toBe(region);
      const ec2 = parsed.shards.find((s) => s.service === 'AmazonEC2');
      expect(ec2 && decodeShard(ec2).records.length).toBeGreaterThan(500);
    }
  });
});
