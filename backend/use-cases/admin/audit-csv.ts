import { auditChangeText, type AuditLogEntry, type AuditLogRow } from '../../../core';
import type { AuditLogReader, AuditQuery } from '../../ports/audit-query';

/** Byte-order mark: Excel opens the file as UTF-8 only with it. */
export const UTF8_BOM = '\uFEFF';

export const AUDIT_CSV_COLUMNS = [
  'Time (UTC)',
  'User email',
  'User id',
  'Action',
  'Target type',
  'Target id',
  'Target name',
  'Changes',
  'Request id',
] as const;

/**
 * One export answer stays well below API Gateway's 6 MB response: past this many bytes the part
 * ends at a page boundary and says where the next part starts (X-Next-Cursor); nothing is dropped.
 */
export const AUDIT_CSV_PART_BYTES = 4 * 1024 * 1024;

/**
 * Audit entries one export part may look at (the reader's `examined`, summed over its pages): a
 * user + action export filters one key on the other's index, so a part ends here too, and the next
 * part goes on from X-Next-Cursor — bounded work per request whatever the filters (DECISIONS.md 99
 * and 102).
 * A part of unfiltered or singly filtered rows reaches 4 MB first (about 14,000 rows).
 */
export const AUDIT_CSV_PART_EXAMINED = 20_000;

/**
 * A cell as text a spreadsheet shows as typed: quoted when it holds a comma, quote or line break,
 * and prefixed with an apostrophe when it starts with =, +, -, @, tab or carriage return (which
 * Excel and others would run as a formula: CSV injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `field: old → new` per changed field (core's text, also shown in the console). */
export const changeText = auditChangeText;

/** A target's name as the CSV shows it: the name, "(deleted)" when it no longer exists. */
export function targetNameText(e: AuditLogRow): string {
  return e.target.deleted ? '(deleted)' : (e.target.name ?? '');
}

export function csvRow(e: AuditLogRow): string {
  return [
    e.timestamp,
    e.userEmail,
    e.userId,
    e.action,
    e.targetType,
    e.targetId,
    targetNameText(e),
    changeText(e.changes),
    e.requestId,
  ]
    .map(csvCell)
    .join(',');
}

export interface CsvPart {
  readonly csv: string;
  readonly rows: number;
  /** Where the next part starts, or null when this part reaches the end of the filtered log. */
  readonly nextCursor: string | null;
}

/**
 * The filtered audit log as CSV, newest first, read page by page. The first part (no cursor)
 * starts with the BOM and the header row; later parts are rows only, so parts concatenate. Each
 * page's targets are named in one batch (`named`).
 */
export async function auditCsvPart(
  reader: AuditLogReader,
  named: (entries: readonly AuditLogEntry[]) => Promise<readonly AuditLogRow[]>,
  q: Omit<AuditQuery, 'limit'>,
  maxBytes = AUDIT_CSV_PART_BYTES,
  maxExamined = AUDIT_CSV_PART_EXAMINED,
): Promise<CsvPart> {
  const lines: string[] = q.cursor ? [] : [AUDIT_CSV_COLUMNS.map(csvCell).join(',')];
  let bytes = 0;
  let rows = 0;
  let examined = 0;
  let cursor = q.cursor;
  do {
    const page = await reader.query({ ...q, cursor, limit: 100 });
    examined += page.examined;
    for (const e of await named(page.items)) {
      const line = csvRow(e);
      lines.push(line);
      bytes += Buffer.byteLength(line) + 2;
      rows += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && bytes < maxBytes && examined < maxExamined);
  const body = lines.map((l) => `${l}\r\n`).join('');
  return { csv: q.cursor ? body : UTF8_BOM + body, rows, nextCursor: cursor ?? null };
}
