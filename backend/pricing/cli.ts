import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogNeed, CatalogShard, CatalogSnapshot, GateReport, PriceNeed } from '../../core';
import { catalogNeeds, needGaps, runValidationGate, splitNeeds } from '../../core';
import { ImportRequestError, importCatalog } from './import-catalog';
import type { CatalogImportResult } from './import-catalog';
import { importFiles } from './import-files';
import { DirectorySource, OnlineSource } from './price-list-source';
import { readShardFile } from './shard-file';
import { publishCatalog } from './publish-catalog';
import type { CatalogStore } from '../ports/catalog-store';
import { awsAdapters } from '../adapters/aws/container';

/**
 * npm run pricing:import -- --regions R1,R2 --services S1,S2 (--from MIRROR | --online) [--out DIR] [--previous DIR]
 *   [--needs FILE] [--max-moved 0.1] [--publish]
 * npm run pricing:import -- --from FILE|DIR [--from FILE…] [--regions R1,R2] [--services S1,S2] [--out DIR] …
 *
 * Imports the official AWS Price List into catalog shards (core's compact encoding) under --out,
 * from a mirror of the endpoint's paths, the endpoint itself, or loose files (offer files, GetProducts
 * items, Savings Plans rates — a folder of them, e.g. ../shared/aws-price-list-samples, or each by path),
 * then runs the validation gate: malformed records and missing files; with --previous, the share of
 * moved prices; every price the engine needs must resolve to exactly one record. The needs are by
 * default core's catalogNeeds() for the imported services and regions: its REQUIRED needs are
 * enforced by the gate, its OPTIONAL ones are listed as gaps without refusing. --needs FILE (a JSON
 * array of {label, query: PriceQuery}) replaces them, and every need in the file is enforced. With --publish, the previous catalog is the store's latest
 * (DynamoDB + S3 of the environment) and the shards are stored only when the gate passes.
 * Exit codes: 0 imported and passed, 1 bad request or unreadable source, 2 refused by the gate.
 */
const USAGE =
  'Usage: npm run pricing:import -- --regions R1,R2 --services S1,S2 (--from MIRROR_DIR | --online) [--out DIR] [--previous DIR] [--needs FILE] [--max-moved 0.1] [--publish]\n' +
  '   or: npm run pricing:import -- --from FILE_OR_DIR [--from …] [--regions R1,R2] [--services S1,S2] [--out DIR] [--previous DIR] [--needs FILE] [--max-moved 0.1] [--publish]';

/** A mirror of the endpoint's paths has `offers/` (and maybe `savingsPlan/`) at its root. */
function isMirror(path: string): boolean {
  return (
    statSync(path).isDirectory() && ['offers', 'savingsPlan'].some((d) => existsSync(join(path, d)))
  );
}

/** The files of --from: a folder's files (not its subfolders), or each file given. */
function filesOf(paths: readonly string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .map((f) => join(p, f))
          .filter((f) => statSync(f).isFile())
      : [p],
  );
}

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
        from: { type: 'string', multiple: true },
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
  const from = (values.from ?? []).map((p) => resolve(p));
  if (from.length > 0 === values.online) {
    console.error(
      `Give exactly one of --from (a mirror, a folder of files or files) or --online.\n${USAGE}`,
    );
    return 1;
  }
  const absent = from.find((p) => !existsSync(p));
  if (absent) {
    console.error(
      `--from ${absent}: no such file or directory (give a mirror of the Price List paths, DIR/offers/v1.0/aws/..., a folder of Price List files, or a file).`,
    );
    return 1;
  }
  const mirror = from.length === 1 && isMirror(from[0] ?? '');
  if (from.length > 1 && from.some(isMirror)) {
    console.error(`--from: a mirror of the Price List paths is given on its own.\n${USAGE}`);
    return 1;
  }
  if ((values.online || mirror) && (!regions.length || !services.length)) {
    console.error(
      `Give --regions and --services: a mirror or the endpoint holds every offer of every region.\n${USAGE}`,
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
  let fileNeeds: PriceNeed[] | undefined;
  let previous: CatalogSnapshot | undefined;
  try {
    fileNeeds = values.needs ? loadNeeds(resolve(values.needs)) : undefined;
    previous = values.previous ? loadSnapshot(resolve(values.previous)) : undefined;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const outDir = resolve(values.out);
  let result: CatalogImportResult;
  try {
    result =
      from.length > 0 && !mirror
        ? await importFiles({
            files: filesOf(from),
            ...(regions.length ? { regions } : {}),
            ...(services.length ? { services } : {}),
            outDir,
            log: (line) => console.log(line),
          })
        : await importCatalog({
            source: mirror ? new DirectorySource(from[0] ?? '') : new OnlineSource(deps.fetch),
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
  // By default the needs are core's for what was imported (given, or found in the files).
  const { required: needs, optional } = fileNeeds
    ? { required: fileNeeds, optional: [] as CatalogNeed[] }
    : splitNeeds(
        catalogNeeds({
          regions: regions.length ? regions : unique(result.shards.map((s) => s.region)),
          services: services.length ? services : unique(result.shards.map((s) => s.service)),
        }),
      );
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

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].filter((v) => v !== 'global');
}

function printSummary(result: CatalogImportResult & { skipped?: readonly string[] }): void {
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
  for (const line of result.skipped ?? []) console.log(`SKIPPED: ${line}`);
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
