import type { ListValidation, WorkbookPort } from '../../addin/excel/workbook-port';

/** A WorkbookPort over a workbook of the given (empty) sheets, and a look at its dropdowns. */
export interface WorkbookPortHarness {
  readonly port: WorkbookPort;
  /** The dropdowns in place on a sheet, sorted by range. */
  validationsOf(sheet: string): ListValidation[];
}

const dropdown = (sheet: string, range: string, list = 'A'): ListValidation => ({
  sheet,
  range,
  source: `=Lists!$${list}$2:$${list}$5`,
  title: 'Operating system',
  promptTitle: 'Operating system',
  prompt: 'Platform the instance is priced as.',
  error: 'Pick a value from the list. Platform the instance is priced as.',
});

/**
 * The WorkbookPort contract for dropdowns and hidden sheets: the in-memory workbook of the
 * add-in's tests and OfficeWorkbook (over the e2e host's Excel stand-in) run the same cases.
 */
export function workbookPortContract(
  name: string,
  setup: (sheets: readonly string[]) => Promise<WorkbookPortHarness>,
): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    it('gives each range its dropdown: source, prompt and alert, on that sheet only', async () => {
      const { port, validationsOf } = await setup(['Compute', 'Lists', 'Notes']);
      await port.addListValidations([
        dropdown('Compute', 'F2:F2001'),
        dropdown('Compute', 'H2:H2001', 'B'),
      ]);
      expect(validationsOf('Compute')).toEqual([
        dropdown('Compute', 'F2:F2001'),
        dropdown('Compute', 'H2:H2001', 'B'),
      ]);
      expect(validationsOf('Notes')).toEqual([]);
    });

    it('replaces the dropdown a range had', async () => {
      const { port, validationsOf } = await setup(['Compute', 'Lists']);
      await port.addListValidations([dropdown('Compute', 'F2:F2001')]);
      await port.addListValidations([dropdown('Compute', 'F2:F2001', 'C')]);
      expect(validationsOf('Compute')).toEqual([dropdown('Compute', 'F2:F2001', 'C')]);
    });

    it('refuses a sheet the workbook lacks, naming it, and adds none of the batch', async () => {
      const { port, validationsOf } = await setup(['Compute', 'Lists']);
      await expect(
        port.addListValidations([dropdown('Compute', 'F2:F2001'), dropdown('Lambda', 'E2:E2001')]),
      ).rejects.toThrow(
        'Cannot add the dropdown at Lambda!E2:E2001: the workbook has no sheet "Lambda".',
      );
      expect(validationsOf('Compute')).toEqual([]);
    });

    it('refuses a range that is not an address and a list that is not a formula', async () => {
      const { port, validationsOf } = await setup(['Compute', 'Lists']);
      await expect(port.addListValidations([dropdown('Compute', 'F2:F-1')])).rejects.toThrow(
        '"F2:F-1" is not a range such as F2:F2001',
      );
      await expect(
        port.addListValidations([{ ...dropdown('Compute', 'F2:F9'), source: 'Lists!A2:A5' }]),
      ).rejects.toThrow('its list "Lists!A2:A5" is not a formula');
      expect(validationsOf('Compute')).toEqual([]);
    });

    it('deletes a sheet with its dropdowns, and deleting a missing sheet changes nothing', async () => {
      const { port, validationsOf } = await setup(['Compute', 'Lists']);
      await port.addListValidations([dropdown('Compute', 'F2:F2001')]);
      await port.deleteSheet('Compute');
      await port.deleteSheet('Lambda');
      const grid = await port.readGrid();
      expect(grid.sheets.map((s) => s.name)).toEqual(['Lists']);
      expect(validationsOf('Compute')).toEqual([]);
    });

    it('adds a sheet hidden when asked, and a replaced sheet loses its dropdowns', async () => {
      const { port, validationsOf } = await setup(['Compute']);
      await port.replaceSheet('Lists', { hidden: true });
      await port.addListValidations([dropdown('Compute', 'F2:F2001')]);
      await port.replaceSheet('Compute');
      const grid = await port.readGrid();
      const state = (n: string) => grid.sheets.find((s) => s.name === n)?.hidden ?? false;
      expect([state('Lists'), state('Compute')]).toEqual([true, false]);
      expect(validationsOf('Compute')).toEqual([]);
    });
  });
}
