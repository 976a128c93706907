/** @jest-environment node */
import { workbookPortContract } from '../../contracts/workbook-port.contract';
import { MemoryWorkbook } from '../helpers/memory-workbook';

workbookPortContract('MemoryWorkbook (the tests’ fake)', async (sheets) => {
  const port = new MemoryWorkbook(sheets.map((name) => ({ name, rows: [] })));
  return {
    port,
    validationsOf: (sheet) =>
      port.validations
        .filter((v) => v.sheet === sheet)
        .sort((a, b) => a.range.localeCompare(b.range)),
  };
});
