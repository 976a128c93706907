/**
 * Catalog cold start: `npm run bench -- cold-start`. What a fresh process (a Lambda cold start, the
 * CLI) pays before its first price: it reads the embedded catalog's index, then the file of the one
 * region it prices, decodes the shard it needs and builds the lookup index
 * (backend/adapters/embedded-catalog-files.ts, DECISIONS 87). Each figure is one fresh Node process
 * per run (the module code is loaded before the clock starts); the median of RUNS is reported, with
 * the heap the process keeps after a full GC.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { median, runBenchChild } from './fresh-process';
import type { Ec2Item } from '../core';
import { PriceCatalog, monthlyCost } from '../core';
import { embeddedSnapshot } from '../backend/adapters/embedded-catalog-files';

const RUNS = 5;
const REGIONS = ['us-east-1', 'ap-southeast-1', 'eu-west-1'];
const CELL: Ec2Item = {
  id: 'c',
  service: 'ec2',
  quantity: 1,
  instanceType: 'm5.large',
  os: 'Linux',
};

interface ChildFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly heapMb: number;
  readonly monthly: string | null;
}

/** In the child: from no catalog to the first price of one EC2 cell in `region`. */
function child(region: string): void {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const catalog = new PriceCatalog(embeddedSnapshot());
  const monthly = monthlyCost(catalog, CELL, { region }).monthly;
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  (globalThis as { gc?: () => void }).gc?.();
  const figures: ChildFigures = {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: process.memoryUsage().heapUsed / 1e6,
    monthly,
  };
  console.log(JSON.stringify(figures));
}

function runChild(region: string): ChildFigures {
  return runBenchChild<ChildFigures>(__filename, region);
}

function parent(): void {
  console.log('## Catalog cold start (bench/catalog-cold-start.bench.ts)\n');
  console.log(
    `| first price in a fresh process, ${RUNS} processes per region | wall, median (min–max) | CPU, median | heap after, median | monthly (USD) |`,
  );
  console.log('|---|---|---|---|---|');
  for (const region of REGIONS) {
    const runs = Array.from({ length: RUNS }, () => runChild(region));
    const wall = runs.map((r) => r.wallMs);
    console.log(
      `| one m5.large in ${region} | ${median(wall).toFixed(0)} ms (${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)}) | ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms | ${median(runs.map((r) => r.heapMb)).toFixed(1)} MB | ${runs[0]?.monthly ?? 'gap'} |`,
    );
  }
  console.log(
    `\nLoad average when run: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${os.cpus().length} cores.`,
  );
}

const at = process.argv.indexOf('--child');
if (at > 0) child(process.argv[at + 1] ?? '');
else parent();
