import type { CatalogShard } from './catalog-shard';
import type { EmbeddedRegionEntry } from './embedded-index';
import { embeddedRegionEntry } from './embedded-index';
import { COMMITMENTS_FILE_TERMS } from './embedded-snapshot';
import type { EncodedRegion } from './shard-codec';
import { encodeRegion } from './shard-codec';
import { splitRegionShards } from './term-parts';

/** A region of the embedded catalog as the build writes it: its index entry and its files. */
export interface EmbeddedRegionFiles {
  readonly entry: EmbeddedRegionEntry;
  /** By file name: `<region>.json` and, when the region has commitments, its commitments file. */
  readonly files: ReadonlyMap<string, EncodedRegion>;
}

/**
 * Encodes a region's shards into the embedded catalog's files (DECISIONS 95): `<region>.json` with
 * every shard's non-commitment records and, if any shard has Reserved or Savings Plans records,
 * `<region>.commitments.json` (`terms: 'commitments'`) with those.
 */
export function encodeEmbeddedRegion(
  region: string,
  shards: readonly CatalogShard[],
): EmbeddedRegionFiles {
  const entry = embeddedRegionEntry(region, shards);
  const { onDemand, commitments } = splitRegionShards(shards);
  const files = new Map<string, EncodedRegion>([[entry.file, encodeRegion(region, onDemand)]]);
  if (entry.commitmentsFile)
    files.set(entry.commitmentsFile, {
      region,
      terms: COMMITMENTS_FILE_TERMS,
      shards: encodeRegion(region, commitments).shards,
    });
  return { entry, files };
}
