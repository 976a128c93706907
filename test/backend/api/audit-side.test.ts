import { errorResponse } from '../../../backend/http/error-response';
import type { AuditSideProbe } from '../../../backend/ports/audit-side';
import { auditProbeSize, narrowerSide } from '../../../backend/ports/audit-side';
import { ExpiredCursorError, InvalidCursorError } from '../../../backend/ports/paging';
import { CURSOR_EXPIRED } from '../../../core';

const wide = (reachedBackTo: string): AuditSideProbe => ({
  examined: 50,
  matched: 0,
  complete: false,
  reachedBackTo,
});

describe('audit user + action: which index a first page reads on (narrowerSide)', () => {
  it('reads the side whose probe reached the end of its partition: every match is found', () => {
    const done: AuditSideProbe = {
      examined: 28,
      matched: 6,
      complete: true,
      reachedBackTo: '2026-09-03T00:00:00.000Z',
    };
    expect(narrowerSide(wide('2026-11-30T08:00:00.000Z'), done, 50)).toBe('action');
    expect(narrowerSide(done, wide('2026-11-30T08:00:00.000Z'), 50)).toBe('user');
    const empty: AuditSideProbe = { examined: 0, matched: 0, complete: true };
    expect(narrowerSide(empty, wide('2026-11-30T08:00:00.000Z'), 50)).toBe('user');
  });

  it('reads the side whose probe already found a full page', () => {
    const full: AuditSideProbe = { ...wide('2026-11-30T11:00:00.000Z'), matched: 50 };
    expect(narrowerSide(full, wide('2026-10-01T00:00:00.000Z'), 50)).toBe('user');
  });

  it('otherwise reads the side that reached further back in as many entries: the sparser one', () => {
    const recent = wide('2026-11-30T11:00:00.000Z');
    const older = wide('2026-11-02T09:00:00.000Z');
    expect(narrowerSide(recent, older, 50)).toBe('action');
    expect(narrowerSide(older, recent, 50)).toBe('user');
    // A tie reads the user's index, bounded by one person's activity.
    expect(narrowerSide(recent, recent, 50)).toBe('user');
  });

  it('probes a page of entries on each side, at most half the bound', () => {
    expect(auditProbeSize({ limit: 50 })).toBe(50);
    expect(auditProbeSize({ limit: 100 }, 120)).toBe(60);
    expect(auditProbeSize({ limit: 10 }, 1)).toBe(1);
  });
});

describe('a cursor issued before the listing changed how it pages', () => {
  it('is a 400 CursorExpired naming the parameter and telling the client to start again', () => {
    const res = errorResponse(
      new ExpiredCursorError('abc.def', "the audit log's action filter"),
      'req-1',
    );
    expect(res.statusCode).toBe(400);
    const body = JSON.parse(res.body) as { error: string; message: string; details: unknown };
    expect(body.error).toBe(CURSOR_EXPIRED);
    expect(body.message).toBe(
      'The query parameter "cursor" ("abc.def") is not valid: it was issued before the audit log\'s action filter changed how it pages and cannot be continued; start again without a cursor.',
    );
    expect(body.details).toEqual({
      issues: [{ path: '$.cursor', message: body.message }],
      issueCount: 1,
      restartFromFirstPage: true,
    });
  });

  it('while a cursor we did not issue stays a plain validation error', () => {
    const res = errorResponse(new InvalidCursorError('forged'), 'req-2');
    expect(res.statusCode).toBe(400);
    expect((JSON.parse(res.body) as { error: string }).error).toBe('ValidationFailed');
  });
});
