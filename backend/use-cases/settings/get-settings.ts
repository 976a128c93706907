import type { SystemSettings } from '../../../core';
import type { SettingsStore } from '../../ports/settings-store';
import { DEFAULT_SETTINGS } from './default-settings';

/** The stored settings, or the defaults when none were saved yet. */
export async function getSettings(deps: { settings: SettingsStore }): Promise<SystemSettings> {
  return withDefaults(await deps.settings.get());
}

/** Settings saved before a field existed get its default (the admin IP allow-list: empty). */
export function withDefaults(stored: SystemSettings | null): SystemSettings {
  if (!stored) return DEFAULT_SETTINGS;
  return { ...stored, adminIpAllowList: stored.adminIpAllowList ?? [] };
}
