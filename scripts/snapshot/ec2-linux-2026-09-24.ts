import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { EC2_METAL_US_EAST_1_2026_09_24 } from './data/ec2-metal-2026-09-24';
import { linuxOnDemandRecord } from './ec2';
import { COMPUTE_SP_SOURCE, computeSpRows } from './ec2-savings-plans-2026';
import type { DbClassSpecs } from './ec2-specs';
import { repoSource } from './published';

/**
 * The On-Demand column of the 2026-09-24 copy (addisonj/pricesim `src/catalog/aws/ec2.gen.ts`,
 * commit cbdb5051): the `od` its generator read, the same day as the Savings Plans rates, from
 * AWS's pricing-page feed `ec2/USD/current/ec2-ondemand-without-sec-sel/US East (N. Virginia)/Linux`
 * (the price of the type's Linux, shared-tenancy row). The copy keeps no rateCode.
 */
export function onDemand20260924Source(): PriceSource {
  const s = COMPUTE_SP_SOURCE;
  return repoSource(
    s.repo,
    s.commit,
    s.path,
    s.asOf,
    "AWS's EC2 On-Demand pricing-page feed b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/ec2/USD/current/" +
      'ec2-ondemand-without-sec-sel/US East (N. Virginia)/Linux/index.json, retrieved 2026-09-24 and ' +
      'generated into a table (ec2Prices[type].od, Linux, shared tenancy); the copy keeps no rateCode',
  );
}

/** The copy's On-Demand prices: the 809 rows of the Savings Plans transcription and 20 `.metal` rows. */
export function onDemand20260924Prices(): { instanceType: string; price: string }[] {
  const metal = Object.entries(EC2_METAL_US_EAST_1_2026_09_24).map(([instanceType, price]) => ({
    instanceType,
    price,
  }));
  const rows = computeSpRows().map((r) => ({ instanceType: r.instanceType, price: r.onDemand }));
  const both = metal.filter((m) => rows.some((r) => r.instanceType === m.instanceType));
  if (both.length > 0)
    throw new Error(
      `data/ec2-metal-2026-09-24.ts repeats rows of the SP transcription: ${both.map((b) => b.instanceType).join(', ')}.`,
    );
  return [...rows, ...metal];
}

/**
 * EC2 Linux On-Demand, shared tenancy, us-east-1, for the 809 types of
 * data/ec2-compute-sp-2026-09-24.ts and the 20 of data/ec2-metal-2026-09-24.ts, from the copy's `od`
 * column: the newest dated source of these prices. The build's merge decides (DECISIONS 91): where
 * an older official record (the 2025-04-04 feed, with its rateCode) has the same price it is kept
 * and this record is dropped; where every older source differs, this one wins (an AWS price
 * change); a Karpenter row it contradicts loses.
 */
export function linuxOnDemand20260924(dbClasses: DbClassSpecs): PriceRecord[] {
  const source = onDemand20260924Source();
  return onDemand20260924Prices().map(({ instanceType, price }) =>
    linuxOnDemandRecord(
      { region: COMPUTE_SP_SOURCE.region, instanceType, price, source },
      dbClasses,
    ),
  );
}
