/**
 * `npm run estimate -- <requirements.json> [--region R] [--no-burstable] [--processor any|intel|amd] [--min-generation N] [--scenario NAME] [--compare] [--reprice PREVIOUS.json [--recorded-policy]] [--format table|json|csv]`
 *
 * Prices a requirements file with the embedded catalog and prints the estimate. Exit codes: 0 priced,
 * 1 the input cannot be priced (bad JSON, invalid requirements, a discontinued support plan…),
 * 2 wrong command line. See backend/cli/README.md for the input format.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type {
  Comparison,
  Estimate,
  EstimateRepricing,
  PricingFinding,
  Requirements,
  Scenario,
  SizingPolicy,
} from '../../core';
import {
  COMPONENT_STATUSES,
  PROCESSOR_CHOICES,
  PriceCatalog,
  SCENARIO_PRESETS,
  compareScenarios,
  priceRequirements,
  pricingFindings,
  renderComparisonText,
  renderEstimateCsv,
  renderEstimateText,
  renderRepricingText,
  repriceEstimate,
} from '../../core';
import { embeddedSnapshot } from '../adapters/embedded-catalog-files';
import { ValidationError } from '../http/errors';
import { UsageError, readJsonOrExplain, readRequirementsFile } from './read-input';
import type { SizingPolicyDraft } from './sizing-flags';
import { SIZING_FLAGS_USAGE, readSizingFlag } from './sizing-flags';

// The input side lives in read-input.ts; these stay importable from here.
export { UsageError, envelopeSchema, readRequirementsFile } from './read-input';
export type { InputDeps } from './read-input';
import { validate } from '../http/validate';
import { sizingPolicySchema } from '../routes/schemas/requirements';

export const USAGE = `Usage: npm run estimate -- <requirements.json> [--region R] ${SIZING_FLAGS_USAGE} [--scenario NAME] [--compare] [--reprice PREVIOUS.json [--recorded-policy]] [--format table|json|csv]`;

export interface CliArgs {
  readonly file: string;
  readonly region?: string;
  /** The sizing policy flags given (over the file's own policy, field by field). */
  readonly sizingPolicy?: SizingPolicy;
  readonly scenario?: string;
  readonly compare: boolean;
  /** A previous `--format json` estimate to re-price against the current catalog. */
  readonly reprice?: string;
  /** Re-price under the sizing policy the previous estimate recorded, not the current one. */
  readonly recordedPolicy?: boolean;
  readonly format: 'table' | 'json' | 'csv';
}

export interface CliDeps {
  readonly readText: (path: string) => Promise<string>;
  /** Raw bytes, for workbooks (.xlsx, .xlsm). */
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  readonly loadCatalog: () => Promise<PriceCatalog>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** ISO date-time of the estimate (tests pin it). */
  readonly now?: string;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  let file: string | undefined;
  let region: string | undefined;
  let scenario: string | undefined;
  let compare = false;
  let reprice: string | undefined;
  let recordedPolicy = false;
  let format: CliArgs['format'] = 'table';
  const policy: SizingPolicyDraft = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const taken = readSizingFlag(argv, i, policy);
    if (taken > 0) {
      i += taken - 1;
      continue;
    }
    const value = (): string => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--'))
        throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      i += 1;
      return v;
    };
    if (arg === '--region') region = value();
    else if (arg === '--scenario') scenario = value();
    else if (arg === '--compare') compare = true;
    else if (arg === '--reprice') reprice = value();
    else if (arg === '--recorded-policy') recordedPolicy = true;
    else if (arg === '--format') {
      const f = value();
      if (f !== 'table' && f !== 'json' && f !== 'csv')
        throw new UsageError(`--format must be table, json or csv, got '${f}'.`);
      format = f;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`Only one requirements file, got '${file}' and '${arg}'.`);
  }
  if (!file) throw new UsageError(`Give a requirements file.\n${USAGE}`);
  if (reprice !== undefined && (compare || scenario !== undefined || format === 'csv'))
    throw new UsageError(
      '--reprice re-prices the base estimate: it cannot be combined with --compare, --scenario or --format csv.',
    );
  if (recordedPolicy && reprice === undefined)
    throw new UsageError(
      "--recorded-policy re-prices under the previous estimate's sizing policy: give --reprice PREVIOUS.json.",
    );
  return {
    file,
    compare,
    ...(recordedPolicy ? { recordedPolicy } : {}),
    format,
    ...(region ? { region } : {}),
    ...(Object.keys(policy).length > 0 ? { sizingPolicy: policy } : {}),
    ...(scenario ? { scenario } : {}),
    ...(reprice ? { reprice } : {}),
  };
}

export async function runEstimateCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  try {
    const args = parseArgs(argv);
    const { requirements: withRegion, scenarios } = await readRequirementsFile(
      args.file,
      deps,
      args.region,
      args.sizingPolicy,
    );
    const catalog = await deps.loadCatalog();
    const options = deps.now ? { asOf: deps.now } : {};
    if (args.reprice) {
      const previous = await readPreviousEstimate(args.reprice, deps);
      const under = args.recordedPolicy ? 'recorded' : 'current';
      const repriced = repriceEstimate(withRegion, previous, catalog, {
        ...options,
        sizingPolicy: under,
      });
      deps.out(render(repriced, args.format));
      return 0;
    }
    checkAgainstCatalog(args.file, withRegion, catalog, deps);
    if (args.compare) {
      const list =
        scenarios.length > 0 ? scenarios : [{ name: 'as-is' }, ...Object.values(SCENARIO_PRESETS)];
      deps.out(render(compareScenarios(withRegion, list, catalog, options), args.format));
      return 0;
    }
    const scenario = args.scenario ? findScenario(args.scenario, scenarios) : undefined;
    const estimate = scenario
      ? compareScenarios(withRegion, [scenario], catalog, options).scenarios[0]!
      : priceRequirements(withRegion, catalog, options);
    deps.out(render(estimate, args.format));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      deps.err(`${error.message}\n`);
      return 2;
    }
    deps.err(`${describeError(error)}\n`);
    return 1;
  }
}

/**
 * Validate against the catalog before pricing: a product AWS does not offer in the region is an
 * error (exit 1, named by cell or JSON path); a price the catalog lacks is a warning on stderr, so
 * no line is silently "not priced".
 */
function checkAgainstCatalog(
  file: string,
  requirements: Requirements,
  catalog: PriceCatalog,
  deps: CliDeps,
): void {
  const estimate = priceRequirements(requirements, catalog, deps.now ? { asOf: deps.now } : {});
  const index = new Map(requirements.items.map((item, i) => [item.id, { item, i }]));
  const where = (f: PricingFinding): string => {
    const found = index.get(f.itemId);
    if (!found) return file;
    const { item, i } = found;
    const cell = f.field ? item.source?.cells?.[f.field] : undefined;
    if (item.source)
      return `${item.source.sheet}!${cell ?? `${item.source.row}:${item.source.row}`}`;
    return `$.items[${i}]${f.field ? `.${f.field}` : ''}`;
  };
  const findings = pricingFindings(estimate, requirements.items);
  for (const f of findings.filter((x) => x.severity === 'warning'))
    deps.err(`warning: ${where(f)}: ${f.message}\n`);
  const errors = findings.filter((x) => x.severity === 'error');
  if (errors.length > 0)
    throw new Error(
      `${file}: ${errors.length} item(s) AWS does not offer as asked:\n${errors.map((f) => `  ${where(f)}: ${f.message}`).join('\n')}`,
    );
}

function findScenario(name: string, scenarios: readonly Scenario[]): Scenario {
  const found = scenarios.find((s) => s.name === name) ?? SCENARIO_PRESETS[name];
  if (!found) {
    const known = [...scenarios.map((s) => s.name), ...Object.keys(SCENARIO_PRESETS)].join(', ');
    throw new UsageError(`Unknown scenario '${name}'. Known: ${known}.`);
  }
  return found;
}

/** Only the fields re-pricing reads are checked; the rest of the estimate passes through. */
const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "119.136"');
const totalsSchema = z
  .object({
    upfront: decimalString,
    monthly: decimalString,
    first12Months: decimalString,
    termMonths: z.number().int().min(0),
    totalOverTerm: decimalString,
  })
  .passthrough();
const resolvedPolicySchema = sizingPolicySchema.extend({
  burstable: z.boolean(),
  processor: z.enum(PROCESSOR_CHOICES),
});
const previousEstimateSchema = z
  .object({
    scenario: z.string(),
    currency: z.string(),
    catalogVersion: z.string().min(1),
    lines: z.array(
      z
        .object({
          itemId: z.string(),
          description: z.string(),
          monthly: decimalString,
          upfront: decimalString,
          components: z.array(
            z
              .object({
                name: z.string(),
                priceId: z.string().nullable(),
                unitPrice: decimalString.nullable(),
                cost: decimalString.nullable(),
                status: z.enum(COMPONENT_STATUSES),
              })
              .passthrough(),
          ),
        })
        .passthrough(),
    ),
    totals: totalsSchema,
    sizingPolicy: resolvedPolicySchema.optional(),
  })
  .passthrough();

async function readPreviousEstimate(file: string, deps: CliDeps): Promise<Estimate> {
  const json = await readJsonOrExplain(file, deps.readText);
  // The schema checks every field repriceEstimate reads; the others are carried as printed.
  return validate(previousEstimateSchema, json, `previous estimate ${file}`) as unknown as Estimate;
}

function render(
  result: Estimate | Comparison | EstimateRepricing,
  format: CliArgs['format'],
): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if ('previousCatalogVersion' in result) return renderRepricingText(result);
  if ('lines' in result && 'catalogVersion' in result)
    return format === 'csv' ? renderEstimateCsv(result) : renderEstimateText(result);
  if (format === 'csv')
    return (result as Comparison).scenarios
      .map((s) => `# ${s.scenario}\n${renderEstimateCsv(s)}`)
      .join('\n');
  return renderComparisonText(result as Comparison);
}

function describeError(error: unknown): string {
  if (error instanceof ValidationError) return error.message;
  if (error instanceof Error)
    return `${error.name === 'Error' ? 'Error' : error.name}: ${error.message}`;
  return String(error);
}

async function main(): Promise<void> {
  const code = await runEstimateCli(process.argv.slice(2), {
    readText: (path) => readFile(path, 'utf8'),
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    // The embedded catalog: index.json now, each region's file when the estimate first prices there.
    loadCatalog: async () => new PriceCatalog(embeddedSnapshot()),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}

if (require.main === module) void main();
