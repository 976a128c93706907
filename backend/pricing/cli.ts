import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogNeed, CatalogShard, CatalogSnapshot, GateReport, PriceNeed } from '../../core';
import { catalogNeeds, needGaps, runValidationGate, splitNeeds } from '../../core';
import { ImportRequestError, importCatalog } from './import-catalog';
import type { CatalogImportResult } from './import-catalog';
import type { PriceListSource } from './price-list-source';
import { DirectorySource, OnlineSource } from './price-list-source';
import { readShardFile } from './shard-file';
import { publishCatalog } from './publish-catalog';
import type { CatalogStore } from '../ports/catalog-store';
import { awsAdapters } from '../adapters/aws/container';

/**
 * npm run pricing:import -- --regions R1,R2 --services S1,S2 (--from DIR | --online) [--out DIR] [--previous DIR]
 *   [--needs FILE] [--max-moved 0.1] [--publish]
 *
 * Imports the official AWS Price List into catalog shards (core's compact encoding) under --out,
 * then runs the validation gate: malformed records and missing files; with --previous, the share of
 * moved prices; every price the engine needs must resolve to exactly one record. The needs are by
 * default core's catalogNeeds() for the imported services and regions: its REQUIRED needs are
 * enforced by the gate, its OPTIONAL ones are listed as gaps without refusing. --needs FILE (a JSON
 * array of {label, query: PriceQuery}) replaces them, and every need in the file is enforced. With --publish, the previous catalog is the store's latest
 * (DynamoDB + S3 of the environment) and the shards are stored only when the gate passes.
 * Exit codes: 0 imported and passed, 1 bad request or unreadable source, 2 refused by the gate.
 */
const USAGE =
  'Usage: npm run pricing:import -- --regions R1,R2 --services S1,S2 (--from DIR | --online) [--out DIR] [--previous DIR] [--needs FILE] [--max-moved 0.1] [--publish]';

export interface CliDependencies {
  /** fetch for --online (tests inject one). */
  readonly fetch?: (url: string) => Promise<Response>;
  /** The store --publish writes to; by default DynamoDB + S3 from the environment (loadConfig). */
  readonly store?: () => CatalogStore;
}

export async function main(argv: readonly string[], deps: CliDependencies = {}): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        regions: { type: 'string' },
        services: { type: 'string' },
        from: { type: 'string' },
        online: { type: 'boolean', default: false },
        out: { type: 'string', default: '.local/catalog' },
        previous: { type: 'string' },
        needs: { type: 'string' },
        'max-moved': { type: 'string' },
        publish: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const list = (value: string | undefined): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const regions = list(values.regions);
  const services = list(values.services);
  if (!regions.length || !services.length || Boolean(values.from) === values.online) {
    console.error(
      `Give --regions, --services and exactly one of --from DIR or --online.\n${USAGE}`,
    );
    return 1;
  }
  if (values.from && !existsSync(values.from)) {
    console.error(
      `--from ${values.from}: no such directory (expected a mirror of the Price List paths, e.g. DIR/offers/v1.0/aws/...).`,
    );
    return 1;
  }
  // Gate inputs are checked before the (long) import, so a typo fails fast.
  const maxMoved = values['max-moved'] === undefined ? undefined : Number(values['max-moved']);
  if (maxMoved !== undefined && !(maxMoved >= 0 && maxMoved <= 1)) {
    console.error(
      `--max-moved must be a share between 0 and 1 (0.1 = 10 %), got '${values['max-moved']}'.`,
    );
    return 1;
  }
  if (values.publish && values.previous) {
    console.error(
      '--publish compares with the latest catalog in the store: do not give --previous as well.',
    );
    return 1;
  }
  let needs: PriceNeed[];
  let optional: CatalogNeed[] = [];
  let previous: CatalogSnapshot | undefined;
  try {
    if (values.needs) needs = loadNeeds(resolve(values.needs));
    else ({ required: needs, optional } = splitNeeds(catalogNeeds({ regions, services })));
    previous = values.previous ? loadSnapshot(resolve(values.previous)) : undefined;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const source: PriceListSource = values.from
    ? new DirectorySource(resolve(values.from))
    : new OnlineSource(deps.fetch);
  const outDir = resolve(values.out);
  let result: CatalogImportResult;
  try {
    result = await importCatalog({
      source,
      services,
      regions,
      outDir,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(
      error instanceof ImportRequestError
        ? `${error.message}\n${USAGE}`
        : `Import failed: ${(error as Error).message}`,
    );
    return 1;
  }
  printSummary(result);
  const candidate = snapshotOf(
    result.version,
    result.shards.map((s) => readShardFile(s.file)),
  );
  const sourceProblems = result.missing.map((m) => `missing file: ${m}`);
  let report: GateReport;
  if (values.publish) {
    const published = await publishCatalog((deps.store ?? defaultStore)(), candidate, {
      needs,
      maxMovedShare: maxMoved,
      sourceProblems,
    });
    report = published.report;
    for (const s of published.stored)
      console.log(
        `Published ${s.service}/${s.region} version ${s.version} (${s.bodyKey}, ETag ${s.etag})`,
      );
  } else {
    report = runValidationGate({
      candidate,
      previous,
      needs,
      sourceProblems,
      options: { maxMovedShare: maxMoved },
    });
  }
  printOptionalGaps(candidate, optional);
  console.log(`\n${report.text}`);
  return report.passed ? 0 : 2;
}

function printSummary(result: CatalogImportResult): void {
  console.log(
    `\nCatalog ${result.version}: ${result.shards.length} shard(s), ${result.productsKept} of ${result.productsSeen} products kept`,
  );
  console.log(
    '| service | region | version | records | bytes | gzip bytes |\n|---|---|---|---:|---:|---:|',
  );
  for (const s of result.shards)
    console.log(
      `| ${s.service} | ${s.region} | ${s.version} | ${s.records} | ${s.bytes} | ${s.gzipBytes} |`,
    );
  const byRegion = new Map<string, number>();
  for (const s of result.shards)
    byRegion.set(s.region, (byRegion.get(s.region) ?? 0) + s.gzipBytes);
  for (const [region, bytes] of byRegion)
    console.log(`gzip size of ${region}'s shard set: ${bytes} bytes`);
  if (result.savingsPlanRatesUnmatched)
    console.log(
      `${result.savingsPlanRatesUnmatched} Savings Plans rates matched no kept product (filtered usage).`,
    );
  for (const line of result.missing) console.log(`MISSING: ${line}`);
  for (const line of result.warnings) console.log(`WARNING: ${line}`);
}

/** Optional needs the candidate cannot price: reported so a maintainer sees them, never refused. */
function printOptionalGaps(candidate: CatalogSnapshot, optional: readonly CatalogNeed[]): void {
  if (optional.length === 0) return;
  const gaps = needGaps(candidate, optional);
  console.log(
    `\nOptional prices: ${optional.length - gaps.length} of ${optional.length} found; ${gaps.length} not in the catalog (reported, not refused):`,
  );
  for (const gap of gaps) console.log(`- ${gap.text}`);
}

function snapshotOf(version: string, shards: CatalogShard[]): CatalogSnapshot {
  return { version, createdAt: new Date().toISOString(), shards };
}

/** The catalog store of the environment (AWS, or the local emulators when their endpoints are set). */
function defaultStore(): CatalogStore {
  return awsAdapters().catalogStore;
}

/** The prices the engine needs, as a JSON array of {label, query}. */
function loadNeeds(file: string): PriceNeed[] {
  const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list))
    throw new Error(`--needs ${file}: expected a JSON array of {label, query}`);
  list.forEach((need: unknown, i) => {
    const n = need as Partial<PriceNeed> | null;
    const q = n?.query;
    if (
      typeof n?.label !== 'string' ||
      !q ||
      typeof q.service !== 'string' ||
      typeof q.region !== 'string' ||
      typeof q.attributes !== 'object'
    ) {
      throw new Error(
        `--needs ${file}: [${i}] must be {label: string, query: {service, region, attributes, …}}`,
      );
    }
  });
  return list as PriceNeed[];
}

/** A previous import's output directory (its catalog.json lists the shard files). */
function loadSnapshot(dir: string): CatalogSnapshot {
  const file = join(dir, 'catalog.json');
  if (!existsSync(file))
    throw new Error(
      `--previous ${dir}: no catalog.json (expected the --out folder of an earlier import).`,
    );
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    version: string;
    shards: { service: string; region: string }[];
  };
  // Shard files are found next to the manifest, so the folder may have moved since.
  return snapshotOf(
    manifest.version,
    manifest.shards.map((s) => readShardFile(join(dir, s.service, `${s.region}.json`))),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
