/**
 * Excel's dates: which number formats show a date, and serial numbers → ISO dates. The one
 * implementation for every reader (the add-in's Office.js ranges, the backend's xlsx reader).
 */

/**
 * A number format that shows a date or time: outside "quoted" and [bracketed] parts it has one of
 * y m d h s (either case, escaped or not — exceljs counts escaped letters) or b (Buddhist year).
 * `General`, `0.00`, `#,##0 "days"`, `[Red]#,##0` are not dates; `m/d/yyyy`, `[h]:mm:ss`,
 * `YYYY-MM-DD`, `h:mm AM/PM` are.
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsYMDHSb]/.test(bare);
}

/** Which date system a workbook counts in: 1900 (Windows Excel, the default) or 1904 (old Mac). */
export type ExcelDateSystem = '1900' | '1904';

const MS_PER_DAY = 86_400_000;
/** Serial numbers of 1970-01-01 in each system. */
const UNIX_EPOCH_SERIAL: Readonly<Record<ExcelDateSystem, number>> = {
  '1900': 25569,
  '1904': 24107,
};

/**
 * An Excel serial date → `YYYY-MM-DD` (the day it falls on; a time of day is dropped), or
 * undefined when the number is no date with a four-digit year. The 1900 system counts a 29 February 1900
 * that never was (serial 60, Lotus 1-2-3's leap-year bug): serials before it are one day later
 * than plain arithmetic gives, so serial 1 is 1900-01-01 and 61 is 1900-03-01. From serial 61 on
 * the result equals exceljs's `excelToDate`.
 */
export function excelSerialToIsoDate(
  serial: number,
  system: ExcelDateSystem = '1900',
): string | undefined {
  const leapBug = system === '1900' && serial < 61 ? 1 : 0;
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL[system] + leapBug) * MS_PER_DAY));
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  // Years outside 0000–9999 are written with a sign (`+010000-…`): no day Excel can show.
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : undefined;
}
