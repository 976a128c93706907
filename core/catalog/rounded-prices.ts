import { Decimal } from '../money/decimal';
import type { CatalogSnapshot } from './catalog-shard';

/** Hours in the month the engine prices an always-on instance for. */
const HOURS_PER_MONTH = 730;

/**
 * The records of one region and service whose source rounds their price to `places` decimals and
 * that no more precise source confirms (the build keeps a rounded record only then, DECISIONS 96).
 */
export interface RoundedPriceRow {
  readonly region: string;
  readonly service: string;
  readonly places: number;
  readonly records: number;
  /** Of them, hourly prices (unit `Hrs`). */
  readonly hourly: number;
  /** Half a unit of the last place: how far AWS's exact price can lie from the printed one. */
  readonly worstUnitError: string;
  /** Of an hourly price, for one instance at 730 h a month: 730 × the half unit. */
  readonly worstMonthlyPerInstance: string;
}

/** Every region × service × places with rounded records, in region and service order. */
export function roundedPrices(snapshot: CatalogSnapshot): RoundedPriceRow[] {
  const rows = new Map<
    string,
    { region: string; service: string; places: number; records: number; hourly: number }
  >();
  for (const shard of snapshot.shards)
    for (const record of shard.records) {
      const places = record.source?.roundedTo;
      if (places === undefined) continue;
      const key = `${record.region}|${record.service}|${places}`;
      const row = rows.get(key) ?? {
        region: record.region,
        service: record.service,
        places,
        records: 0,
        hourly: 0,
      };
      row.records++;
      if (record.unit === 'Hrs') row.hourly++;
      rows.set(key, row);
    }
  return [...rows.values()]
    .sort((a, b) =>
      a.region !== b.region
        ? a.region < b.region
          ? -1
          : 1
        : a.service !== b.service
          ? a.service < b.service
            ? -1
            : 1
          : a.places - b.places,
    )
    .map((row) => {
      const half = Decimal.from(`5e-${row.places + 1}`);
      return {
        ...row,
        worstUnitError: half.toString(),
        worstMonthlyPerInstance: half.multiply(HOURS_PER_MONTH).trim().toString(),
      };
    });
}
