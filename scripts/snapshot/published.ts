import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import type { CuratedInput } from './curated-record';
import { curated } from './curated-record';
import type { BillFile, BillLine, ServicesFile } from './references';
import { FILES, githubUrl, readReference } from './references';

/**
 * Sources of curated prices. Every curated price traces to something read: an AWS page (its URL
 * and the date it was read, when the page shows none), an AWS pricing-page feed or a dated public
 * copy of one (repository, path, commit, date), or a real invoice. Nothing is entered from memory;
 * where no source gives a price the record is left out and the engine reports "price not in
 * catalog".
 */

/** The date the AWS pages below were read (they show no date of their own). */
export const PAGES_READ_ON = '2026-12-05';

/** A price read on an AWS page. */
export function pageRead(url: string, note: string): PriceSource {
  return { reference: url, asOf: PAGES_READ_ON, note: `${note} (page read ${PAGES_READ_ON})` };
}

/** A price taken from a file in a public repository, at a commit, reflecting `asOf`. */
export function repoSource(
  repo: string,
  commit: string,
  filePath: string,
  asOf: string,
  note: string,
): PriceSource {
  return { reference: githubUrl(repo, commit, filePath), asOf, note };
}

export const PAGES = {
  cloudfront: 'https://aws.amazon.com/cloudfront/pricing/',
  lambdaTieredPricingBlog:
    'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/',
  eksExtendedSupportBlog:
    'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
} as const;

/** Facts of services-unit-prices-2023-2026.json, looked up by region + usage type or item text. */
export class ReferenceFacts {
  private readonly data = readReference<ServicesFile>(FILES.services);
  private readonly bill = readReference<BillFile>(FILES.bill);

  /** The fact's price and source, or throws naming the missing fact (the curation must not guess). */
  fact(
    source: string,
    region: string,
    match: { usageType?: string; item?: RegExp },
  ): { price: number; source: PriceSource } {
    const fact = this.data.facts.find(
      (f) =>
        f.source === source &&
        f.region === region &&
        (match.usageType === undefined || f.usage_type === match.usageType) &&
        (match.item === undefined || match.item.test(f.item)),
    );
    const meta = this.data.sources[source];
    if (!fact || !meta)
      throw new Error(`${FILES.services}: no fact ${source}/${region}/${JSON.stringify(match)}.`);
    return {
      price: fact.price_usd,
      source: {
        reference: githubUrl(meta.repo, meta.commit, meta.path.split(' ')[0] ?? meta.path),
        asOf: /^\d{4}-\d{2}(-\d{2})?/.exec(meta.data_date)?.[0] ?? meta.data_date,
        note: `${fact.item} (${fact.unit}) — ${this.kind(source)}`,
      },
    };
  }

  /** A rate printed on the May 2025 invoice, found by its bill-line text. */
  billRate(region: string, description: RegExp): { price: number; source: PriceSource } {
    const line = this.bill.lines.find(
      (l) => l.region_code === region && description.test(l.description),
    );
    const rate = line && this.rate(line);
    if (!rate) throw new Error(`${FILES.bill}: no rate for ${region} ${description}.`);
    return rate;
  }

  /** The invoice rate of a usage group (e.g. `AWS Data Transfer APS1-USE1-AWS-Out-Bytes`), if printed. */
  billGroup(region: string, lineGroup: RegExp): { price: number; source: PriceSource } | undefined {
    const line = this.bill.lines.find(
      (l) => l.region_code === region && lineGroup.test(l.line_group),
    );
    return line && this.rate(line);
  }

  private rate(line: BillLine): { price: number; source: PriceSource } | undefined {
    if (line.rate_usd_as_printed === null) return undefined;
    return {
      price: line.rate_usd_as_printed,
      source: {
        reference: githubUrl(this.bill.source.repo, this.bill.source.commit, this.bill.source.path),
        asOf: '2025-05',
        note: `rate printed on a real AWS invoice for May 2025: "${line.description}"`,
      },
    };
  }

  private kind(source: string): string {
    return this.data.sources[source] ? `public source ${source}` : source;
  }
}

export interface Sourced {
  readonly price: number | string;
  readonly source: PriceSource;
}

/** One curated record per region that has a sourced price; regions without one are left out. */
export function perRegion(
  prices: Readonly<Record<string, Sourced | undefined>>,
  make: (region: string, price: number | string, source: PriceSource) => CuratedInput,
): PriceRecord[] {
  return Object.entries(prices).flatMap(([region, known]) =>
    known ? [curated(make(region, known.price, known.source))] : [],
  );
}
