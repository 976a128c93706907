import type {
  Comparison,
  Estimate,
  Grid,
  ReadResult,
  Requirements,
  ScenarioSpec,
} from '../../core';
import {
  isDefaultSizingPolicy,
  overlaySizingPolicy,
  ASSUMPTIONS_SHEET,
  COMPARISON_SHEET,
  ESTIMATE_SHEET,
  assumptionsSheetSpec,
  comparisonSheetSpec,
  estimateSheetSpec,
  readRequirements,
} from '../../core';
import type { ApiClient } from '../api/api-client';
import type { WorkbookIssue, WorkbookPort } from '../excel/workbook-port';
import type { AppStore } from '../state/app-store';
import type { ReportProgress } from './step-runner';
import type { RegionCatalogLoader } from './catalog-check';
import { checkAgainstCatalog } from './catalog-check';

export interface WorkflowDeps {
  readonly workbook: WorkbookPort;
  readonly api: ApiClient;
  readonly store: AppStore;
  /** A region's price catalog, to check what the requirements ask for at Validate (absent: not checked). */
  readonly catalogs?: RegionCatalogLoader;
}

/** Sheets the add-in writes; never read back as requirements. */
const RESULT_SHEETS = new Set(
  [ESTIMATE_SHEET, COMPARISON_SHEET, ASSUMPTIONS_SHEET].map((s) => s.toLowerCase()),
);

export function withoutResultSheets(grid: Grid): Grid {
  return { ...grid, sheets: grid.sheets.filter((s) => !RESULT_SHEETS.has(s.name.toLowerCase())) };
}

/**
 * Validate in place: clear last run's marks, read every sheet, detect the format, validate every
 * cell with core's readers, mark the cells at fault and keep the requirements when there is no error.
 */
export async function validateWorkbook(
  deps: WorkflowDeps,
  progress: ReportProgress,
): Promise<ReadResult> {
  const { workbook, store } = deps;
  progress('Clearing previous marks', 0.1);
  await workbook.clearMarks();
  progress('Reading the workbook', 0.3);
  const grid = withoutResultSheets(await workbook.readGrid());
  progress('Checking every cell', 0.6);
  const read = readRequirements(grid, { defaultRegion: store.getState().settings.region });
  const result = await withCatalogCheck(read, deps, progress);
  const issues: WorkbookIssue[] = [...result.errors, ...result.warnings].map((i) => ({
    sheet: i.sheet,
    cell: i.cell,
    rule: i.rule,
    message: i.message,
    severity: i.severity,
  }));
  progress('Marking cells', 0.8);
  await workbook.markIssues(issues);
  const priced = result.requirements ? applySettings(result.requirements, store) : null;
  const previous = store.getState();
  // Results priced from other requirements are stale: they are dropped, not shown or saved.
  const unchanged = priced !== null && sameRequirements(priced, previous.requirements);
  store.getState().set({
    workbookFormat: result.formatLabel,
    requirements: priced,
    issues,
    ...(unchanged ? {} : { estimate: null, comparison: null }),
  });
  return result;
}

/**
 * What the catalog says about valid requirements: a product AWS does not offer in the region is
 * an error of its cell (nothing is imported), a missing price a warning. Not signed in or offline,
 * the check is skipped and the user is told so.
 */
async function withCatalogCheck(
  read: ReadResult,
  deps: WorkflowDeps,
  progress: ReportProgress,
): Promise<ReadResult> {
  if (!read.requirements || !deps.catalogs || !deps.store.getState().user) return read;
  progress('Checking prices in the catalog', 0.7);
  const check = await checkAgainstCatalog(read.requirements, deps.catalogs);
  if (check.skipped)
    deps.store
      .getState()
      .say(
        'info',
        'Prices not checked',
        `Validate read every cell, but did not check the prices: ${check.skipped}.`,
        { topic: 'catalog' },
      );
  const errors = [...read.errors, ...check.errors];
  return {
    ...read,
    errors,
    warnings: [...read.warnings, ...check.warnings],
    requirements: errors.length > 0 ? null : read.requirements,
  };
}

function sameRequirements(a: Requirements, b: Requirements | null): boolean {
  return b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Validate, then the workbook's requirements with the pane's settings; an error says what to fix. */
export async function requirementsOf(
  deps: WorkflowDeps,
  progress: ReportProgress,
): Promise<Requirements> {
  const result = await validateWorkbook(deps, progress);
  const requirements = deps.store.getState().requirements;
  if (!result.requirements || !requirements) {
    const count = result.errors.length;
    throw new Error(
      count > 0
        ? `The workbook has ${count} error${count === 1 ? '' : 's'}. Fix the cells listed under Validation (click one to go to it), then calculate again.`
        : 'The workbook holds no requirements. Insert our template or open an AWS Pricing Calculator bulk-import workbook.',
    );
  }
  return requirements;
}

/**
 * The task pane's discounts (this workbook's customer discount) apply on top of those the
 * workbook's Settings sheet names; its sizing policy where the sheet names none. Currency: see `currencyNote`.
 */
function applySettings(requirements: Requirements, store: AppStore): Requirements {
  const { discounts, sizingPolicy } = store.getState().settings;
  // The pane's sizing policy fills what the workbook's Settings sheet leaves blank.
  const policy = overlaySizingPolicy(sizingPolicy, requirements.settings.sizingPolicy);
  return {
    ...requirements,
    settings: {
      ...requirements.settings,
      ...(discounts.length > 0
        ? { discounts: [...(requirements.settings.discounts ?? []), ...discounts] }
        : {}),
      ...(isDefaultSizingPolicy(policy) ? {} : { sizingPolicy: policy }),
    },
  };
}

/**
 * A currency other than USD needs an FX rate with its date, which only the workbook's Settings
 * sheet carries: without one the estimate stays in USD and the user is told so (never a silent
 * conversion). Null when the estimate is in the currency the Settings tab asks for.
 */
export function currencyNote(estimate: Estimate, wanted: string): string | null {
  if (estimate.currency === wanted) return null;
  return `Amounts are in ${estimate.currency}: put the ${wanted} rate and its date in the workbook's Settings sheet (FX rate) to convert.`;
}

/** Calculate: price on the server (the numbers of record) and write "AWS Estimate". */
export async function calculate(
  deps: WorkflowDeps,
  signal: AbortSignal,
  progress: ReportProgress,
): Promise<Estimate> {
  const requirements = await requirementsOf(deps, progress);
  progress('Pricing', 0.85);
  const estimate = await deps.api.cost({ requirements }, signal);
  progress('Writing AWS Estimate', 0.95);
  await writeEstimate(deps, estimate, requirements);
  return estimate;
}

/** "AWS Estimate" and "Assumptions" for this estimate, kept in the store with its requirements. */
export async function writeEstimate(
  deps: WorkflowDeps,
  estimate: Estimate,
  requirements: Requirements,
): Promise<void> {
  // core's result-sheet specs: the backend's Excel export renders the very same sheets.
  await deps.workbook.renderSheet(estimateSheetSpec(estimate));
  await deps.workbook.renderSheet(assumptionsSheetSpec(estimate, requirements.settings));
  await deps.workbook.selectCell(ESTIMATE_SHEET, 'A1');
  deps.store.getState().set({ estimate, requirements });
}

/** Compare scenarios on the server and write "AWS Comparison" with deltas and a chart. */
export async function compare(
  deps: WorkflowDeps,
  scenarios: readonly ScenarioSpec[],
  signal: AbortSignal,
  progress: ReportProgress,
): Promise<Comparison> {
  if (scenarios.length < 2) throw new Error('Choose at least two scenarios to compare.');
  const requirements = await requirementsOf(deps, progress);
  progress('Pricing every scenario', 0.85);
  const comparison = await deps.api.compare({ requirements, scenarios }, signal);
  progress('Writing AWS Comparison', 0.95);
  await deps.workbook.renderSheet(comparisonSheetSpec(comparison));
  deps.store.getState().set({ comparison });
  return comparison;
}
