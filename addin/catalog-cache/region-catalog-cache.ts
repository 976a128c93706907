import type { CatalogShard, TermPart } from '../../core';
import { PriceCatalog, shardPartRecords } from '../../core';
import type { PricingDataResult } from '../api/api-client';
import { decodePricingData } from './shard-decoder';
import { onDemandOnlyShard, withCommitments } from './term-part-shards';

/** One term part of a region (`GET /calculations/pricing-data?region=R&terms=P`). */
export type PricingDataSource = (
  region: string,
  etag: string | null,
  terms: TermPart,
) => Promise<PricingDataResult>;

/** What a load needs: a cell or estimate with a Reserved or Savings Plans term needs commitments. */
export interface CatalogNeed {
  readonly commitments?: boolean;
}

interface PartEntry {
  readonly version: string;
  /** The part's shards, with that part's records only. */
  readonly shards: readonly CatalogShard[];
  readonly etag: string | null;
  checkedAt: number;
}

/**
 * A region's catalog, loaded once and shared by every cell and by the task pane, in two parts
 * (DECISIONS 95): On-Demand (and every other non-commitment price), fetched for any use, and the
 * Reserved and Savings Plans rates, fetched only when a cell or estimate asks for such a term.
 * - concurrent loads of one part are coalesced into one request;
 * - after `maxAgeMs` (the API's `Cache-Control: max-age=300`) the next use revalidates with
 *   `If-None-Match`; a 304 keeps the decoded part, so nothing is re-decoded or re-indexed;
 * - when revalidation fails (offline), the cached part keeps serving: stale prices beat #N/A.
 * An On-Demand catalog asked for a commitment price throws (naming the region), never "no price".
 */
export class RegionCatalogCache {
  private readonly parts = new Map<string, PartEntry>();
  private readonly inflight = new Map<string, Promise<PartEntry>>();
  /** The catalog last built per region and need, with the part entries it was built from. */
  private readonly built = new Map<string, { catalog: PriceCatalog; from: PartEntry[] }>();
  /** Number of requests sent, for tests and the benchmark. */
  requests = 0;

  constructor(
    private readonly source: PricingDataSource,
    private readonly maxAgeMs = 300_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The catalog if it is already in memory (no I/O), else undefined. */
  peek(region: string, need: CatalogNeed = {}): PriceCatalog | undefined {
    return this.built.get(builtKey(region, need))?.catalog;
  }

  async load(region: string, need: CatalogNeed = {}): Promise<PriceCatalog> {
    const [onDemand, commitments] = await Promise.all([
      this.part(region, 'on-demand'),
      need.commitments ? this.part(region, 'commitments') : undefined,
    ]);
    let from = commitments ? [onDemand, commitments] : [onDemand];
    if (commitments && commitments.version !== onDemand.version) {
      // The catalog was republished between the two downloads: fetch both again, once.
      from = await Promise.all([
        this.refetch(region, 'on-demand'),
        this.refetch(region, 'commitments'),
      ]);
      if (from[0]?.version !== from[1]?.version)
        throw new Error(
          `The ${region} catalog changed while it was downloaded (${from[0]?.version} and ` +
            `${from[1]?.version}); recalculate in a moment.`,
        );
    }
    const key = builtKey(region, need);
    const cached = this.built.get(key);
    if (cached && cached.from.every((e, i) => e === from[i])) return cached.catalog;
    const catalog = build(region, from);
    this.built.set(key, { catalog, from });
    return catalog;
  }

  clear(): void {
    this.parts.clear();
    this.built.clear();
  }

  private part(region: string, terms: TermPart): Promise<PartEntry> {
    const key = `${region}|${terms}`;
    const entry = this.parts.get(key);
    if (entry && this.now() - entry.checkedAt < this.maxAgeMs) return Promise.resolve(entry);
    return this.fetchOnce(region, terms, entry);
  }

  private refetch(region: string, terms: TermPart): Promise<PartEntry> {
    this.parts.delete(`${region}|${terms}`);
    return this.fetchOnce(region, terms, undefined);
  }

  private fetchOnce(region: string, terms: TermPart, entry: PartEntry | undefined) {
    const key = `${region}|${terms}`;
    const running = this.inflight.get(key);
    if (running) return running;
    const loading = this.fetch(region, terms, entry).finally(() => this.inflight.delete(key));
    this.inflight.set(key, loading);
    return loading;
  }

  private async fetch(
    region: string,
    terms: TermPart,
    entry: PartEntry | undefined,
  ): Promise<PartEntry> {
    this.requests++;
    let result: PricingDataResult;
    try {
      result = await this.source(region, entry?.etag ?? null, terms);
    } catch (error) {
      if (entry) {
        entry.checkedAt = this.now();
        return entry;
      }
      throw error;
    }
    if (result.status === 'not-modified') {
      if (!entry)
        throw new Error(
          `The API answered 304 for ${region} but no catalog is cached; reload the add-in.`,
        );
      entry.checkedAt = this.now();
      return entry;
    }
    const decoded = decodePricingData(region, result.body);
    // Only the part asked for, whatever the answer held.
    const shards = decoded.allShards().map((s) => ({ ...s, records: shardPartRecords(s, terms) }));
    const next = { version: decoded.version, shards, etag: result.etag, checkedAt: this.now() };
    this.parts.set(`${region}|${terms}`, next);
    return next;
  }
}

function builtKey(region: string, need: CatalogNeed): string {
  return `${region}|${need.commitments ? 'all' : 'on-demand'}`;
}

/** One catalog of the parts: On-Demand alone (its commitments refused) or both merged per shard. */
function build(region: string, [onDemand, commitments]: PartEntry[]): PriceCatalog {
  if (!onDemand) throw new Error(`No ${region} catalog was downloaded.`);
  const shards = commitments
    ? withCommitments(onDemand.shards, commitments.shards)
    : onDemand.shards.map((s) => onDemandOnlyShard(s, region));
  return new PriceCatalog({ version: onDemand.version, createdAt: '', shards });
}
