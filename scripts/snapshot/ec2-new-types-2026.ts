import type { PriceRecord } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS } from './curated-record';
import { EC2_NEW_TYPES_2026_05, EC2_NEW_TYPES_2026_05_COLUMNS } from './data/ec2-new-types-2026-05';
import type { Platform } from './ec2';
import { LINUX } from './ec2';
import { OS_PLATFORMS, copyOnDemandRecords } from './ec2-os-2026';
import type { DbClassSpecs } from './ec2-specs';

export type NewTypeColumn = (typeof EC2_NEW_TYPES_2026_05_COLUMNS)[number];

/** The platform of each column: Linux, then the columns of data/ec2-os-2026-05.ts. */
export const NEW_TYPE_PLATFORMS: Readonly<Record<NewTypeColumn, Platform>> = {
  linux: LINUX,
  ...OS_PLATFORMS,
};

/** One transcribed price of a type the 2025-04-04 feed does not list for the region. */
export interface NewTypePrice {
  readonly region: Region;
  readonly instanceType: string;
  readonly column: NewTypeColumn;
  readonly price: string;
}

const FILE = 'data/ec2-new-types-2026-05.ts';

/** The prices of one row; throws naming the row when a value is not a price or Linux is absent. */
function rowPrices(region: Region, instanceType: string, row: string): NewTypePrice[] {
  const values = row.split(' ');
  const where = `${FILE} ${region} ${instanceType}`;
  if (values.length !== EC2_NEW_TYPES_2026_05_COLUMNS.length)
    throw new Error(`${where}: ${values.length} values.`);
  if (values[0] === '-') throw new Error(`${where}: no Linux price.`);
  const prices: NewTypePrice[] = [];
  EC2_NEW_TYPES_2026_05_COLUMNS.forEach((column, i) => {
    const price = values[i] ?? '-';
    if (price === '-') return;
    if (!/^\d+(\.\d+)?$/.test(price) || Number(price) <= 0)
      throw new Error(`${where} ${column}: '${price}'.`);
    prices.push({ region, instanceType, column, price });
  });
  return prices;
}

/** Every price of data/ec2-new-types-2026-05.ts, region by region. */
export function newTypePrices(): NewTypePrice[] {
  const unknown = Object.keys(EC2_NEW_TYPES_2026_05).filter(
    (r) => !(REGIONS as readonly string[]).includes(r),
  );
  if (unknown.length > 0) throw new Error(`${FILE}: regions not in the catalog: ${unknown}.`);
  return REGIONS.flatMap((region) =>
    Object.entries(EC2_NEW_TYPES_2026_05[region] ?? {}).flatMap(([type, row]) =>
      rowPrices(region, type, row),
    ),
  );
}

/**
 * EC2 On-Demand, shared tenancy, Linux and the OS columns of ec2-os-2026.ts, for the types AWS
 * launched in (or brought to) a region after its 2025-04-04 feed (DECISIONS 86). Where a newer
 * source (the 2026-07-20 us-east-1 table's Linux, the 2026-07 export's Windows) has the price, the
 * merge keeps it (DECISIONS 91).
 */
export function newTypesOnDemand(dbClasses: DbClassSpecs): PriceRecord[] {
  return copyOnDemandRecords(newTypePrices(), NEW_TYPE_PLATFORMS, dbClasses);
}
