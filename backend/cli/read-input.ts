/**
 * The CLI's input: a requirements JSON file (optionally wrapped with named scenarios), one of the
 * workbooks uploads accept (.xlsx, .xlsm) or a CSV export, read by the same readers as the API.
 */
import { z } from 'zod';
import type { ReadOptions, ReadResult, Requirements, Scenario, SizingPolicy } from '../../core';
import { ARCHITECTURES, gridFromCsv, overlaySizingPolicy, readRequirements } from '../../core';
import { readWorkbook } from '../excel';
import { validate } from '../http/validate';
import { pricingModelSchema } from '../routes/schemas/pricing-model';
import {
  discountSchema,
  requirementsSchema,
  settingsSchema,
  sizingPolicySchema,
} from '../routes/schemas/requirements';
import { regionCode } from '../routes/schemas/vocabulary';

/** What reading the input needs: its bytes or text, and where to say what the readers warn. */
export interface InputDeps {
  readonly readText: (path: string) => Promise<string>;
  /** Raw bytes, for workbooks (.xlsx, .xlsm). */
  readonly readBytes: (path: string) => Promise<Uint8Array>;
  readonly err: (text: string) => void;
}

/** A command-line mistake (exit 2), as opposed to input that cannot be priced (exit 1). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A requirements file, optionally wrapped with named scenarios: `{ "requirements": {…}, "scenarios": [ … ] }`. */
const scenarioSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    pricingModel: pricingModelSchema.optional(),
    region: regionCode().optional(),
    architecture: z.enum(ARCHITECTURES).optional(),
    minGeneration: z.number().int().min(1).max(20).optional(),
    sizingPolicy: sizingPolicySchema.optional(),
    discounts: z.array(discountSchema).max(20).optional(),
    settings: settingsSchema.partial().optional(),
  })
  .strict();
export const envelopeSchema = z
  .object({ requirements: z.unknown(), scenarios: z.array(scenarioSchema).optional() })
  .strict();

/**
 * What the CLI prices: the file read (requirements JSON, a workbook or a CSV export, through the
 * same readers as uploads) with `region`, when given, moved onto every line — including lines that
 * name their own region, as `--region` does.
 */
export async function readRequirementsFile(
  file: string,
  deps: InputDeps,
  region?: string,
  sizingPolicy?: SizingPolicy,
): Promise<{ requirements: Requirements; scenarios: Scenario[] }> {
  const read = await readInput(file, deps, { region, sizingPolicy });
  const requirements = withPolicy(read.requirements, sizingPolicy);
  if (!region) return { requirements, scenarios: read.scenarios };
  return {
    requirements: {
      ...requirements,
      settings: { ...requirements.settings, region },
      items: requirements.items.map((item) => (item.region ? { ...item, region } : item)),
    },
    scenarios: read.scenarios,
  };
}

/** The command line's sizing policy over the file's own, field by field. */
function withPolicy(requirements: Requirements, flags: SizingPolicy | undefined): Requirements {
  if (!flags) return requirements;
  const sizingPolicy = overlaySizingPolicy(requirements.settings.sizingPolicy, flags);
  return { ...requirements, settings: { ...requirements.settings, sizingPolicy } };
}

interface ReadFlags {
  readonly region: string | undefined;
  readonly sizingPolicy: SizingPolicy | undefined;
}

function readOptions(flags: ReadFlags): ReadOptions {
  return {
    ...(flags.region ? { defaultRegion: flags.region } : {}),
    ...(flags.sizingPolicy ? { sizingPolicy: flags.sizingPolicy } : {}),
  };
}

async function readInput(
  file: string,
  deps: InputDeps,
  flags: ReadFlags,
): Promise<{ requirements: Requirements; scenarios: Scenario[] }> {
  if (/\.(xlsx|xlsm)$/i.test(file)) return readWorkbookInput(file, deps, flags);
  if (/\.xls$/i.test(file)) {
    throw new UsageError(
      `${file}: legacy .xls workbooks are not read; save it as .xlsx in Excel and try again.`,
    );
  }
  if (/\.csv$/i.test(file)) {
    // ADS import and Azure Migrate exports are CSV files; read them with the same sheet readers.
    const text = await readOrExplain(file, deps.readText);
    return fromSheets(
      file,
      readRequirements(gridFromCsv(text, 'Sheet1'), readOptions(flags)),
      deps,
    );
  }
  const json = await readJsonOrExplain(file, deps.readText);
  const wrapped = typeof json === 'object' && json !== null && 'requirements' in json;
  const envelope = wrapped
    ? validate(envelopeSchema, json, `file ${file}`)
    : { requirements: json, scenarios: [] };
  const requirements = validate(
    requirementsSchema,
    envelope.requirements,
    `requirements in ${file}`,
  );
  return { requirements, scenarios: envelope.scenarios ?? [] };
}

/** Our template, the AWS bulk-import workbooks and RVTools exports, read by the same code as uploads. */
async function readWorkbookInput(
  file: string,
  deps: InputDeps,
  flags: ReadFlags,
): Promise<{ requirements: Requirements; scenarios: Scenario[] }> {
  const bytes = await readOrExplain(file, deps.readBytes);
  const grid = await readWorkbook(bytes);
  return fromSheets(file, readRequirements(grid, readOptions(flags)), deps);
}

function fromSheets(
  file: string,
  result: ReadResult,
  deps: InputDeps,
): { requirements: Requirements; scenarios: Scenario[] } {
  for (const warning of result.warnings) deps.err(`warning: ${warning.message}\n`);
  if (!result.requirements || result.errors.length > 0) {
    const lines = result.errors.map((e) => `  ${e.message}`).join('\n');
    throw new Error(
      `${file}: ${result.errors.length} error(s) in the workbook${result.formatLabel ? ` (${result.formatLabel})` : ''}:\n${lines}`,
    );
  }
  return { requirements: result.requirements, scenarios: [] };
}

/** The file's contents, or an error naming the file and why it cannot be read. */
export async function readOrExplain<T>(
  file: string,
  read: (path: string) => Promise<T>,
): Promise<T> {
  try {
    return await read(file);
  } catch (error) {
    throw new Error(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    );
  }
}

/** The file parsed as JSON, or an error naming the file: unreadable, or not valid JSON. */
export async function readJsonOrExplain(
  file: string,
  readText: (path: string) => Promise<string>,
): Promise<unknown> {
  const text = await readOrExplain(file, readText);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not valid JSON — ${(error as Error).message}.`);
  }
}
