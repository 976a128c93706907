import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import type { CuratedInput, Region } from './curated-record';
import { curated } from './curated-record';
import type { BillFile, BillLine, ServicesFile } from './references';
import { FILES, githubUrl, readReference } from './references';

/**
 * Sources for hand-curated unit prices. A page source is an AWS pricing page whose price the
 * curator knows with certainty; `asOf` is the latest date the curator can vouch for it. Anything
 * less certain is left out, so the engine reports "price not in catalog" instead of guessing.
 */
export function page(url: string, note?: string): PriceSource {
  return {
    reference: url,
    asOf: '2024-12',
    note:
      note ??
      'AWS published price on this page as of 2024-12 (curated by hand, not from a Price List file)',
  };
}

export const PAGES = {
  ebs: 'https://aws.amazon.com/ebs/pricing/',
  s3: 'https://aws.amazon.com/s3/pricing/',
  efs: 'https://aws.amazon.com/efs/pricing/',
  lambda: 'https://aws.amazon.com/lambda/pricing/',
  fargate: 'https://aws.amazon.com/fargate/pricing/',
  eks: 'https://aws.amazon.com/eks/pricing/',
  dynamodb: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  dynamodbProvisioned: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  elasticache: 'https://aws.amazon.com/elasticache/pricing/',
  aurora: 'https://aws.amazon.com/rds/aurora/pricing/',
  rds: 'https://aws.amazon.com/rds/mysql/pricing/',
  ec2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  vpc: 'https://aws.amazon.com/vpc/pricing/',
  elb: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  cloudwatch: 'https://aws.amazon.com/cloudwatch/pricing/',
  route53: 'https://aws.amazon.com/route53/pricing/',
  cloudfront: 'https://aws.amazon.com/cloudfront/pricing/',
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

/** One curated input per region that has a known price; regions without one are left out. */
export function perRegion(
  prices: Partial<
    Record<Region, number | string | { price: number | string; source: PriceSource }>
  >,
  fallback: PriceSource,
  make: (region: Region, price: number | string, source: PriceSource) => CuratedInput,
): PriceRecord[] {
  return Object.entries(prices).map(([region, value]) => {
    const known = typeof value === 'object' ? value : { price: value ?? '', source: fallback };
    return curated(make(region as Region, known.price, known.source));
  });
}
