import type { PriceRecord } from '../../core/catalog/price-record';
import { regionName } from '../../core/vocabulary/regions';
import { curated } from './curated-record';
import {
  INTER_REGION_2025_06_05,
  INTER_REGION_ROW_TITLES,
} from './data/inter-region-feed-2025-06-05';
import { INTERNET_OUT_2025_06_05, INTERNET_OUT_TIERS } from './data/transfer-feed-2025-06-05';
import { feedSource } from './feed-sources-2025';
import { regionUsageType } from './regions';

function transferRecord(
  region: string,
  attributes: Record<string, string>,
  price: string,
  note: string,
  what: string[],
  range: readonly [string, string] = ['0', 'Inf'],
): PriceRecord {
  return curated({
    service: 'AWSDataTransfer',
    region,
    productFamily: 'Data Transfer',
    attributes,
    unit: 'GB',
    price,
    beginRange: range[0],
    endRange: range[1],
    source: feedSource('dataTransfer', note),
    what,
  });
}

/**
 * Data transfer out to the internet in all four monthly tiers, every commercial region, from AWS's
 * data-transfer feed of 2025-06-05. Tier 1 has the id and query of the 2022 skyplane record it
 * supersedes (the newer date wins in the merge).
 */
export function internetEgressFeeds(): PriceRecord[] {
  return Object.entries(INTERNET_OUT_2025_06_05).flatMap(([region, prices]) =>
    INTERNET_OUT_TIERS.map((tier, index) =>
      transferRecord(
        region,
        {
          transferType: 'AWS Outbound',
          fromLocation: regionName(region),
          toLocation: 'External',
          usagetype: regionUsageType(region, 'DataTransfer-Out-Bytes', false),
        },
        prices[index]!,
        `${tier.row} (StartingRange ${tier.beginRange}, EndingRange ${tier.endRange})`,
        ['internet-out', String(index)],
        [tier.beginRange, tier.endRange],
      ),
    ),
  );
}

/** `USE1` for us-east-1: the region prefix AWS's inter-region usage types carry in every region. */
function prefix(region: string): string {
  return regionUsageType(region, 'x', true).slice(0, -2);
}

/**
 * Data transfer from each commercial region to each other one (990 of the 992 pairs), from AWS's
 * data-transfer feed of 2025-06-05. The records have the id and query of the 2022 skyplane and May
 * 2025 invoice records of the same pair, which they supersede (the newer date wins in the merge).
 */
export function interRegionFeeds(): PriceRecord[] {
  return Object.entries(INTER_REGION_2025_06_05).flatMap(([from, prices]) =>
    Object.entries(prices).map(([to, price]) => {
      const title = INTER_REGION_ROW_TITLES[to];
      if (!title) throw new Error(`Inter-region data: no row title for destination ${to}.`);
      return transferRecord(
        from,
        {
          transferType: 'InterRegion Outbound',
          fromLocation: regionName(from),
          toLocation: regionName(to),
          fromRegionCode: from,
          toRegionCode: to,
          usagetype: `${prefix(from)}-${prefix(to)}-AWS-Out-Bytes`,
        },
        price,
        `DataTransfer InterRegion Outbound to ${title}", location "${regionName(from)} (To Location: ${regionName(to)})`,
        ['inter-region', to],
      );
    }),
  );
}
