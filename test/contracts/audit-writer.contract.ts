import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { AuditWriter } from '../../backend/ports/audit-writer';

export interface AuditWriterUnderTest {
  readonly writer: AuditWriter;
  /** Every stored entry under this logId. */
  readonly entries: (logId: string) => Promise<AuditRecord[]>;
}

/** A lone entry as an upload writes it, under a new logId. */
export function record(changes: Record<string, unknown>): AuditRecord {
  return {
    logId: randomUUID(),
    userId: `user-${randomUUID().slice(0, 8)}`,
    userEmail: 'ana@example.com',
    action: 'excel.upload-url',
    targetType: 'upload',
    targetId: `uploads/${randomUUID()}.xlsx`,
    timestamp: '2026-12-06T20:43:52.101Z',
    requestId: randomUUID(),
    changes,
  };
}

/** The AuditWriter contract (lone entries: an upload's): the fake and the DynamoDB adapter. */
export function auditWriterContract(name: string, setup: () => AuditWriterUnderTest): void {
  describe(`AuditWriter contract: ${name}`, () => {
    it('stores the entry as given', async () => {
      const { writer, entries } = setup();
      const entry = record({ fileName: ['', 'estate.xlsx'], bytes: [0, 1024] });
      await writer.append(entry);
      expect(await entries(entry.logId)).toEqual([expect.objectContaining(entry)]);
    });

    it('takes the same entry again as already written (a retried write), storing it once', async () => {
      const { writer, entries } = setup();
      const entry = record({ fileName: ['', 'estate.xlsx'] });
      await writer.append(entry);
      await writer.append({ ...entry, changes: { fileName: ['', 'estate.xlsx'] } });
      expect(await entries(entry.logId)).toHaveLength(1);
    });

    it('refuses another entry under a logId already used, naming it, and keeps the first', async () => {
      const { writer, entries } = setup();
      const entry = record({ fileName: ['', 'estate.xlsx'] });
      await writer.append(entry);
      await expect(
        writer.append({ ...entry, changes: { fileName: ['', 'other.xlsx'] } }),
      ).rejects.toThrow(`Audit entry ${entry.logId} (excel.upload-url) was not written`);
      expect(await entries(entry.logId)).toEqual([expect.objectContaining(entry)]);
    });
  });
}
