import type { SystemSettings } from '../../../core';
import type { SettingsStore } from '../../ports/settings-store';
import { DEFAULT_SETTINGS } from './default-settings';

/** The stored settings, or the defaults when none were saved yet. */
export async function getSettings(deps: { settings: SettingsStore }): Promise<SystemSettings> {
  return (await deps.settings.get()) ?? DEFAULT_SETTINGS;
}
