import type { AddinServices } from '../../runtime/services';
import type { UserSettings } from '../../state/app-store';

/** The Settings tab: region, currency and discounts, also the default of the =AWS.* formulas. */
export function useSettingsTab(services: AddinServices): {
  onSave: (settings: UserSettings) => void;
} {
  const { store } = services;
  return {
    onSave: (settings) => {
      store.getState().set({ settings });
      store
        .getState()
        .say('success', 'Settings saved', `Formulas without a region now use ${settings.region}.`);
    },
  };
}
