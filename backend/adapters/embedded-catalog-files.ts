import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogSnapshot, EmbeddedIndex } from '../../core';
import {
  EMBEDDED_CATALOG_BUNDLE_FOLDER,
  EMBEDDED_INDEX_FILE,
  EmbeddedCatalogError,
  lazyEmbeddedSnapshot,
  parseEmbeddedIndex,
} from '../../core';

/**
 * The one way Node code gets the embedded catalog (core/catalog/data): the CLI, the local stack,
 * the Lambdas that price, the scripts, the benchmarks and the tests. index.json is read at once; a
 * region's file when an estimate first asks for one of its prices (core's `lazyEmbeddedSnapshot`),
 * so a process keeps only the regions it priced.
 *
 * Where the files are: in a Lambda, `$LAMBDA_TASK_ROOT/catalog-data` (the CDK bundling copies
 * them beside the bundle, infra/constructs/app-function.ts); elsewhere (ts-node-style runs: tsx,
 * jest) the repository's core/catalog/data, found from this file.
 */
export function embeddedCatalogDir(env: NodeJS.ProcessEnv = process.env): string {
  const taskRoot = env.LAMBDA_TASK_ROOT;
  if (taskRoot) return path.join(taskRoot, EMBEDDED_CATALOG_BUNDLE_FOLDER);
  // An ESM bundle has no __dirname; every bundle runs in Lambda, where LAMBDA_TASK_ROOT is set.
  if (typeof __dirname !== 'string')
    throw new EmbeddedCatalogError(
      'The embedded catalog cannot be located: LAMBDA_TASK_ROOT is not set and this module has no __dirname.',
    );
  return path.resolve(__dirname, '../../core/catalog/data');
}

/** Parsed JSON of a file of the catalog, or an EmbeddedCatalogError naming the file and why. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EmbeddedCatalogError(
      code === 'ENOENT'
        ? `The embedded catalog file ${file} is missing.`
        : `The embedded catalog file ${file} cannot be read: ${(error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EmbeddedCatalogError(
      `The embedded catalog file ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * The embedded catalog in `dir`: its index read now (an error names the file when it is missing
 * or wrong), each region file on first use. A new snapshot per call; use `embeddedSnapshot()`.
 */
export function readEmbeddedSnapshot(dir: string): CatalogSnapshot {
  return embeddedSnapshotOf(dir, readEmbeddedIndex(dir));
}

/** index.json of the embedded catalog in `dir`, parsed (an error names the file and field). */
export function readEmbeddedIndex(dir: string): EmbeddedIndex {
  const indexFile = path.join(dir, EMBEDDED_INDEX_FILE);
  return parseEmbeddedIndex(readJson(indexFile), indexFile);
}

/** A new snapshot of the catalog in `dir` described by `index`: each region file on first use. */
export function embeddedSnapshotOf(dir: string, index: EmbeddedIndex): CatalogSnapshot {
  return lazyEmbeddedSnapshot(
    index,
    (file) => readJson(path.join(dir, file)),
    (file) => path.join(dir, file),
  );
}

let shared: CatalogSnapshot | undefined;

/** The embedded catalog of this process (one snapshot, shared: it is immutable). */
export function embeddedSnapshot(): CatalogSnapshot {
  shared ??= readEmbeddedSnapshot(embeddedCatalogDir());
  return shared;
}

/** The embedded catalog's shards of one region (decoded on first read), e.g. for a test's download. */
export function embeddedRegionShards(region: string): CatalogSnapshot['shards'] {
  const shards = embeddedSnapshot().shards.filter((s) => s.region === region);
  if (!shards.length)
    throw new EmbeddedCatalogError(`The embedded catalog has no shards for region ${region}.`);
  return shards;
}
