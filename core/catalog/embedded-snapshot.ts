import type { CatalogShard, CatalogSnapshot } from './catalog-shard';
import type { EmbeddedIndex, EmbeddedRegionEntry, EmbeddedShardEntry } from './embedded-index';
import { EmbeddedCatalogError } from './embedded-index';
import type { PriceRecord } from './price-record';
import type { EncodedShard } from './shard-codec';
import { ShardFormatError, decodeShard } from './shard-decoder';

/**
 * Reads one region file named by the index (`file`, e.g. `us-east-1.json`) and returns its parsed
 * JSON, or throws an error naming the file. Synchronous: a shard's records are a property read.
 */
export type RegionFileLoader = (file: string) => unknown;

/** One region of the index: its file is read on the first read of any of its shards' records. */
class RegionSlot {
  /** Encoded shards read from the file and not decoded yet, by service. */
  private pending: Map<string, EncodedShard> | undefined;

  constructor(
    readonly entry: EmbeddedRegionEntry,
    private readonly load: RegionFileLoader,
    /** How errors name the file (e.g. its path). */
    private readonly name: string,
  ) {}

  /** The shard of `service`, decoded; each shard is handed out once (its shard keeps the records). */
  decode(service: string): readonly PriceRecord[] {
    this.pending ??= this.read();
    const encoded = this.pending.get(service);
    if (!encoded)
      throw new EmbeddedCatalogError(`${this.name}: its ${service} shard was decoded twice.`);
    try {
      const { records } = decodeShard(encoded);
      this.pending.delete(service);
      return records;
    } catch (error) {
      if (error instanceof ShardFormatError)
        throw new EmbeddedCatalogError(`${this.name}: ${error.message}`);
      throw error;
    }
  }

  private read(): Map<string, EncodedShard> {
    const file = this.name;
    const json = this.load(this.entry.file);
    const fields =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    if (fields['region'] !== this.entry.region || !Array.isArray(fields['shards']))
      throw new EmbeddedCatalogError(
        `${file} is not the ${this.entry.region} file of the embedded catalog ` +
          `(expected {"region": "${this.entry.region}", "shards": [...]}).`,
      );
    const shards = fields['shards'] as EncodedShard[];
    const byService = new Map(shards.map((s) => [s?.service, s]));
    const pending = new Map<string, EncodedShard>();
    for (const expected of this.entry.shards) {
      const found = byService.get(expected.service);
      if (!found)
        throw new EmbeddedCatalogError(
          `${file} has no ${expected.service} shard, which index.json lists.`,
        );
      checkShard(file, this.entry.region, expected, found);
      pending.set(expected.service, found);
    }
    if (shards.length !== pending.size)
      throw new EmbeddedCatalogError(
        `${file} holds ${shards.length} shards (${shards.map((s) => s?.service).join(', ')}); ` +
          `index.json lists ${pending.size}.`,
      );
    return pending;
  }
}

function checkShard(
  file: string,
  region: string,
  expected: EmbeddedShardEntry,
  found: EncodedShard,
): void {
  const differs: string[] = (['version', 'publishedAt', 'source'] as const).filter(
    (k) => found[k] !== expected[k],
  );
  if (found.region !== region) differs.push('region');
  if (!Array.isArray(found.records) || found.records.length !== expected.records)
    differs.push('record count');
  if (differs.length)
    throw new EmbeddedCatalogError(
      `${file}: its ${expected.service} shard differs from index.json in ${differs.join(', ')} ` +
        '(the file and the index come from different builds: run `npm run catalog:build`).',
    );
}

function lazyShard(slot: RegionSlot, entry: EmbeddedShardEntry): CatalogShard {
  let records: readonly PriceRecord[] | undefined;
  return {
    service: entry.service,
    region: slot.entry.region,
    version: entry.version,
    publishedAt: entry.publishedAt,
    source: entry.source,
    get records(): readonly PriceRecord[] {
      records ??= slot.decode(entry.service);
      return records;
    },
  };
}

/**
 * The embedded catalog as a snapshot whose shards are known from the index alone: a region's file
 * is read (through `loadRegion`) when the records of one of its shards are first read, and each
 * shard is decoded then. An estimate therefore reads the regions it prices and `global`, nothing
 * else; a report over every shard (coverage, cross-check) reads them all. A file that is missing,
 * unreadable or disagrees with the index throws EmbeddedCatalogError naming it (as `nameFile`
 * spells it, e.g. its path) — never an empty shard.
 */
export function lazyEmbeddedSnapshot(
  index: EmbeddedIndex,
  loadRegion: RegionFileLoader,
  nameFile: (file: string) => string = (file) => file,
): CatalogSnapshot {
  const shards = index.regions.flatMap((entry) => {
    const slot = new RegionSlot(entry, loadRegion, nameFile(entry.file));
    return entry.shards.map((s) => lazyShard(slot, s));
  });
  return Object.freeze({
    version: index.version,
    createdAt: index.createdAt,
    shards: Object.freeze(shards),
  });
}
