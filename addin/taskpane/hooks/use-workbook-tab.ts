import { coverageText, isFullyPriced, splitQualifiedAddress } from '../../../core';
import type { WorkbookIssue } from '../../excel/workbook-port';
import type { AddinServices } from '../../runtime/services';
import { runStep } from '../../workflow/step-runner';
import { calculate, currencyNote, validateWorkbook } from '../../workflow/workbook-actions';
import { moneyText } from '../../../client-shared/format/money-text';
import type { WorkbookPanelProps } from '../components/workbook-panel';

export type WorkbookTabActions = Pick<
  WorkbookPanelProps,
  'onInsertTemplate' | 'onValidate' | 'onCalculate' | 'onSelectIssue' | 'onSelectCell'
>;

/** The Workbook tab: insert our template, validate the open workbook in place, calculate. */
export function useWorkbookTab(services: AddinServices): WorkbookTabActions {
  const { store, api, workbook } = services;
  const say = store.getState().say;
  return {
    onSelectIssue: (issue: WorkbookIssue) => {
      const [sheet, address] = splitQualifiedAddress(issue.cell);
      void runStep(store, 'Go to cell', 'workbook', () =>
        workbook.selectCell(sheet, address ?? 'A1'),
      );
    },
    onSelectCell: (sheet: string, address: string) =>
      void runStep(store, 'Go to cell', 'workbook', () => workbook.selectCell(sheet, address)),
    onInsertTemplate: () =>
      void runStep(store, 'Insert template', 'workbook', async (signal) => {
        await workbook.insertWorkbook(await api.templateBase64(signal));
        say(
          'success',
          'Template inserted',
          'Fill the Compute, Storage, Database and Network sheets, then press Validate.',
        );
      }),
    onValidate: () =>
      void runStep(store, 'Validate', 'workbook', async (_signal, progress) => {
        const result = await validateWorkbook(services, progress);
        if (result.errors.length === 0)
          say(
            'success',
            'Workbook is valid',
            `${result.rows} rows read (${result.formatLabel ?? 'unknown format'}). Press Calculate.`,
          );
        else
          say(
            'warning',
            'Fix the marked cells',
            `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: click a cell in the list to go to it.`,
          );
      }),
    onCalculate: () =>
      void runStep(store, 'Calculate', 'workbook', async (signal, progress) => {
        const estimate = await calculate(services, signal, progress);
        const complete = isFullyPriced(estimate.coverage);
        const note = currencyNote(estimate, store.getState().settings.currency);
        say(
          complete && !note ? 'success' : 'warning',
          complete ? 'Estimate written' : 'Estimate written — not fully priced',
          `"AWS Estimate" holds ${estimate.lines.length} line${estimate.lines.length === 1 ? '' : 's'}; monthly total ${moneyText(estimate.totals.monthly, estimate.currency, 'code')}. ${coverageText(estimate.coverage)}${note ? ` ${note}` : ''}`,
        );
      }),
  };
}
