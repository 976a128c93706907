import type { AddinServices } from '../../runtime/services';
import type { SaveDraft } from '../../workflow/estimation-actions';
import {
  EstimationConflictError,
  openEstimation,
  saveAsCopy,
  saveEstimation,
} from '../../workflow/estimation-actions';
import { repriceWorkbook, repricingText } from '../../workflow/reprice-actions';
import { runStep } from '../../workflow/step-runner';

/**
 * The estimation steps with what they tell the user; shared by the Estimations tab and the
 * reconnect at sign-in (both may offer "Reload"). Each resolves once its step has finished.
 */
export async function openStep(services: AddinServices, id: string): Promise<void> {
  const { store } = services;
  await runStep(store, 'Open', 'estimation', async (signal, progress) => {
    progress('Opening the estimation', null);
    const { estimation, sheets } = await openEstimation(services, id, signal);
    const what =
      sheets.length > 0
        ? `wrote ${listWords(sheets.map((s) => `"${s}"`))}`
        : 'it has no calculation yet: press Calculate on the Workbook tab';
    store
      .getState()
      .say(
        'success',
        `Opened "${estimation.name}"`,
        `Version ${estimation.version}: ${what}. Save now updates this estimation.`,
      );
  });
}

export async function saveStep(services: AddinServices, draft: SaveDraft): Promise<void> {
  const { store } = services;
  await runStep(store, 'Save', 'estimation', async (signal) => {
    try {
      const saved = await saveEstimation(services, draft, signal);
      store
        .getState()
        .say('success', 'Saved', `"${saved.name}" is saved (version ${saved.version}).`);
    } catch (error) {
      if (!(error instanceof EstimationConflictError)) throw error;
      const id = error.link.estimationId;
      store
        .getState()
        .say(
          'warning',
          'Saved estimation changed',
          `${error.message} Reload it (its saved results replace this workbook's result sheets), or keep this workbook's results as a new estimation.`,
          {
            actions: [
              { label: 'Reload', run: () => void openStep(services, id) },
              { label: 'Save as a copy', run: () => void copyStep(services, draft) },
            ],
          },
        );
    }
  });
}

export async function copyStep(services: AddinServices, draft: SaveDraft): Promise<void> {
  const { store } = services;
  await runStep(store, 'Save as a copy', 'estimation', async (signal) => {
    const saved = await saveAsCopy(services, draft, signal);
    store
      .getState()
      .say('success', 'Saved as a copy', `This workbook now saves to "${saved.name}".`);
  });
}

/**
 * Re-price the linked estimation's saved result. A sizing policy that differs from the recorded one
 * is a warning naming the fields, with the other choice one click away.
 */
export async function repriceStep(
  services: AddinServices,
  under: 'current' | 'recorded',
): Promise<void> {
  const { store } = services;
  await runStep(store, 'Re-price', 'estimation', async (signal, progress) => {
    const r = await repriceWorkbook(services, under, signal, progress);
    const changed = r.sizingPolicy.changes.length > 0;
    const other = under === 'current' ? 'recorded' : 'current';
    store.getState().say(
      changed || r.totals.deltaMonthly === null ? 'warning' : 'success',
      changed ? 'Re-priced: the sizing policy has changed' : 'Re-priced',
      repricingText(r),
      changed
        ? {
            actions: [
              {
                label: `Re-price under the ${other} policy`,
                run: () => void repriceStep(services, other),
              },
            ],
          }
        : undefined,
    );
  });
}

/** `"A"`, `"A and B"`, `"A, B and C"`. */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
