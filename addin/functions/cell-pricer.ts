import type {
  CostLine,
  Estimate,
  PriceCatalog,
  QuickPrice,
  RequirementItem,
  Requirements,
} from '../../core';
import { isCommitmentModel } from '../../core';
import type { CellRequest } from './function-args';
import { UnavailableError } from './function-errors';

/** A cell's monthly and upfront cost (exact decimals) from the engine's single-item path. */
export interface CellPrice {
  readonly monthly: string;
  readonly upfront: string;
  readonly catalogVersion: string;
}

/** A cell's fully priced line (components with unit prices), for AWS.PRICE. */
export interface CellLine {
  readonly line: CostLine;
  readonly catalogVersion: string;
}

/** A region's catalog; with `commitments`, its Reserved and Savings Plans rates too (DECISIONS 95). */
export type CatalogLoader = (
  region: string,
  need: { readonly commitments: boolean },
) => Promise<PriceCatalog>;

/** The two engine entry points the cells use (injected so tests can count and fail them). */
export interface CellEngine {
  /** core's `monthlyCost`: one item, list price, no explanations — the per-cell hot path. */
  monthly(catalog: PriceCatalog, item: RequirementItem, settings: { region: string }): QuickPrice;
  /** core's `priceRequirements`: full lines with components, for the unit price of AWS.PRICE. */
  estimate(requirements: Requirements, catalog: PriceCatalog): Estimate;
}

type Mode = 'monthly' | 'line';

/** Results kept per catalog version before the memo starts afresh. */
const MEMO_LIMIT = 100_000;

interface Pending {
  readonly mode: Mode;
  readonly request: CellRequest;
  readonly resolve: (value: CellPrice | CellLine) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Prices cells locally, in batches. Excel calls every custom function cell separately; each call
 * queues here and the queue is flushed once per task (a recalculation of 10,000 cells is one
 * flush). A flush loads each region's catalog once (RegionCatalogCache coalesces and caches it), prices
 * each distinct request once, and memoises results per catalog version, so recalculating
 * unchanged cells does no pricing at all. Never a network call per cell.
 */
export class CellPricer {
  private queue: Pending[] = [];
  private scheduled = false;
  /** Results per catalog version (regions may be on different ones), by mode and request key. */
  private readonly memo = new Map<string, Map<string, CellPrice | CellLine | Error>>();
  /** Engine calls made, for tests and the benchmark. */
  engineCalls = 0;

  constructor(
    private readonly loadCatalog: CatalogLoader,
    private readonly engine: CellEngine,
    private readonly schedule: (flush: () => void) => void = (flush) => setTimeout(flush, 0),
  ) {}

  price(request: CellRequest): Promise<CellPrice> {
    return this.enqueue('monthly', request) as Promise<CellPrice>;
  }

  line(request: CellRequest): Promise<CellLine> {
    return this.enqueue('line', request) as Promise<CellLine>;
  }

  private enqueue(mode: Mode, request: CellRequest): Promise<CellPrice | CellLine> {
    return new Promise((resolve, reject) => {
      this.queue.push({ mode, request, resolve, reject });
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
      // The commitments are downloaded only when a cell of the batch asks for such a term.
      const commitments = pending.some((p) => usesCommitment(p.request));
      catalog = await this.loadCatalog(region, { commitments });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      for (const p of pending)
        p.reject(new UnavailableError(`Prices for ${region} unavailable: ${reason}`));
      return;
    }
    let memo = this.memo.get(catalog.version);
    if (!memo) this.memo.set(catalog.version, (memo = new Map()));
    for (const p of pending) {
      // The request key names the region; a line (AWS.PRICE) is kept apart from a monthly cost.
      const key = p.mode === 'monthly' ? p.request.key : `line|${p.request.key}`;
      let result = memo.get(key);
      if (result === undefined) {
        result =
          p.mode === 'monthly'
            ? this.priceMonthly(region, catalog, p.request)
            : this.priceLine(region, catalog, p.request);
        // Bounded like the parsed specs: a workbook's cells fit; an endless stream of distinct
        // cells (a bench, a fill-down of 1M rows) does not grow the heap without end.
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(key, result);
      }
      if (result instanceof Error) p.reject(result);
      else p.resolve(result);
    }
  }

  private priceMonthly(
    region: string,
    catalog: PriceCatalog,
    request: CellRequest,
  ): CellPrice | Error {
    try {
      this.engineCalls++;
      const quick = this.engine.monthly(catalog, request.item, { region });
      if (quick.status !== 'priced' || quick.monthly === null || quick.upfront === null) {
        return new UnavailableError(
          quick.warnings[0] ?? `not in the ${region} price catalog ${catalog.version}`,
        );
      }
      return { monthly: quick.monthly, upfront: quick.upfront, catalogVersion: catalog.version };
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private priceLine(region: string, catalog: PriceCatalog, request: CellRequest): CellLine | Error {
    try {
      this.engineCalls++;
      const estimate = this.engine.estimate(
        {
          settings: { region, pricingModel: { kind: 'on-demand' } },
          items: [{ ...request.item, id: 'cell' }],
        },
        catalog,
      );
      const line = estimate.lines[0];
      if (!line) return new UnavailableError('The engine returned no line for this cell.');
      const gap = line.components.find((c) => c.status !== 'priced' && c.status !== 'no-usage');
      if (gap?.status === 'not-offered' || gap?.status === 'invalid-combination')
        return new UnavailableError(`${gap.name}: ${gap.explanation}`);
      if (gap || line.components.length === 0) {
        const what = gap?.name ?? line.description;
        return new UnavailableError(
          `${what} is not in the ${region} price catalog ${estimate.catalogVersion}`,
        );
      }
      return { line, catalogVersion: estimate.catalogVersion };
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }
}

function usesCommitment(request: CellRequest): boolean {
  const { item } = request;
  return 'pricingModel' in item && isCommitmentModel(item.pricingModel);
}
