import type { CostLine, Estimate, PriceCatalog, Requirements } from '../../core';
import type { CellRequest } from './function-args';
import { UnavailableError } from './function-errors';

/** What a cell gets back: the priced line of its one requirement item. */
export interface CellPrice {
  readonly monthly: string;
  readonly upfront: string;
  readonly line: CostLine;
  readonly catalogVersion: string;
}

export type CatalogLoader = (region: string) => Promise<PriceCatalog>;
/** core's `priceRequirements` (injected so tests can count and fail engine calls). */
export type PriceRequirements = (requirements: Requirements, catalog: PriceCatalog) => Estimate;

interface Pending {
  readonly request: CellRequest;
  readonly resolve: (value: CellPrice) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Prices cells locally, in batches. Excel calls every custom function cell separately; each call
 * queues here and the queue is flushed once per task (a recalculation of 10,000 cells is one
 * flush). A flush loads each region's catalog once (CatalogCache coalesces and caches it), prices
 * every distinct request once with one engine call per region, and memoises results per catalog
 * version, so recalculating unchanged cells does no pricing at all. Never a network call per cell.
 */
export class CellPricer {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly memo = new Map<string, CellPrice | Error>();
  /** Engine calls made, for tests and the benchmark. */
  engineCalls = 0;

  constructor(
    private readonly loadCatalog: CatalogLoader,
    private readonly engine: PriceRequirements,
    private readonly schedule: (flush: () => void) => void = (flush) => setTimeout(flush, 0),
  ) {}

  price(request: CellRequest): Promise<CellPrice> {
    return new Promise<CellPrice>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => void this.flush());
      }
    });
  }

  async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    const byRegion = new Map<string, Pending[]>();
    for (const p of batch) {
      const list = byRegion.get(p.request.region);
      if (list) list.push(p);
      else byRegion.set(p.request.region, [p]);
    }
    await Promise.all([...byRegion].map(([region, pending]) => this.flushRegion(region, pending)));
  }

  private async flushRegion(region: string, pending: readonly Pending[]): Promise<void> {
    let catalog: PriceCatalog;
    try {
      catalog = await this.loadCatalog(region);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const p of pending)
        p.reject(new UnavailableError(`Prices for ${region} unavailable: ${reason}`));
      return;
    }
    const todo = new Map<string, CellRequest>();
    for (const p of pending) {
      const key = memoKey(catalog, p.request.key);
      if (!this.memo.has(key)) todo.set(key, p.request);
    }
    if (todo.size > 0) this.priceAll(region, catalog, todo);
    for (const p of pending) {
      const result = this.memo.get(memoKey(catalog, p.request.key));
      if (result instanceof Error || result === undefined)
        p.reject(result ?? new UnavailableError('not priced'));
      else p.resolve(result);
    }
  }

  /** One engine call for the whole batch; if it throws, price one by one to isolate the bad cell. */
  private priceAll(region: string, catalog: PriceCatalog, todo: Map<string, CellRequest>): void {
    const entries = [...todo];
    try {
      const estimate = this.run(
        region,
        catalog,
        entries.map(([, r], i) => ({ ...r.item, id: `c${i}` })),
      );
      const lines = new Map(estimate.lines.map((l) => [l.itemId, l]));
      entries.forEach(([key], i) => this.memo.set(key, cellResult(lines.get(`c${i}`), estimate)));
    } catch {
      for (const [key, request] of entries) {
        try {
          const estimate = this.run(region, catalog, [{ ...request.item, id: 'c0' }]);
          this.memo.set(
            key,
            cellResult(
              estimate.lines.find((l) => l.itemId === 'c0'),
              estimate,
            ),
          );
        } catch (error) {
          this.memo.set(key, error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
  }

  private run(region: string, catalog: PriceCatalog, items: Requirements['items']): Estimate {
    this.engineCalls++;
    return this.engine(
      { settings: { region, pricingModel: { kind: 'on-demand' } }, items },
      catalog,
    );
  }
}

function memoKey(catalog: PriceCatalog, key: string): string {
  return `${catalog.version}|${key}`;
}

function cellResult(line: CostLine | undefined, estimate: Estimate): CellPrice | Error {
  if (!line) return new UnavailableError('The engine returned no line for this cell.');
  if (line.components.length === 0)
    return new UnavailableError(line.warnings[0] ?? `${line.description} could not be priced`);
  const gap = line.components.find(
    (c) => c.status === 'price-not-in-catalog' || c.status === 'ambiguous',
  );
  if (gap) {
    const why = gap.status === 'ambiguous' ? 'is ambiguous in' : 'is not in';
    return new UnavailableError(
      `${gap.name} ${why} the ${line.region} price catalog ${estimate.catalogVersion}`,
    );
  }
  return {
    monthly: line.monthly,
    upfront: line.upfront,
    line,
    catalogVersion: estimate.catalogVersion,
  };
}
