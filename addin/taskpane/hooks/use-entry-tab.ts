import type { TemplateSheet } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import { addTemplateLine } from '../../workflow/manual-entry';
import { runStep } from '../../workflow/step-runner';
import type { AddLineOutcome } from '../components/manual-entry-form';

/** The Add line tab: one line of any service typed into its template sheet. */
export function useEntryTab(services: AddinServices): {
  onAdd: (
    layout: TemplateSheet,
    entry: Readonly<Record<string, string>>,
  ) => Promise<AddLineOutcome>;
} {
  const { store } = services;
  return {
    onAdd: async (layout, entry) => {
      const result = await runStep(store, 'Add line', 'workbook', () =>
        addTemplateLine(services, layout, entry),
      );
      if (!result) return { added: false, fieldErrors: {}, messages: [] };
      if (!result.added)
        return { added: false, fieldErrors: result.fieldErrors, messages: result.otherMessages };
      const created = result.createdSheet ? ` (the ${layout.name} sheet was added)` : '';
      store
        .getState()
        .say(
          'success',
          'Line added',
          `Added at ${result.cell}${created}. Press Validate or Calculate on the Workbook tab.`,
        );
      return { added: true, fieldErrors: {}, messages: [] };
    },
  };
}
