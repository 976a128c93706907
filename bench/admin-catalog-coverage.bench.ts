/**
 * The admin catalog page's coverage: `npm run bench -- admin-catalog-coverage`. What the admin
 * function (256 MB, 10 s) pays for `GET /admin/catalog/coverage` in a fresh process: from the
 * embedded catalog's precomputed coverage (DECISIONS 93) with no published shard, with one region
 * and with every region partly replaced by the catalog store (computed live, a region at a time),
 * against computing core's coverage over the whole decoded snapshot (the path before). Each row is
 * one fresh Node process per run; the median of RUNS, with the heap kept after a full GC and the
 * process's peak RSS (which, for the published rows, includes reading the shards the store is
 * filled with).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { median, runBenchChild } from './fresh-process';
import { EmbeddedCatalogSource } from '../backend/adapters/aws/embedded-catalog-source';
import {
  embeddedCatalogDir,
  embeddedSnapshot,
  readEmbeddedSnapshot,
} from '../backend/adapters/embedded-catalog-files';
import { EmbeddedCoverageFiles } from '../backend/adapters/embedded-coverage-files';
import { MemoryCatalogStore } from '../backend/adapters/memory/catalog-store';
import { LayeredCatalogSource } from '../backend/use-cases/calculations/layered-catalog-source';
import { catalogCoverageNow } from '../backend/use-cases/catalog/catalog-coverage';
import type { CatalogCoverage } from '../core';
import { catalogCoverage } from '../core';

const RUNS = 3;
const SCENARIOS = {
  embedded: 'precomputed, no published shard',
  'one-region': 'us-east-1 partly published (computed live)',
  'every-region': 'all 33 partly published (live, a region at a time)',
  before: 'whole snapshot decoded (before DECISIONS 93)',
} as const;
type Scenario = keyof typeof SCENARIOS;

interface ChildFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly heapMb: number;
  readonly peakRssMb: number;
  readonly regions: number;
}

/**
 * A store holding a later AmazonVPC shard (its records as embedded) for each of `regions`, read
 * from a snapshot of its own that is dropped before the clock starts (in AWS the store's shards
 * come from S3, not from the embedded files).
 */
async function storeFor(regions: readonly string[]): Promise<MemoryCatalogStore> {
  const store = new MemoryCatalogStore();
  for (const shard of readEmbeddedSnapshot(embeddedCatalogDir()).shards)
    if (shard.service === 'AmazonVPC' && regions.includes(shard.region))
      await store.put({ ...shard, version: '2027-01-01', publishedAt: '2027-01-01T00:00:00Z' });
  return store;
}

/** The coverage answer of `scenario`, its store filled before the clock starts. */
async function prepare(scenario: Scenario): Promise<() => Promise<CatalogCoverage>> {
  if (scenario === 'before') return async () => catalogCoverage(embeddedSnapshot());
  const regions = [...new Set(embeddedSnapshot().shards.map((s) => s.region))];
  const published =
    scenario === 'embedded' ? [] : scenario === 'one-region' ? ['us-east-1'] : regions;
  const store = await storeFor(published);
  return () =>
    catalogCoverageNow({
      catalog: new LayeredCatalogSource(new EmbeddedCatalogSource(), store),
      embeddedCoverage: new EmbeddedCoverageFiles(),
    });
}

/** In the child: one coverage answer from a fresh process. */
async function child(scenario: Scenario): Promise<void> {
  const coverage = await prepare(scenario);
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await coverage();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  (globalThis as { gc?: () => void }).gc?.();
  const figures: ChildFigures = {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: process.memoryUsage().heapUsed / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    regions: result.regions.length,
  };
  console.log(JSON.stringify(figures));
}

function runChild(scenario: Scenario): ChildFigures {
  return runBenchChild<ChildFigures>(__filename, scenario);
}

function parent(): void {
  console.log('## Admin catalog coverage (bench/admin-catalog-coverage.bench.ts)\n');
  console.log(
    `| GET /admin/catalog/coverage in a fresh process, ${RUNS} runs | wall, median (min–max) | CPU, median | heap after, median | peak RSS, median | regions |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const [scenario, label] of Object.entries(SCENARIOS)) {
    const runs = Array.from({ length: RUNS }, () => runChild(scenario as Scenario));
    const wall = runs.map((r) => r.wallMs);
    console.log(
      `| ${label} | ${median(wall).toFixed(0)} ms (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)}) | ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms | ${median(runs.map((r) => r.heapMb)).toFixed(1)} MB | ${median(runs.map((r) => r.peakRssMb)).toFixed(0)} MB | ${runs[0]?.regions ?? 0} |`,
    );
  }
  console.log(
    `\nThe admin function has 256 MB and 10 s (infra/config/function-specs.ts). Load average when run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${os.cpus().length} cores.`,
  );
}

const at = process.argv.indexOf('--child');
if (at > 0) void child((process.argv[at + 1] ?? 'embedded') as Scenario);
else parent();
