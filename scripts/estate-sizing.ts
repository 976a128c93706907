/**
 * `npm run estates:sizing -- [--sizing NAME]…`: the estates of `npm run catalog:coverage --
 * --estates` (scripts/estate-coverage.ts) priced in both regions under each sizing policy asked
 * for — `as-sized` (the default policy) or a sizing preset (`no-burstable`, `intel-only`,
 * `amd-only`); all of them when none is named. Prints coverage, list monthly totals and the
 * families chosen per policy. (A separate command: scripts/snapshot/ belongs to the catalog build.)
 */
import { parseArgs } from 'node:util';
import type { SizingPolicy } from '../core';
import { PriceCatalog, SCENARIO_PRESETS } from '../core';
import { embeddedSnapshot } from '../backend/adapters/embedded-catalog-files';
import type { EstateCoverage } from './estate-coverage';
import {
  ESTATE_REGIONS,
  coverageEstates,
  estateCoverageText,
  measureEstate,
} from './estate-coverage';

/** The policies by name: `as-sized` and every preset scenario that is a sizing policy. */
export const SIZING_POLICIES: Readonly<Record<string, SizingPolicy>> = {
  'as-sized': {},
  ...Object.fromEntries(
    Object.entries(SCENARIO_PRESETS).flatMap(([name, s]) =>
      s.sizingPolicy ? [[name, s.sizingPolicy]] : [],
    ),
  ),
};

/** Every estate in each region under each policy, in that order. */
export async function measureEstatesUnder(
  policies: readonly SizingPolicy[],
): Promise<EstateCoverage[]> {
  const catalog = new PriceCatalog(embeddedSnapshot());
  const rows: EstateCoverage[] = [];
  for (const estate of await coverageEstates())
    for (const region of ESTATE_REGIONS)
      for (const policy of policies)
        rows.push(await measureEstate(estate, region, catalog, policy));
  return rows;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { sizing: { type: 'string', multiple: true, default: [] } },
  });
  const names = values.sizing.length > 0 ? values.sizing : Object.keys(SIZING_POLICIES);
  const unknown = names.find((n) => !SIZING_POLICIES[n]);
  if (unknown !== undefined) {
    console.error(
      `--sizing must be one of ${Object.keys(SIZING_POLICIES).join(', ')}, got '${unknown}'.`,
    );
    return 2;
  }
  const rows = await measureEstatesUnder(names.map((n) => SIZING_POLICIES[n]!));
  console.log(
    `Estates priced as \`npm run estimate -- FILE --region R\` prices them, under each sizing policy:\n\n${estateCoverageText(rows)}`,
  );
  return 0;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
