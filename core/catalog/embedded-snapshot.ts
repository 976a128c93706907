import type { CatalogShard, CatalogSnapshot } from './catalog-shard';
import type { TermPart } from './term-parts';
import { termPart } from './term-parts';
import type { EmbeddedIndex, EmbeddedRegionEntry, EmbeddedShardEntry } from './embedded-index';
import { EmbeddedCatalogError } from './embedded-index';
import type { PriceRecord } from './price-record';
import type { EncodedShard } from './shard-codec';
import { ShardFormatError, decodeShard } from './shard-decoder';

/**
 * Reads one file named by the index (`file`, e.g. `us-east-1.json` or
 * `us-east-1.commitments.json`) and returns its parsed JSON, or throws an error naming the file.
 * Synchronous: a shard's records are a property read.
 */
export type RegionFileLoader = (file: string) => unknown;

/** The `terms` a region's commitments file declares (its on-demand file declares none). */
export const COMMITMENTS_FILE_TERMS = 'commitments';

/** What one file of a region must hold: per service, the record count the index gives. */
interface FilePlan {
  readonly region: string;
  readonly file: string;
  /** Which term part the file holds; undefined: every term (a region with one file). */
  readonly part: TermPart | undefined;
  /** Per service, the index's shard and how many of its records this file holds. */
  readonly counts: ReadonlyMap<
    string,
    { readonly entry: EmbeddedShardEntry; readonly records: number }
  >;
}

/** One file of the index: read on the first read of one of its shards' records. */
class FileSlot {
  /** Encoded shards read from the file and not decoded yet, by service. */
  private pending: Map<string, EncodedShard> | undefined;

  constructor(
    private readonly plan: FilePlan,
    private readonly load: RegionFileLoader,
    /** How errors name the file (e.g. its path). */
    private readonly name: string,
  ) {}

  /** The shard of `service`, decoded; each shard is handed out once (its shard keeps the records). */
  decode(service: string): readonly PriceRecord[] {
    if (!this.plan.counts.has(service)) return [];
    this.pending ??= this.read();
    const encoded = this.pending.get(service);
    if (!encoded)
      throw new EmbeddedCatalogError(`${this.name}: its ${service} shard was decoded twice.`);
    let records: readonly PriceRecord[];
    try {
      records = decodeShard(encoded).records;
    } catch (error) {
      if (error instanceof ShardFormatError)
        throw new EmbeddedCatalogError(`${this.name}: ${error.message}`);
      throw error;
    }
    const part = this.plan.part;
    const stray = part ? records.findIndex((r) => termPart(r.term) !== part) : -1;
    if (stray >= 0)
      throw new EmbeddedCatalogError(
        `${this.name}: its ${service} shard holds a ${records[stray]?.term.type} record ` +
          `(records[${stray}], ${records[stray]?.id}) in the ${part} file.`,
      );
    this.pending.delete(service);
    return records;
  }

  private read(): Map<string, EncodedShard> {
    const { region, part, counts } = this.plan;
    const file = this.name;
    const json = this.load(this.plan.file);
    const fields =
      typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
    const terms = part === 'commitments' ? COMMITMENTS_FILE_TERMS : undefined;
    if (
      fields['region'] !== region ||
      fields['terms'] !== terms ||
      !Array.isArray(fields['shards'])
    )
      throw new EmbeddedCatalogError(
        `${file} is not the ${region} ${terms ? 'commitments ' : ''}file of the embedded catalog ` +
          `(expected {"region": "${region}", ${terms ? `"terms": "${terms}", ` : ''}"shards": [...]}).`,
      );
    const shards = fields['shards'] as EncodedShard[];
    const byService = new Map(shards.map((s) => [s?.service, s]));
    const pending = new Map<string, EncodedShard>();
    for (const [service, expected] of counts) {
      const found = byService.get(service);
      if (!found)
        throw new EmbeddedCatalogError(`${file} has no ${service} shard, which index.json lists.`);
      checkShard(file, region, expected, found);
      pending.set(service, found);
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
  expected: { readonly entry: EmbeddedShardEntry; readonly records: number },
  found: EncodedShard,
): void {
  const { entry } = expected;
  const differs: string[] = (['version', 'publishedAt', 'source'] as const).filter(
    (k) => found[k] !== entry[k],
  );
  if (found.region !== region) differs.push('region');
  if (!Array.isArray(found.records) || found.records.length !== expected.records)
    differs.push('record count');
  if (differs.length)
    throw new EmbeddedCatalogError(
      `${file}: its ${entry.service} shard differs from index.json in ${differs.join(', ')} ` +
        '(the file and the index come from different builds: run `npm run catalog:build`).',
    );
}

/** A region's files: `main` (every term, or all but the commitments) and its commitments file. */
interface RegionFiles {
  readonly main: FileSlot;
  readonly commitments: FileSlot | undefined;
}

function regionFiles(
  entry: EmbeddedRegionEntry,
  load: RegionFileLoader,
  nameFile: (file: string) => string,
): RegionFiles {
  const split = entry.commitmentsFile !== undefined;
  const plan = (
    file: string,
    part: TermPart | undefined,
    count: (s: EmbeddedShardEntry) => number,
  ) =>
    new FileSlot(
      {
        region: entry.region,
        file,
        part,
        counts: new Map(
          entry.shards
            .filter((s) => part !== 'commitments' || count(s) > 0)
            .map((s) => [s.service, { entry: s, records: count(s) }]),
        ),
      },
      load,
      nameFile(file),
    );
  return {
    main: plan(entry.file, split ? 'on-demand' : undefined, (s) => s.records),
    commitments: entry.commitmentsFile
      ? plan(entry.commitmentsFile, 'commitments', (s) => s.commitments ?? 0)
      : undefined,
  };
}

function lazyShard(region: string, files: RegionFiles, entry: EmbeddedShardEntry): CatalogShard {
  const parts = new Map<TermPart, readonly PriceRecord[]>();
  let all: readonly PriceRecord[] | undefined;
  const read = (part: TermPart): readonly PriceRecord[] => {
    let records = parts.get(part);
    if (records) return records;
    if (files.commitments) {
      records = (part === 'on-demand' ? files.main : files.commitments).decode(entry.service);
    } else {
      // One file holds every term: split it once.
      all ??= files.main.decode(entry.service);
      records = all.filter((r) => termPart(r.term) === part);
    }
    parts.set(part, records);
    return records;
  };
  const shard: CatalogShard = {
    service: entry.service,
    region,
    version: entry.version,
    publishedAt: entry.publishedAt,
    source: entry.source,
    get records(): readonly PriceRecord[] {
      if (!files.commitments) return (all ??= files.main.decode(entry.service));
      all ??= [...read('on-demand'), ...read('commitments')];
      return all;
    },
  };
  // Not enumerable: a shard made from this one by spreading it with other records
  // (`{ ...shard, records }`) must not keep reading this one's parts.
  Object.defineProperty(shard, 'partRecords', { value: read, enumerable: false });
  return shard;
}

/**
 * The embedded catalog as a snapshot whose shards are known from the index alone: a region's file
 * is read (through `loadRegion`) when the records of one of its shards are first read, and each
 * shard is decoded then. Its commitments file (Reserved and Savings Plans records) is read only
 * when a query asks for such a term there (`partRecords('commitments')`) or something reads every
 * record of one of its shards (`records`: coverage, catalog diff, the API's full download). An
 * estimate therefore reads the regions it prices and `global`, and the commitments of those
 * regions only if it prices a commitment; a report over every shard reads them all. A file that is
 * missing, unreadable or disagrees with the index throws EmbeddedCatalogError naming it (as
 * `nameFile` spells it, e.g. its path) — never an empty shard, never "no Reserved price".
 */
export function lazyEmbeddedSnapshot(
  index: EmbeddedIndex,
  loadRegion: RegionFileLoader,
  nameFile: (file: string) => string = (file) => file,
): CatalogSnapshot {
  const shards = index.regions.flatMap((entry) => {
    const files = regionFiles(entry, loadRegion, nameFile);
    return entry.shards.map((s) => lazyShard(entry.region, files, s));
  });
  return Object.freeze({
    version: index.version,
    createdAt: index.createdAt,
    shards: Object.freeze(shards),
  });
}
