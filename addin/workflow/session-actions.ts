import type { UserPreferences } from '../../core';
import type { UserSettings } from '../state/app-store';
import { DEFAULT_SETTINGS } from '../state/app-store';
import {
  readDiscounts,
  readSizingPolicy,
  writeDiscounts,
  writeSizingPolicy,
} from './workbook-link';
import type { WorkflowDeps } from './workbook-actions';

/**
 * The pane's settings once someone is signed in: region and currency are the user's (profile
 * preferences, `GET /users/me`), the customer discount is this workbook's (its settings).
 * Returns what could not be loaded, in words, or null.
 */
export async function loadSettings(
  deps: WorkflowDeps,
  signal?: AbortSignal,
): Promise<string | null> {
  const discounts = await readDiscounts(deps.workbook).catch(() => []);
  const sizingPolicy = await readSizingPolicy(deps.workbook).catch(() => ({}));
  let preferences: UserPreferences = {};
  let problem: string | null = null;
  try {
    preferences = (await deps.api.me(signal)).preferences ?? {};
  } catch (error) {
    problem = `Your saved region and currency could not be loaded (${error instanceof Error ? error.message : String(error)}); ${DEFAULT_SETTINGS.region} and ${DEFAULT_SETTINGS.currency} apply until they can.`;
  }
  deps.store.getState().set({
    settings: {
      region: preferences.defaultRegion ?? DEFAULT_SETTINGS.region,
      currency: preferences.currency ?? DEFAULT_SETTINGS.currency,
      discounts,
      sizingPolicy,
    },
  });
  return problem;
}

/** Keep the region and currency in the user's profile, the discount and sizing policy in this workbook. */
export async function saveSettings(
  deps: WorkflowDeps,
  settings: UserSettings,
  signal?: AbortSignal,
): Promise<void> {
  await deps.api.updateMe(
    { preferences: { defaultRegion: settings.region, currency: settings.currency } },
    signal,
  );
  await writeDiscounts(deps.workbook, settings.discounts);
  await writeSizingPolicy(deps.workbook, settings.sizingPolicy ?? {});
  deps.store.getState().set({ settings });
}
