import type { OldestPriced, RegionCoverage, ServiceCoverage } from './coverage-summary';

/**
 * The price dates of the coverage summary in words, as the admin console and
 * `npm run catalog:coverage -- --dates` show them. The range runs from the oldest to the newest
 * date a price is known to hold; where a newer source confirmed old prices unchanged (DECISIONS
 * 101), the oldest price date by the sources alone is named beside it, so nothing older is hidden:
 * `2024-07-18 to 2026-05 (oldest priced 2023-01-06, confirmed unchanged 2026-05)`.
 */
function withOldestPriced(range: string, oldest: OldestPriced | undefined): string {
  return oldest
    ? `${range} (oldest priced ${oldest.priced}, confirmed unchanged ${oldest.confirmed})`
    : range;
}

function range(oldest: string, newest: string): string {
  if (!oldest && !newest) return '—';
  return oldest === newest ? oldest : `${oldest} to ${newest}`;
}

/** One service of a region: `2025-04-04 to 2026-05 (oldest priced 2023-01-06, confirmed unchanged 2026-05)`. */
export function serviceDatesText(s: ServiceCoverage): string {
  return withOldestPriced(range(s.oldest, s.newest), s.oldestPriced);
}

/**
 * A region over its services: the oldest to the newest date, and the oldest price date by source
 * alone where a confirmation lies behind the region's oldest date (the earliest confirmation of the
 * prices of that date).
 */
export function regionDatesText(r: RegionCoverage): string {
  const oldest = r.services.map((s) => s.oldest).filter(Boolean);
  const newest = r.services.map((s) => s.newest).filter(Boolean);
  if (!oldest.length) return '—';
  const from = oldest.reduce((a, b) => (b < a ? b : a));
  const to = newest.reduce((a, b) => (b > a ? b : a));
  const hidden = r.services
    .map((s) => s.oldestPriced)
    .filter((o): o is OldestPriced => o !== undefined && o.priced < from)
    .reduce<OldestPriced | undefined>(
      (a, b) =>
        !a || b.priced < a.priced || (b.priced === a.priced && b.confirmed < a.confirmed) ? b : a,
      undefined,
    );
  return withOldestPriced(range(from, to), hidden);
}
