/**
 * `npm run catalog:coverage -- [--details] [--estates] [--rounded] [--dates] [--format table|json]`: prints
 * core/catalog/coverage.ts's report of the embedded catalog (core/embedded) — a summary per region
 * (the table in core/catalog/data/README.md), then with `--details` every region × service ×
 * pricing model row, with `--estates` how much of the measured customer estates it prices
 * (scripts/estate-coverage.ts: lines, share priced, lines not priced by reason), and with
 * `--rounded` the prices whose only source rounds them (core/catalog/rounded-prices.ts), and with
 * `--dates` each region × service's price dates as the admin catalog page shows them, counting a
 * newer source's confirmation of a price (DECISIONS 101).
 */
import { parseArgs } from 'node:util';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import type { CatalogCoverage, CoverageReport, RoundedPriceRow } from '../../core';
import {
  COVERAGE_COLUMNS,
  PriceCatalog,
  catalogCoverage,
  columnRow,
  coverageReport,
  roundedPrices,
  serviceDatesText,
} from '../../core';
import type { EstateCoverage } from '../estate-coverage';
import {
  ESTATE_REGIONS,
  coverageEstates,
  estateCoverageText,
  measureEstate,
} from '../estate-coverage';

const percent = (share: number): string => `${(100 * share).toFixed(share === 1 ? 0 : 1)} %`;

/** The summary table (markdown): records per region and the share of current-generation types priced. */
export function summaryTable(report: CoverageReport): string {
  const head = [
    'region',
    'records',
    ...COVERAGE_COLUMNS.map((c) => c.title),
    'EBS',
    'other services',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const region of report.regions) {
    const models = report.models.filter((m) => m.region === region);
    const records = models.reduce((n, m) => n + m.records, 0);
    const cells = COVERAGE_COLUMNS.map((c) => {
      const row = columnRow(report, region, c);
      return row ? percent(row.share) : '—';
    });
    const other = new Set(
      models
        .filter((m) => !['AmazonEC2', 'AmazonRDS', 'AmazonElastiCache'].includes(m.service))
        .map((m) => m.service),
    );
    const ebs = region === 'global' ? '—' : ebsCell(report, region);
    lines.push(`| ${[region, String(records), ...cells, ebs, String(other.size)].join(' | ')} |`);
  }
  return lines.join('\n');
}

function ebsCell(report: CoverageReport, region: string): string {
  const volumes = report.ebs[region];
  return volumes === undefined ? '—' : `${volumes} types`;
}

function detailsTable(report: CoverageReport): string {
  const lines = ['| region | service | pricing model | records |', '|---|---|---|---:|'];
  for (const m of report.models)
    lines.push(`| ${m.region} | ${m.service} | ${m.model} | ${m.records} |`);
  lines.push(
    '',
    '| region | service | variant | pricing model | current-generation types priced |',
    '|---|---|---|---|---:|',
  );
  for (const t of report.types)
    lines.push(
      `| ${t.region} | ${t.service} | ${t.variant} | ${t.model} | ${t.priced} of ${t.current} (${percent(t.share)}) |`,
    );
  return lines.join('\n');
}

/** The prices whose only source rounds them, per region and service (markdown). */
export function roundedTable(rows: readonly RoundedPriceRow[]): string {
  const lines = [
    '| region | service | rounded to | records | hourly | AWS price within ± | worst per instance-month (730 h) |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.region} | ${r.service} | ${r.places} decimals | ${r.records} | ${r.hourly} | $${r.worstUnitError} | $${r.worstMonthlyPerInstance} |`,
    );
  const total = rows.reduce((n, r) => n + r.records, 0);
  lines.push('', `${total} records in ${new Set(rows.map((r) => r.region)).size} regions.`);
  return lines.join('\n');
}

/**
 * Each region × service: records, how many of their prices a newer source confirmed unchanged, and
 * the price dates in the admin catalog page's words (core's `serviceDatesText`), markdown.
 */
export function datesTable(coverage: CatalogCoverage): string {
  const lines = [
    '| region | service | records | confirmed unchanged by a newer source | price dates |',
    '|---|---|---:|---:|---|',
  ];
  for (const r of coverage.regions)
    for (const s of r.services)
      lines.push(
        `| ${r.region} | ${s.service} | ${s.records} | ${s.confirmed} | ${serviceDatesText(s)} |`,
      );
  return lines.join('\n');
}

/** Every estate of scripts/estate-coverage.ts priced in each region of the done-when. */
export async function measureEstates(): Promise<EstateCoverage[]> {
  const catalog = new PriceCatalog(embeddedSnapshot());
  const rows: EstateCoverage[] = [];
  for (const estate of await coverageEstates())
    for (const region of ESTATE_REGIONS) rows.push(await measureEstate(estate, region, catalog));
  return rows;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string', default: 'table' },
      details: { type: 'boolean', default: false },
      estates: { type: 'boolean', default: false },
      rounded: { type: 'boolean', default: false },
      dates: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'table' && values.format !== 'json') {
    console.error(`--format must be table or json, got '${values.format}'.`);
    return 1;
  }
  const report = coverageReport(embeddedSnapshot());
  const estates = values.estates ? await measureEstates() : undefined;
  const rounded = values.rounded ? roundedPrices(embeddedSnapshot()) : undefined;
  const dates = values.dates ? catalogCoverage(embeddedSnapshot()) : undefined;
  if (values.format === 'json') {
    console.log(
      JSON.stringify(
        {
          ...report,
          ...(estates ? { estates } : {}),
          ...(rounded ? { rounded } : {}),
          ...(dates ? { dates: dates.regions } : {}),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  console.log(
    `Catalog ${report.version}: share of each region's current-generation types with a price (On-Demand unless stated; RI = Reserved standard No Upfront), records per region.\n`,
  );
  console.log(summaryTable(report));
  if (values.details) console.log(`\n${detailsTable(report)}`);
  if (estates)
    console.log(
      `\nEstates priced as \`npm run estimate -- FILE --region R\` prices them (a line is priced when every component is):\n\n${estateCoverageText(estates)}`,
    );
  if (rounded)
    console.log(
      `\nPrices whose only source rounds them (AWS's exact price within half a unit of the last decimal; DECISIONS 96):\n\n${roundedTable(rounded)}`,
    );
  if (dates)
    console.log(
      `\nPrice dates per region and service: from the oldest to the newest date a price is known to hold (a price a newer source gives unchanged counts from that source's date; the oldest price date by the sources alone is named beside it; DECISIONS 101):\n\n${datesTable(dates)}`,
    );
  if (!values.details || !estates)
    console.log(
      '\n(--details: every region × service × pricing model; --estates: the measured customer estates; --rounded: prices whose only source rounds them; --dates: price dates per region and service; --format json: everything.)',
    );
  return 0;
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
