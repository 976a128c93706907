import type { EstimateRepricing } from '../../core';
import {
  Decimal,
  coverageShortText,
  formatMoney,
  policyForRepricing,
  sizingPolicyComparisonText,
} from '../../core';
import type { ReportProgress } from './step-runner';
import type { WorkflowDeps } from './workbook-actions';
import { requirementsOf, writeEstimate } from './workbook-actions';

/**
 * Re-price: the workbook's requirements as they are now, priced against today's catalog and
 * compared line by line with the result saved in its linked estimation. The sizing policy the
 * saved result recorded is compared with the one in effect (the pane's Settings under the sheet's
 * rows); `recorded` sizes under the saved one instead. "AWS Estimate" gets the new figures; the
 * requirements kept for Save carry the policy that sized them, so a saved result and its
 * requirements never disagree about it. The pane's Settings are not changed.
 */
export async function repriceWorkbook(
  deps: WorkflowDeps,
  under: 'current' | 'recorded',
  signal: AbortSignal,
  progress: ReportProgress,
): Promise<EstimateRepricing> {
  const link = deps.store.getState().link;
  if (!link)
    throw new Error(
      'This workbook is not saved as an estimation: Save it on the Estimations tab, then re-price it later against a newer catalog.',
    );
  const requirements = await requirementsOf(deps, progress);
  progress('Re-pricing the saved estimate', 0.85);
  const repricing = await deps.api.reprice(
    { estimationId: link.estimationId, requirements, sizingPolicy: under },
    signal,
  );
  progress('Writing AWS Estimate', 0.95);
  const priced = policyForRepricing(requirements, repricing.sizingPolicy.recorded, under);
  await writeEstimate(deps, repricing.estimate, priced.requirements);
  return repricing;
}

const STATUSES = [
  ['changed', 'changed'],
  ['added', 'added'],
  ['removed', 'removed'],
  ['newly-priced', 'newly priced'],
  ['no-longer-priced', 'no longer priced'],
] as const;

/** What moved, in one paragraph: the policy change, catalogs, totals (n/a when a price is missing), line counts. */
export function repricingText(r: EstimateRepricing): string {
  const t = r.totals;
  const money = (v: string) => formatMoney(Decimal.from(v), { currency: r.estimate.currency });
  const delta =
    t.deltaMonthly === null
      ? 'change n/a: a price is missing on one side, never counted as $0'
      : `${Decimal.from(t.deltaMonthly).isNegative() ? '' : '+'}${money(t.deltaMonthly)}`;
  const counts = STATUSES.map(
    ([status, words]) => [r.lines.filter((l) => l.status === status).length, words] as const,
  )
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  const lines = counts.length > 0 ? counts.join(', ') : 'no line changed';
  const coverage = `coverage ${coverageShortText(t.previousCoverage)} → ${coverageShortText(t.currentCoverage)}`;
  const policy = sizingPolicyComparisonText(r.sizingPolicy);
  // The policy first: it explains the figures that follow.
  return [
    ...(policy ? [policy] : []),
    `Catalog ${r.previousCatalogVersion} → ${r.catalogVersion}: monthly ${money(t.previous.monthly)} → ${money(t.current.monthly)} (${delta}); ${lines}; ${coverage}.`,
    '"AWS Estimate" shows the re-priced figures; Save keeps them.',
  ].join(' ');
}
