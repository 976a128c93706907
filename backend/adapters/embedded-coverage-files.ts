import path from 'node:path';
import type { EmbeddedCoverage, EmbeddedIndex } from '../../core';
import { EmbeddedCatalogError, parseEmbeddedCoverage } from '../../core';
import type { EmbeddedCoverageSource } from '../ports/embedded-coverage';
import { embeddedCatalogDir, readEmbeddedIndex, readJson } from './embedded-catalog-files';

/**
 * The embedded catalog's coverage from its files (core/catalog/data, or `catalog-data/` beside a
 * Lambda bundle): coverage.json as index.json names it, read and checked once; no region file.
 */
export class EmbeddedCoverageFiles implements EmbeddedCoverageSource {
  private coverage: EmbeddedCoverage | undefined;

  constructor(private readonly dir: string = embeddedCatalogDir()) {}

  async summaries(): Promise<EmbeddedCoverage> {
    this.coverage ??= this.read();
    return this.coverage;
  }

  private read(): EmbeddedCoverage {
    const index: EmbeddedIndex = readEmbeddedIndex(this.dir);
    if (!index.coverage)
      throw new EmbeddedCatalogError(
        `${path.join(this.dir, 'index.json')} names no coverage file (written before coverage.json existed: run \`npm run catalog:build\`).`,
      );
    const file = path.join(this.dir, index.coverage);
    return parseEmbeddedCoverage(readJson(file), index, file);
  }
}
