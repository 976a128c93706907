/**
 * The admin catalog page's coverage: `npm run bench -- admin-catalog-coverage`. What the admin
 * function (256 MB, 10 s) pays for `GET /admin/catalog/coverage` in a fresh process, from the
 * embedded catalog's precomputed shard summaries and the summaries the catalog store keeps with
 * each published shard (DECISIONS 98): with no published shard, after a full refresh (the refresh's
 * seven services in every region), with every shard of every region published, and the full refresh
 * published before summaries were stored (each of its shards computed from its body, one at a
 * time). The store is a file store filled by this (parent) process before the children run, so a
 * child's memory holds only what the coverage reads. Each row is one fresh Node process per run;
 * the median of RUNS, with the heap kept after a full GC and the process's peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FileCatalogStore } from './file-catalog-store';
import { median, runBenchChild } from './fresh-process';
import { EmbeddedCatalogSource } from '../backend/adapters/aws/embedded-catalog-source';
import {
  embeddedCatalogDir,
  readEmbeddedSnapshot,
} from '../backend/adapters/embedded-catalog-files';
import { EmbeddedCoverageFiles } from '../backend/adapters/embedded-coverage-files';
import { refreshConfig } from '../backend/pricing/configured-source';
import { LayeredCatalogSource } from '../backend/use-cases/calculations/layered-catalog-source';
import { catalogCoverageNow } from '../backend/use-cases/catalog/catalog-coverage';

const RUNS = 3;
const SCENARIOS = {
  embedded: 'no published shard',
  refresh: 'full refresh published (7 services × every region), summaries stored',
  everything: 'every shard of every region published, summaries stored',
  unsummarised: 'full refresh published before summaries were stored (computed from bodies)',
} as const;
type Scenario = keyof typeof SCENARIOS;

interface ChildFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly heapMb: number;
  readonly peakRssMb: number;
  readonly regions: number;
  readonly computedLive: number;
}

/** The store of `scenario` under `dir`: later versions of the embedded shards it publishes. */
export function fillStore(scenario: Scenario, dir: string): void {
  const services = new Set(refreshConfig({}).services);
  const published = readEmbeddedSnapshot(embeddedCatalogDir())
    .shards.filter((s) => scenario === 'everything' || services.has(s.service))
    .map((s) => ({ ...s, version: '2027-01-01', publishedAt: '2027-01-01T00:00:00Z' }));
  FileCatalogStore.fill(dir, scenario === 'embedded' ? [] : published, scenario !== 'unsummarised');
}

/** In the child: one coverage answer from a fresh process, its store read from `dir`. */
async function child(dir: string): Promise<void> {
  const store = new FileCatalogStore(dir);
  const deps = {
    catalog: new LayeredCatalogSource(new EmbeddedCatalogSource(), store),
    embeddedCoverage: new EmbeddedCoverageFiles(),
    catalogStore: store,
  };
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await catalogCoverageNow(deps);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  (globalThis as { gc?: () => void }).gc?.();
  const figures: ChildFigures = {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: process.memoryUsage().heapUsed / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    regions: result.regions.length,
    computedLive: result.computedLive.length,
  };
  console.log(JSON.stringify(figures));
}

function parent(): void {
  console.log('## Admin catalog coverage (bench/admin-catalog-coverage.bench.ts)\n');
  console.log(
    `| GET /admin/catalog/coverage in a fresh process, ${RUNS} runs | wall, median (min–max) | CPU, median | heap after, median | peak RSS, median | regions | shards computed from bodies |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const [scenario, label] of Object.entries(SCENARIOS)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'coverage-bench-'));
    try {
      fillStore(scenario as Scenario, dir);
      const runs = Array.from({ length: RUNS }, () => runBenchChild<ChildFigures>(__filename, dir));
      const wall = runs.map((r) => r.wallMs);
      console.log(
        `| ${label} | ${median(wall).toFixed(0)} ms (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)}) | ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms | ${median(runs.map((r) => r.heapMb)).toFixed(1)} MB | ${median(runs.map((r) => r.peakRssMb)).toFixed(0)} MB | ${runs[0]?.regions ?? 0} | ${runs[0]?.computedLive ?? 0} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `\nThe admin function has 256 MB and 10 s (infra/config/function-specs.ts). Load average when run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${os.cpus().length} cores.`,
  );
}

const at = process.argv.indexOf('--child');
if (at > 0) void child(process.argv[at + 1] ?? '');
else if (require.main === module) parent();
