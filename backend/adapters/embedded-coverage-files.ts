import path from 'node:path';
import type { CatalogShard, EmbeddedCoverage, EmbeddedIndex } from '../../core';
import { EmbeddedCatalogError, parseEmbeddedCoverage } from '../../core';
import type { EmbeddedCoverageSource } from '../ports/embedded-coverage';
import {
  embeddedCatalogDir,
  embeddedSnapshotOf,
  readEmbeddedIndex,
  readJson,
} from './embedded-catalog-files';

/**
 * The embedded catalog's coverage from its files (core/catalog/data, or `catalog-data/` beside a
 * Lambda bundle): coverage.json as index.json names it, read and checked once; a region's shards
 * from a snapshot of its own (not the process's shared one, which keeps what it decodes).
 */
export class EmbeddedCoverageFiles implements EmbeddedCoverageSource {
  private index: EmbeddedIndex | undefined;
  private coverage: EmbeddedCoverage | undefined;

  constructor(private readonly dir: string = embeddedCatalogDir()) {}

  async summaries(): Promise<EmbeddedCoverage> {
    this.coverage ??= this.read();
    return this.coverage;
  }

  async regionShards(region: string): Promise<readonly CatalogShard[]> {
    const shards = embeddedSnapshotOf(this.dir, this.readIndex()).shards.filter(
      (s) => s.region === region,
    );
    if (!shards.length)
      throw new EmbeddedCatalogError(`The embedded catalog has no shards for region ${region}.`);
    return shards;
  }

  private readIndex(): EmbeddedIndex {
    this.index ??= readEmbeddedIndex(this.dir);
    return this.index;
  }

  private read(): EmbeddedCoverage {
    const index = this.readIndex();
    if (!index.coverage)
      throw new EmbeddedCatalogError(
        `${path.join(this.dir, 'index.json')} names no coverage file (written before coverage.json existed: run \`npm run catalog:build\`).`,
      );
    const file = path.join(this.dir, index.coverage);
    return parseEmbeddedCoverage(readJson(file), index, file);
  }
}
