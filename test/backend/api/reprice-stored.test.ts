import type {
  EstimateRepricing,
  EstimationWithParts,
  RepricingSummary,
  Requirements,
} from '../../../core';
import { INLINE_JSON_BYTES } from '../../../core';
import { NotFoundError } from '../../../backend/http/errors';
import { calculateCost } from '../../../backend/use-cases/calculations/cost';
import { repriceSaved } from '../../../backend/use-cases/calculations/reprice';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { updateEstimation } from '../../../backend/use-cases/estimations/update-estimation';
import { decodeJson } from '../../../backend/use-cases/shared/json-part';
import { resultKey } from '../../../backend/use-cases/shared/stored-results';
import { sampleRequirements } from '../../contracts/fixtures';
import { fakesWithEmbeddedCatalog, stored } from './embedded-fakes';
import { alice, bob, ctx } from './fakes';

/*
 * A re-price too large to answer inline is stored like a large Calculate answer (in-memory fakes).
 * sampleRequirements(4000): 2,000 lines of 2 × m7g.large Linux and 2,000 of 2 × 100 GB gp3 in
 * ap-southeast-1. Worked by hand from AWS's prices there (embedded catalog, EC2 feed 2025-04-04;
 * aws.amazon.com/ec2/pricing/on-demand/, aws.amazon.com/ebs/pricing/): m7g.large $0.102/h →
 * 2 × 730 × 0.102 = $148.92 a line; gp3 $0.096/GB-month → 2 × 100 × 0.096 = $19.20 a line;
 * monthly 2,000 × 148.92 + 2,000 × 19.20 = $336,240. Re-priced with 3 instances a line:
 * 3 × 730 × 0.102 = $223.38, +$74.46 a line, +$148,920 in all → $485,160.
 */
function threeInstances(r: Requirements): Requirements {
  return {
    ...r,
    items: r.items.map((i) => (i.service === 'ec2' ? { ...i, quantity: 3 } : i)),
  };
}

/** An estimation of `lines` lines saved with its calculated result (stored when large). */
async function savedEstimate(d: ReturnType<typeof fakesWithEmbeddedCatalog>, lines: number) {
  const requirements = sampleRequirements(lines);
  const cost = await calculateCost(d, alice, { requirements });
  const result =
    'inlineJson' in cost
      ? { result: JSON.parse(cost.inlineJson) }
      : { resultRef: { resultId: cost.stored.resultId } };
  const saved = await createEstimation(d, ctx(alice), { name: 'Estate', requirements, ...result });
  return { requirements, saved };
}

describe('POST /calculations/reprice: a large re-price is stored (in-memory fakes)', () => {
  it('stores a re-price over 1 MiB whole and its estimate alone, and summarises both', async () => {
    const d = fakesWithEmbeddedCatalog();
    const { requirements, saved } = await savedEstimate(d, 4000);
    const answer = stored(
      await repriceSaved(d, alice, {
        estimationId: saved.estimationId,
        requirements: threeInstances(requirements),
      }),
    );
    const { summary } = answer;
    expect(answer.stored.kind).toBe('reprice');
    expect(answer.stored.download.bytes).toBeGreaterThan(INLINE_JSON_BYTES);
    expect(summary.estimate.kind).toBe('estimate');
    expect(summary.estimate.resultId).not.toBe(answer.stored.resultId);
    expect(summary.totals.previous.monthly).toBe('336240');
    expect(summary.totals.current.monthly).toBe('485160');
    expect(summary.totals.deltaMonthly).toBe('148920');
    expect(summary.lineStatuses).toEqual({
      unchanged: 2000,
      changed: 2000,
      added: 0,
      removed: 0,
      'newly-priced': 0,
      'no-longer-priced': 0,
    });
    expect(summary.lineCount).toBe(4000);
    expect(summary.totals.currentCoverage).toEqual({
      lines: 4000,
      priced: 4000,
      partial: 0,
      unpriced: 0,
    });
    expect(summary.sizingPolicy.changes).toEqual([]);
    expect(summary.estimateSummary).toMatchObject({ lineCount: 4000, currency: 'USD' });
    expect(summary.estimateSummary).not.toHaveProperty('lines');
    expect(JSON.stringify(summary).length).toBeLessThan(10_000);

    // The stored copies are the whole re-pricing and its estimate, byte for byte what it summarises.
    const whole = await d.blobs.get('uploads', resultKey(answer.stored.resultId));
    const repricing = await decodeJson<EstimateRepricing>(whole!.body);
    expect(repricing.lines).toHaveLength(4000);
    expect(repricing.totals.deltaMonthly).toBe('148920');
    const alone = await d.blobs.get('uploads', resultKey(summary.estimate.resultId));
    expect(await decodeJson(alone!.body)).toEqual(repricing.estimate);
  }, 120_000);

  it('saves the re-priced estimate by resultRef as the estimation’s new version', async () => {
    const d = fakesWithEmbeddedCatalog();
    const { requirements, saved } = await savedEstimate(d, 4000);
    const changed = threeInstances(requirements);
    const { summary, stored: whole } = stored<RepricingSummary>(
      await repriceSaved(d, alice, { estimationId: saved.estimationId, requirements: changed }),
    );
    const put = (resultId: string) =>
      updateEstimation(d, ctx(alice), saved.estimationId, {
        version: 1,
        requirements: changed,
        resultRef: { resultId },
      });
    // Only the estimate is a result: the whole re-pricing is not, and not for another user.
    await expect(put(whole.resultId)).rejects.toThrow(
      /\$\.resultRef\.resultId: stored estimate .* was not found/,
    );
    await expect(
      updateEstimation(d, ctx(bob), saved.estimationId, {
        version: 1,
        resultRef: { resultId: summary.estimate.resultId },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const updated = (await put(summary.estimate.resultId)) as EstimationWithParts;
    expect(updated.version).toBe(2);
    expect(updated.figures).toMatchObject({
      monthlyTotal: '485160',
      resultLines: 4000,
      coverage: { lines: 4000, priced: 4000, partial: 0, unpriced: 0 },
    });
    const again = stored(await repriceSaved(d, alice, { estimationId: saved.estimationId }));
    expect(again.summary.totals.previous.monthly).toBe('485160');
    expect(again.summary.totals.deltaMonthly).toBe('0');
  }, 120_000);

  it('answers a small re-price inline and stores nothing', async () => {
    const d = fakesWithEmbeddedCatalog();
    const { saved } = await savedEstimate(d, 2);
    const answer = await repriceSaved(d, alice, { estimationId: saved.estimationId });
    expect('inlineJson' in answer).toBe(true);
    const repricing = JSON.parse(
      (answer as { inlineJson: string }).inlineJson,
    ) as EstimateRepricing;
    expect(repricing.totals.previous.monthly).toBe('168.12');
    expect(repricing.totals.deltaMonthly).toBe('0');
    expect(await d.blobs.list('uploads', 'uploads/temp/results/')).toEqual([]);
  });
});
