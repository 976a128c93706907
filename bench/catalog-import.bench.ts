/**
 * Catalog import benchmark (issue 3 §6): generate an official-format JSON offer file of ≥ 300 MB
 * from the real EC2 sample products in ../shared/aws-price-list-samples (repeated with distinct
 * SKUs), import it in a child process with the same reader and shard writer the CLI uses, and
 * report throughput and the child's peak RSS. Also prints, per region of the embedded snapshot,
 * the gzip size of the add-in's two downloads (`GET /calculations/pricing-data?terms=on-demand`
 * and `?terms=commitments`, DECISIONS 95) against the 300 KiB target.
 *
 * Run: node --import tsx bench/catalog-import.bench.ts [--mb 300]
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PriceRecord } from '../core';
import { embeddedSnapshot } from '../backend/adapters/embedded-catalog-files';
import { ImportContext } from '../backend/pricing/import-context';
import { readJsonOfferFile } from '../backend/pricing/offer-file-json';
import { serviceFilter } from '../backend/pricing/service-filters';
import { ShardFileWriter, gzipSize } from '../backend/pricing/shard-file';
import { CatalogCache } from '../backend/use-cases/calculations/catalog-cache';
import { pricingData } from '../backend/use-cases/calculations/pricing-data';

const SAMPLES = resolve(__dirname, '../../shared/aws-price-list-samples');
const TARGET_MB_PER_S = 50;
const TARGET_RSS_MB = 300;

type Json = Record<string, unknown>;
interface Template {
  sku: string;
  product: string;
  terms: { type: string; text: string }[];
}

/** The EC2 sample products with their terms, each term filed under its real type. */
function templates(): Template[] {
  const result: Template[] = [];
  for (const file of [
    'opencost--opencost--pricing-us-east-1.json',
    'opencost--opencost--pricing-us-east-2.json',
  ]) {
    const offer = JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as Json;
    const terms = offer.terms as Record<string, Record<string, Json>>;
    for (const [sku, product] of Object.entries(offer.products as Record<string, Json>)) {
      const own = Object.entries(terms.OnDemand?.[sku] ?? {})
        .filter(([code]) => code.endsWith('.JRTCKXETXF'))
        .map(([code, term]) => ({
          type: 'OnDemand',
          text: JSON.stringify({ [code]: term }, null, 2),
        }));
      result.push({ sku, product: JSON.stringify(product, null, 2), terms: own });
    }
  }
  const item = JSON.parse(
    readFileSync(join(SAMPLES, 'aws--amazon-ec2-instance-selector--m5_large.json'), 'utf8'),
  ) as Json;
  const product = item.product as Json;
  const itemTerms = item.terms as Record<string, Json>;
  result.push({
    sku: String(product.sku),
    product: JSON.stringify(product, null, 2),
    terms: Object.entries(itemTerms).map(([type, byCode]) => ({
      type,
      text: JSON.stringify(byCode, null, 2),
    })),
  });
  return result;
}

/** Write the offer file: products of every cycle, then the terms of every cycle. */
function generate(path: string, targetBytes: number): { bytes: number; products: number } {
  const base = templates();
  const cycleBytes = base.reduce(
    (n, t) => n + t.product.length + t.terms.reduce((m, x) => m + x.text.length, 0),
    0,
  );
  const cycles = Math.ceil(targetBytes / cycleBytes);
  const fd = openSync(path, 'w');
  let buffer = '';
  const out = (text: string): void => {
    buffer += text;
    if (buffer.length > 8 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  const skuOf = (t: Template, cycle: number): string =>
    `${cycle.toString(36).toUpperCase().padStart(6, '0')}${t.sku.slice(6)}`;
  out(
    '{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "generated for the import benchmark from real sample products",\n' +
      '  "offerCode" : "AmazonEC2",\n  "version" : "20250912225308",\n  "publicationDate" : "2025-09-12T22:53:08Z",\n  "products" : {',
  );
  let first = true;
  for (let c = 0; c < cycles; c++) {
    for (const t of base) {
      out(`${first ? '' : ','}\n  "${skuOf(t, c)}" : ${t.product.replaceAll(t.sku, skuOf(t, c))}`);
      first = false;
    }
  }
  out('\n  },\n  "terms" : {');
  for (const [i, type] of ['OnDemand', 'Reserved'].entries()) {
    out(`${i ? ',' : ''}\n    "${type}" : {`);
    first = true;
    for (let c = 0; c < cycles; c++) {
      for (const t of base) {
        for (const term of t.terms.filter((x) => x.type === type)) {
          out(
            `${first ? '' : ','}\n    "${skuOf(t, c)}" : ${term.text.replaceAll(t.sku, skuOf(t, c))}`,
          );
          first = false;
        }
      }
    }
    out('\n    }');
  }
  out('\n  },\n  "attributesList" : { }\n}');
  writeSync(fd, buffer);
  closeSync(fd);
  return { bytes: statSync(path).size, products: cycles * base.length };
}

/** Child: import the file like the CLI does (reader + shard writers), print figures as JSON. */
async function child(file: string, outDir: string): Promise<void> {
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const ctx = new ImportContext();
  const writers = new Map<string, ShardFileWriter>();
  const result = await readJsonOfferFile(file, {
    filter: serviceFilter('AmazonEC2')!,
    ctx,
    onRecord: (record: PriceRecord) => {
      let writer = writers.get(record.region);
      if (!writer) {
        writer = new ShardFileWriter(
          'AmazonEC2',
          record.region,
          join(outDir, `${record.region}.json.partial`),
        );
        writers.set(record.region, writer);
      }
      writer.add(record);
    },
  });
  const meta = {
    version: result.header.version ?? '',
    publishedAt: result.header.publicationDate ?? '',
    source: 'bench',
  };
  let records = 0;
  const files: string[] = [];
  for (const writer of writers.values()) {
    files.push(join(outDir, `${writer.region}.json`));
    await writer.finish(meta, files[files.length - 1] ?? '', { gzipSize: false });
    records += writer.records;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  // The CLI also reports each shard's gzip size; timed apart, as it is reporting, not importing.
  const gzipStarted = process.hrtime.bigint();
  let gzipBytes = 0;
  for (const file of files) gzipBytes += await gzipSize(file);
  const gzipSeconds = Number(process.hrtime.bigint() - gzipStarted) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      bytes: result.bytes,
      seconds,
      cpuSeconds,
      gzipSeconds,
      maxRssMb,
      records,
      kept: ctx.counters.productsKept,
      gzipBytes,
    }),
  );
}

const TARGET_DOWNLOAD_KIB = 300;

/**
 * What the add-in downloads for each embedded region, gzip level 9 (the build's figure): the
 * API's pricing-data answer for the On-Demand part (the region's non-commitment records and the
 * global ones), and for the commitments part (Reserved and Savings Plans).
 */
async function downloadSizes(): Promise<string[]> {
  const snapshot = embeddedSnapshot();
  const deps = { catalog: new CatalogCache({ snapshot: () => Promise.resolve(snapshot) }) };
  const regions = [...new Set(snapshot.shards.map((s) => s.region))]
    .filter((r) => r !== 'global')
    .sort();
  const kib = async (region: string, terms: 'on-demand' | 'commitments'): Promise<number> =>
    gzipSync((await pricingData(deps, region, terms)).body, { level: 9 }).length / 1024;
  const rows: string[] = [];
  for (const region of regions) {
    const sizes = [await kib(region, 'on-demand'), await kib(region, 'commitments')];
    const met = sizes.every((k) => k <= TARGET_DOWNLOAD_KIB) ? '✅' : '❌';
    rows.push(
      `| add-in download gzip, ${region}: On-Demand / commitments | ${sizes.map((k) => `${k.toFixed(1)} KiB`).join(' / ')} | ≤ ${TARGET_DOWNLOAD_KIB} KiB each ${met} |`,
    );
  }
  return rows;
}

async function run(): Promise<void> {
  if (!existsSync(SAMPLES)) {
    console.log(`Reference samples not found at ${SAMPLES}: benchmark skipped.`);
    return;
  }
  const mbArg = process.argv.indexOf('--mb');
  const targetMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 300;
  const dir = mkdtempSync(join(tmpdir(), 'catalog-import-bench-'));
  try {
    const file = join(dir, 'index.json');
    const t0 = Date.now();
    const generated = generate(file, targetMb * 1024 * 1024);
    const genSeconds = (Date.now() - t0) / 1000;
    const proc = spawnSync(
      process.execPath,
      ['--import', 'tsx', __filename, '--child', file, dir],
      { encoding: 'utf8' },
    );
    if (proc.status !== 0) throw new Error(`import child failed: ${proc.stderr || proc.stdout}`);
    const figures = JSON.parse(proc.stdout.trim().split('\n').at(-1) ?? '{}') as {
      bytes: number;
      seconds: number;
      cpuSeconds: number;
      gzipSeconds: number;
      maxRssMb: number;
      records: number;
      kept: number;
      gzipBytes: number;
    };
    const mbPerS = figures.bytes / 1024 / 1024 / figures.seconds;
    console.log(
      `\n### Catalog import (${(generated.bytes / 1024 / 1024).toFixed(0)} MB generated in ${genSeconds.toFixed(1)} s, ${generated.products} products)\n`,
    );
    // Wall-clock figures depend on what else runs: say how busy the machine was.
    const [load1 = 0] = loadavg();
    console.log(
      `Machine: ${cpus().length} CPUs, load average ${load1.toFixed(1)} during the run.\n`,
    );
    console.log('| figure | measured | target |\n|---|---:|---:|');
    console.log(
      `| JSON offer import throughput | ${mbPerS.toFixed(1)} MB/s | ≥ ${TARGET_MB_PER_S} MB/s ${mbPerS >= TARGET_MB_PER_S ? '✅' : '❌'} |`,
    );
    console.log(
      `| peak RSS of the import process | ${figures.maxRssMb.toFixed(0)} MB | ≤ ${TARGET_RSS_MB} MB ${figures.maxRssMb <= TARGET_RSS_MB ? '✅' : '❌'} |`,
    );
    // The machine is shared: CPU time says what the importer costs when other work competes for the cores.
    console.log(
      `| throughput per CPU second | ${(figures.bytes / 1024 / 1024 / figures.cpuSeconds).toFixed(1)} MB/s | — |`,
    );
    console.log(
      `| import time (wall / CPU) | ${figures.seconds.toFixed(1)} s / ${figures.cpuSeconds.toFixed(1)} s | — |`,
    );
    console.log(`| products kept / records written | ${figures.kept} / ${figures.records} | — |`);
    console.log(
      `| shard files gzip (level 9, ${figures.gzipSeconds.toFixed(1)} s) | ${(figures.gzipBytes / 1024 / 1024).toFixed(1)} MB | — |`,
    );
    for (const line of await downloadSizes()) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt > 0) {
  child(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? tmpdir()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
