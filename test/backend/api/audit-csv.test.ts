import type { AuditRecord } from '../../../backend/ports/audit-log';
import type { TargetRef } from '../../../backend/ports/audit-targets';
import { targetKey } from '../../../backend/ports/audit-targets';
import { auditRows } from '../../../backend/use-cases/admin/audit-rows';
import { MemoryAuditLog } from '../../../backend/adapters/memory/memory-audit-log';
import { MemoryAuditReader } from '../../../backend/adapters/memory/memory-audit-reader';
import {
  auditCsvPart,
  changeText,
  csvCell,
  UTF8_BOM,
} from '../../../backend/use-cases/admin/audit-csv';

function entry(i: number, over: Partial<AuditRecord> = {}): AuditRecord {
  return {
    logId: `log-${String(i).padStart(4, '0')}`,
    userId: 'u-1',
    userEmail: 'ana@example.com',
    action: 'estimation.update',
    targetType: 'estimation',
    targetId: `est-${i}`,
    timestamp: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
    requestId: `req-${i}`,
    changes: { status: ['draft', 'sent'] },
    ...over,
  };
}

/** Estimations est-N are named "Estimation N"; est-1 was deleted. Records each batch's size. */
const batches: number[] = [];
const namesOf = {
  targetNames: {
    names: async (refs: readonly TargetRef[]) => {
      batches.push(refs.length);
      return new Map(
        refs
          .filter((r) => r.id !== 'est-1')
          .map((r) => [targetKey(r), `Estimation ${r.id.slice(4)}`] as const),
      );
    },
  },
  identity: { findBySub: async () => null },
};

describe('audit CSV', () => {
  it('neutralises formula starts and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes changes as field: old → new', () => {
    expect(changeText({ role: ['Sales', 'Admin'], email: [null, 'a@b.c'], note: 'x' })).toBe(
      'role: Sales → Admin; email: (none) → a@b.c; note: x',
    );
  });

  it('starts with the BOM and header, and parts concatenate to every row once, newest first', async () => {
    const log = new MemoryAuditLog();
    for (let i = 1; i <= 250; i += 1) log.append(entry(i));
    log.append(entry(251, { action: 'user.invite', targetId: '=cmd|calc' }));
    const reader = new MemoryAuditReader(log);
    const parts = [];
    let cursor: string | undefined;
    do {
      const part = await auditCsvPart(
        reader,
        (entries) => auditRows(namesOf, entries),
        { action: 'estimation.update', cursor },
        1000,
      );
      parts.push(part);
      cursor = part.nextCursor ?? undefined;
    } while (cursor);
    expect(parts.length).toBeGreaterThan(1);
    const csv = parts.map((p) => p.csv).join('');
    expect(csv.startsWith(`${UTF8_BOM}Time (UTC),User email,User id,Action,`)).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(251);
    expect(parts.reduce((n, p) => n + p.rows, 0)).toBe(250);
    expect(lines[1]).toBe(
      '2026-11-01T00:04:10.000Z,ana@example.com,u-1,estimation.update,estimation,est-250,Estimation 250,status: draft → sent,req-250',
    );
    expect(lines.at(-1)).toContain(',est-1,(deleted),');
    // One batch read per page of 100 entries, never one per row.
    expect(batches.length).toBe(3);
    expect(batches.every((n) => n <= 100)).toBe(true);
    expect(csv).not.toContain('user.invite');
  });

  /** The parts of a user + action export whose reader looks at 4 entries a page, a part at 10. */
  async function exportParts(log: MemoryAuditLog) {
    const reader = new MemoryAuditReader(log, 4);
    const q = { userId: 'u-1', action: 'user.invite' } as const;
    const parts = [];
    let cursor: string | undefined;
    do {
      const part = await auditCsvPart(
        reader,
        (e) => auditRows(namesOf, e),
        { ...q, cursor },
        1e6,
        10,
      );
      parts.push(part);
      cursor = part.nextCursor ?? undefined;
    } while (cursor);
    return parts;
  }

  /** u-1's 28 entries a second apart, the oldest a user.invite. */
  function userLog(): MemoryAuditLog {
    const log = new MemoryAuditLog();
    for (let i = 1; i <= 28; i += 1)
      log.append(entry(i, i === 1 ? { action: 'user.invite' } : { action: 'estimation.update' }));
    return log;
  }

  it('ends a part after looking at its share of entries, so a user + action export is bounded per request', async () => {
    const log = userLog();
    // u-2 invites twice a second: the action's entries are the denser, so u-1's are read.
    for (let i = 1; i <= 28; i += 1)
      for (const ms of [250, 750])
        log.append(
          entry(1000 + i * 2 + (ms === 250 ? 0 : 1), {
            userId: 'u-2',
            action: 'user.invite',
            timestamp: new Date(Date.UTC(2026, 10, 1, 0, 0, i, ms)).toISOString(),
          }),
        );
    const parts = await exportParts(log);
    // Part 1: the probes (2 of each side), then two pages of 4 of u-1's entries — 12 looked at,
    // u-1's 28..19; part 2: three pages of 4, 18..7; part 3: 6..1, the invite.
    expect(parts.map((p) => p.rows)).toEqual([0, 0, 1]);
    expect(parts.at(-1)?.csv).toContain(',user.invite,');
  });

  it("a rare action of the user is one part: the action's entries are read", async () => {
    const parts = await exportParts(userLog());
    expect(parts.map((p) => p.rows)).toEqual([1]);
    expect(parts[0]?.csv).toContain(',user.invite,');
  });
});
