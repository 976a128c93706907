/**
 * Re-price of a large saved estimate: `npm run bench -- reprice-large`. What the calculations
 * function (1,769 MB, 29 s; infra/config/function-specs.ts) pays for `POST /calculations/reprice`
 * of a saved 10,000-VM RVTools estate (scripts/rvtools-estate.ts, seed 13: 18,148 lines) whose
 * answer is stored (DECISIONS 97): read the saved result, price the saved requirements again, match
 * every line, store the re-pricing and its estimate (gzip) and answer the summary. The parent
 * prepares the saved estimation's two parts as gzip files; each child is a fresh process with the
 * function's V8 flags that saves them to in-memory adapters (by reference, as the pane does),
 * collects garbage, then runs the use case once: wall and CPU time, heap after, and the process's
 * peak RSS (the re-price dominates it; the save before it parses only the requirements). The
 * end-to-end figure over HTTP is the north-star bench's "re-price (saved estimate)" step.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, runBenchChild } from './fresh-process';
import { embeddedSnapshot } from '../backend/adapters/embedded-catalog-files';
import { readRequirementsFile } from '../backend/cli/read-input';
import { CatalogCache } from '../backend/use-cases/calculations/catalog-cache';
import { calculateCost } from '../backend/use-cases/calculations/cost';
import { repriceSaved } from '../backend/use-cases/calculations/reprice';
import { createEstimation } from '../backend/use-cases/estimations/create-estimation';
import { encodeJson } from '../backend/use-cases/shared/json-part';
import { jsonUploadKey } from '../backend/use-cases/shared/json-uploads';
import { resultKey } from '../backend/use-cases/shared/stored-results';
import { PRICING_SEMI_SPACE_MB } from '../infra/config/function-specs';
import { rvtoolsEstate } from '../scripts/rvtools-estate';
import { alice, ctx, fakes } from '../test/backend/api/fakes';

const VMS = 10_000;
const RUNS = 3;
const UPLOAD_ID = '00000000-0000-4000-8000-00000000beef';

interface ChildFigures {
  readonly lines: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  readonly peakRssMb: number;
  readonly storedBytes: number;
  readonly storedGzipBytes: number;
  readonly answerBytes: number;
}

function deps() {
  const catalog = new CatalogCache({ snapshot: async () => embeddedSnapshot() });
  return { ...fakes(), catalog };
}

/** The parent: the estate's requirements and its On-Demand estimate as the saved parts (gzip). */
async function prepare(): Promise<{ dir: string; lines: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reprice-bench-'));
  const estate = await rvtoolsEstate({ vms: VMS, seed: 13 });
  const workbook = path.join(dir, 'rvtools.xlsx');
  writeFileSync(workbook, estate.workbook);
  const { requirements } = await readRequirementsFile(workbook, {
    readText: async (p) => readFileSync(p, 'utf8'),
    readBytes: async (p) => readFileSync(p),
    err: () => undefined, // the reader's notes on the estate (powered-off VMs left out…)
  });
  const d = deps();
  const cost = await calculateCost(d, alice, { requirements });
  if ('inlineJson' in cost) throw new Error('a 10,000-VM estimate is expected to be stored');
  const stored = await d.blobs.get('uploads', resultKey(cost.stored.resultId));
  writeFileSync(path.join(dir, 'requirements.json.gz'), (await encodeJson(requirements)).gzip);
  writeFileSync(path.join(dir, 'previous.json.gz'), stored!.body);
  writeFileSync(path.join(dir, 'previous.meta.json'), JSON.stringify(stored!.metadata));
  return { dir, lines: requirements.items.length };
}

/** In the child: the saved estimation, then one re-price of it, measured. */
async function child(dir: string): Promise<void> {
  const d = deps();
  const expiresat = new Date(d.clock.now().getTime() + 3_600_000).toISOString();
  await d.blobs.put(
    'uploads',
    jsonUploadKey(UPLOAD_ID),
    readFileSync(path.join(dir, 'requirements.json.gz')),
    {
      contentType: 'application/json',
      metadata: { owner: alice.userId, expiresat },
    },
  );
  const meta = JSON.parse(readFileSync(path.join(dir, 'previous.meta.json'), 'utf8')) as Record<
    string,
    string
  >;
  await d.blobs.put(
    'uploads',
    resultKey('previous'),
    readFileSync(path.join(dir, 'previous.json.gz')),
    {
      contentType: 'application/json',
      contentEncoding: 'gzip',
      metadata: { ...meta, owner: alice.userId, expiresat },
    },
  );
  const saved = await createEstimation(d, ctx(alice), {
    name: `${VMS} VMs`,
    requirementsRef: { uploadId: UPLOAD_ID },
    resultRef: { resultId: 'previous' },
  });
  await d.catalog.catalog();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBeforeMb = process.memoryUsage().heapUsed / 1e6;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const answer = await repriceSaved(d, alice, { estimationId: saved.estimationId });
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if ('inlineJson' in answer) throw new Error('the re-price was expected to be stored');
  gc?.();
  const figures: ChildFigures = {
    lines: answer.summary.lineCount,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heapBeforeMb,
    heapAfterMb: process.memoryUsage().heapUsed / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    storedBytes: answer.stored.download.bytes,
    storedGzipBytes: answer.stored.download.compressedBytes,
    answerBytes: Buffer.byteLength(JSON.stringify(answer)),
  };
  console.log(JSON.stringify(figures));
}

async function parent(): Promise<void> {
  const { dir, lines } = await prepare();
  const flags = [`--max-semi-space-size=${PRICING_SEMI_SPACE_MB}`];
  const runs = Array.from({ length: RUNS }, () =>
    runBenchChild<ChildFigures>(__filename, dir, flags),
  );
  const m = (pick: (r: ChildFigures) => number) => median(runs.map(pick));
  const wall = runs.map((r) => r.wallMs);
  const first = runs[0]!;
  console.log('## Re-price of a saved 10,000-VM estimate (bench/reprice-large.bench.ts)\n');
  console.log(
    `| POST /calculations/reprice use case, fresh process, ${RUNS} runs | wall, median (min–max) | CPU, median | heap before → after, median | peak RSS, median | stored re-pricing | answer |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  console.log(
    `| ${VMS.toLocaleString('en-US')} VMs, ${lines.toLocaleString('en-US')} lines (${first.lines} re-priced) | ${m((r) => r.wallMs).toFixed(0)} ms (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)}) | ${m((r) => r.cpuMs).toFixed(0)} ms | ${m((r) => r.heapBeforeMb).toFixed(0)} → ${m((r) => r.heapAfterMb).toFixed(0)} MB | ${m((r) => r.peakRssMb).toFixed(0)} MB | ${(first.storedBytes / 1_048_576).toFixed(1)} MiB JSON, ${(first.storedGzipBytes / 1_048_576).toFixed(1)} MiB gzip | ${(first.answerBytes / 1024).toFixed(1)} KiB |`,
  );
  console.log(
    `\nThe calculations function has 1,769 MB and 29 s, V8 semi-space ${PRICING_SEMI_SPACE_MB} MB (infra/config/function-specs.ts). Load average when run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${os.cpus().length} cores.`,
  );
}

const at = process.argv.indexOf('--child');
if (at > 0) void child(process.argv[at + 1] ?? '');
else
  parent().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
