import type { AddinServices } from '../../runtime/services';
import type { ComputeEntry } from '../../workflow/manual-entry';
import { addComputeLine } from '../../workflow/manual-entry';
import { runStep } from '../../workflow/step-runner';

/** The Add line tab: one EC2 line typed into the template's Compute sheet. */
export function useEntryTab(services: AddinServices): {
  onAdd: (entry: ComputeEntry) => Promise<readonly string[]>;
} {
  const { store } = services;
  return {
    onAdd: async (entry) => {
      const result = await runStep(store, 'Add line', 'workbook', () =>
        addComputeLine(services, entry),
      );
      if (!result) return [];
      if (!result.added) return result.issues.map((i) => i.message);
      store
        .getState()
        .say(
          'success',
          'Line added',
          `Added at ${result.cell}. Press Validate or Calculate on the Workbook tab.`,
        );
      return [];
    },
  };
}
