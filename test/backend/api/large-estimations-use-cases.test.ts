import { gzipSync } from 'node:zlib';
import type { Estimation, EstimationWithParts } from '../../../core';
import { INLINE_JSON_BYTES, hasPartDownloads } from '../../../core';
import { BadRequestError, NotFoundError, ValidationError } from '../../../backend/http/errors';
import { compareCosts } from '../../../backend/use-cases/calculations/compare';
import { calculateCost } from '../../../backend/use-cases/calculations/cost';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { getEstimation } from '../../../backend/use-cases/estimations/get-estimation';
import { updateEstimation } from '../../../backend/use-cases/estimations/update-estimation';
import { jsonUploadKey } from '../../../backend/use-cases/shared/json-uploads';
import { sampleRequirements } from '../../contracts/fixtures';
import { fakesWithEmbeddedCatalog, stored } from './embedded-fakes';
import { alice, bob, ctx } from './fakes';

/** A requirements document the client PUT through a presigned URL (as S3 would store it). */
async function putUpload(
  d: ReturnType<typeof fakesWithEmbeddedCatalog>,
  owner: string,
  body: Uint8Array,
  id: string,
) {
  await d.blobs.put('uploads', jsonUploadKey(id), body, {
    contentType: 'application/json',
    metadata: { owner, expiresat: new Date(d.clock.now().getTime() + 86_400_000).toISOString() },
  });
}

describe('large estimations: stored results, references and part downloads (in-memory fakes)', () => {
  it('stores a result over 1 MiB, answers its summary, and saves it by resultId without resending it', async () => {
    const d = fakesWithEmbeddedCatalog();
    const requirements = sampleRequirements(4000);
    const cost = stored(await calculateCost(d, alice, { requirements }));
    expect(cost.stored.download.bytes).toBeGreaterThan(INLINE_JSON_BYTES);
    expect(cost.summary.lineCount).toBe(4000);
    const comparison = stored(
      await compareCosts(d, alice, {
        requirements,
        scenarios: [{ name: 'A' }, { name: 'Graviton', graviton: true }],
      }),
    );
    const saved = await createEstimation(d, ctx(alice), {
      name: 'Estate',
      requirements,
      resultRef: { resultId: cost.stored.resultId },
      comparisonRef: { resultId: comparison.stored.resultId },
    });
    expect(hasPartDownloads(saved)).toBe(true);
    const withParts = saved as EstimationWithParts;
    expect(withParts.figures).toMatchObject({
      items: 4000,
      monthlyTotal: cost.summary.totals.monthly,
      resultLines: 4000,
      comparedScenarios: 2,
      cheapestScenario: comparison.summary.cheapestScenario,
    });
    expect(withParts.parts.result?.bytes).toBe(cost.stored.download.bytes);
    const full = await d.estimations.get(saved.estimationId);
    expect(full?.result?.totals).toEqual(cost.summary.totals);
    expect(full?.result?.lines).toHaveLength(4000);
    // The summary's coverage keeps the counts; the stored comparison also has the ids.
    expect(full?.comparison?.totals).toMatchObject(comparison.summary.totals);
    expect(comparison.summary.totals[0]?.coverage).not.toHaveProperty('unpricedIds');
  }, 60_000);

  it('answers a small estimation whole, and a large one with a download per part', async () => {
    const d = fakesWithEmbeddedCatalog();
    const small = await createEstimation(d, ctx(alice), {
      name: 's',
      requirements: sampleRequirements(2),
    });
    expect(hasPartDownloads(small)).toBe(false);
    expect((small as Estimation).requirements.items).toHaveLength(2);
    const big = await createEstimation(d, ctx(alice), {
      name: 'b',
      requirements: sampleRequirements(20_000),
    });
    const got = await getEstimation(d, alice, big.estimationId);
    expect(hasPartDownloads(got)).toBe(true);
    expect((got as EstimationWithParts).parts.requirements.url).toMatch(
      /^memory:\/\/estimations\//,
    );
    expect((got as EstimationWithParts).parts.result).toBeNull();
  });

  it('renames without rewriting a part, and drops the result when told to', async () => {
    const d = fakesWithEmbeddedCatalog();
    const requirements = sampleRequirements(3);
    const result = JSON.parse(
      ((await calculateCost(d, alice, { requirements })) as { inlineJson: string }).inlineJson,
    ) as Estimation['result'];
    const e = await createEstimation(d, ctx(alice), { name: 'A', requirements, result });
    const before = await d.estimations.getRecord(e.estimationId);
    await updateEstimation(d, ctx(alice), e.estimationId, { version: 1, name: 'B' });
    const renamed = await d.estimations.getRecord(e.estimationId);
    expect(renamed?.parts).toEqual(before?.parts);
    expect(renamed?.figures).toEqual(before?.figures);
    await updateEstimation(d, ctx(alice), e.estimationId, { version: 2, result: null });
    const dropped = await d.estimations.getRecord(e.estimationId);
    expect(dropped?.parts.result).toBeNull();
    expect(dropped?.parts.requirements).toEqual(before?.parts.requirements);
    expect(dropped?.figures).toMatchObject({ items: 3, monthlyTotal: null, currency: null });
    expect(d.audit.entries.at(-1)?.changes).toMatchObject({
      monthlyTotal: [result?.totals.monthly, null],
    });
  });

  it('reads a stored result for its owner only, as its own kind, for 24 hours', async () => {
    const d = fakesWithEmbeddedCatalog();
    const cost = stored(await calculateCost(d, alice, { requirements: sampleRequirements(4000) }));
    const ref = { resultRef: { resultId: cost.stored.resultId } };
    const base = { name: 'x', requirements: sampleRequirements(1) };
    await expect(createEstimation(d, ctx(bob), { ...base, ...ref })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      createEstimation(d, ctx(alice), {
        ...base,
        comparisonRef: { resultId: cost.stored.resultId },
      }),
    ).rejects.toThrow(/\$\.comparisonRef\.resultId: stored comparison .* was not found/);
    d.clock.advance(25 * 3_600_000);
    await expect(createEstimation(d, ctx(alice), { ...base, ...ref })).rejects.toThrow(
      /expired at .* \(results are kept 24 hours\)/,
    );
  }, 60_000);

  it('takes requirements uploaded as JSON (plain or gzip), checks them, and names the upload in errors', async () => {
    const d = fakesWithEmbeddedCatalog();
    const id = '00000000-0000-4000-8000-0000000000aa';
    const requirements = sampleRequirements(5);
    await putUpload(d, 'alice', gzipSync(JSON.stringify(requirements)), id);
    const saved = (await createEstimation(d, ctx(alice), {
      name: 'up',
      requirementsRef: { uploadId: id },
    })) as Estimation;
    expect(saved.requirements).toEqual(requirements);
    await expect(
      createEstimation(d, ctx(bob), { name: 'up', requirementsRef: { uploadId: id } }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const bad = '00000000-0000-4000-8000-0000000000bb';
    await putUpload(d, 'alice', Buffer.from(JSON.stringify({ settings: {}, items: [] })), bad);
    const invalid = await createEstimation(d, ctx(alice), {
      name: 'bad',
      requirementsRef: { uploadId: bad },
    }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as Error).message).toMatch(
      new RegExp(`upload ${bad} is invalid: \\$\\.settings`),
    );

    const notGzip = '00000000-0000-4000-8000-0000000000cc';
    await putUpload(d, 'alice', new Uint8Array([0x1f, 0x8b, 1, 2, 3]), notGzip);
    await expect(
      createEstimation(d, ctx(alice), { name: 'z', requirementsRef: { uploadId: notGzip } }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});
