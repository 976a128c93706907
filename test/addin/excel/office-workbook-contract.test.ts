import { OfficeWorkbook } from '../../../addin/excel/office-workbook';
import type { ListValidation } from '../../../addin/excel/workbook-port';
import type { FakeSheetModel, FakeWorkbookModel } from '../../e2e/host/fake-excel';
import { workbookPortContract } from '../../contracts/workbook-port.contract';

/*
 * OfficeWorkbook runs the WorkbookPort contract against the e2e host's Excel stand-in (the same
 * object model the pane's e2e drives in Chromium), installed here as jsdom's `Excel` global.
 */
const sheet = (name: string): FakeSheetModel => ({
  name,
  visibility: 'Visible',
  cells: {},
  tables: [],
  charts: [],
  merges: [],
});

beforeAll(async () => {
  window.__fakeWorkbookSeed = { sheets: [], settings: {}, selected: null, log: [] };
  await import('../../e2e/host/fake-excel');
});

/** The stand-in's record of one sheet's validations, as the port's ListValidation. */
function validationsOf(model: FakeWorkbookModel, name: string): ListValidation[] {
  const found = model.sheets.find((s) => s.name === name);
  return (found?.validations ?? [])
    .map((v) => {
      // What every dropdown of ours is, whatever its list: in-cell, blanks allowed, a stop alert.
      expect(v.rule?.list?.inCellDropDown).toBe(true);
      expect([v.ignoreBlanks, v.prompt?.showPrompt, v.errorAlert?.showAlert]).toEqual([
        true,
        true,
        true,
      ]);
      expect(v.errorAlert?.style).toBe('Stop');
      return {
        sheet: name,
        range: v.range,
        source: v.rule?.list?.source ?? '',
        title: v.errorAlert?.title ?? '',
        promptTitle: v.prompt?.title ?? '',
        prompt: v.prompt?.message ?? '',
        error: v.errorAlert?.message ?? '',
      };
    })
    .sort((a, b) => a.range.localeCompare(b.range));
}

workbookPortContract('OfficeWorkbook over the e2e host’s Excel', async (names) => {
  const model: FakeWorkbookModel = {
    sheets: names.map(sheet),
    settings: {},
    selected: null,
    log: [],
  };
  window.__fakeWorkbook = model;
  return {
    port: new OfficeWorkbook(),
    // replaceSheet swaps the sheet objects in the model: read them at the time of asking.
    validationsOf: (name) => validationsOf(window.__fakeWorkbook, name),
  };
});
