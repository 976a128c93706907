import { sizingPolicyWords } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import type { UserSettings } from '../../state/app-store';
import { saveSettings } from '../../workflow/session-actions';
import { runStep } from '../../workflow/step-runner';

/**
 * The Settings tab: region and currency (kept in the user's profile, so they follow the user to
 * any workbook and are also the default region of =AWS.* formulas), this workbook's customer
 * discount and sizing policy (kept in the workbook).
 */
export function useSettingsTab(services: AddinServices): {
  onSave: (settings: UserSettings) => void;
} {
  const { store } = services;
  return {
    onSave: (settings) =>
      void runStep(store, 'Save settings', 'settings', async (signal) => {
        await saveSettings(services, settings, signal);
        const discount = settings.discounts[0];
        store
          .getState()
          .say(
            'success',
            'Settings saved',
            `Formulas without a region now use ${settings.region}; amounts are asked for in ${settings.currency}. ${discount ? `This workbook applies a ${discount.percent}% customer discount.` : 'This workbook applies no customer discount.'} VMs sized by vCPU and memory: ${sizingPolicyWords(settings.sizingPolicy)} (where the Settings sheet says nothing).`,
          );
      }),
  };
}
