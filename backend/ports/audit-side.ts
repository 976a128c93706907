import type { AuditQuery } from './audit-query';
import { AUDIT_MAX_EXAMINED } from './audit-query';

/**
 * A user + action page reads one of two indexes and filters the other key: the user's entries
 * (UserTimeIndex, filtering the action) or the action's (ActionTimeIndex, filtering the user).
 * Which is cheaper is whichever partition holds fewer entries in the range, so the first page
 * probes both with the same small window and reads on through the narrower one; its cursor names
 * that index, so later pages go on there without probing again (DECISIONS 102).
 */
export type AuditSide = 'user' | 'action';

/** What one side's probe saw: the newest `probeSize` entries of its partition in range. */
export interface AuditSideProbe {
  /** Entries the probe looked at. */
  readonly examined: number;
  /** Of those, the ones with the other key too. */
  readonly matched: number;
  /** The probe reached the end of the partition in range: every match on this side is found. */
  readonly complete: boolean;
  /** Timestamp of the oldest entry looked at (absent when there was none). */
  readonly reachedBackTo?: string;
}

/** Entries each side's probe looks at: a page's worth, within half the page's bound. */
export function auditProbeSize(q: AuditQuery, maxExamined = AUDIT_MAX_EXAMINED): number {
  return Math.max(1, Math.min(q.limit, Math.floor(maxExamined / 2)));
}

/**
 * The side to read on. A side whose probe already answers the page (it reached the end of its
 * partition, or found a full page) is read at no further cost. Otherwise both probes looked at the
 * same number of entries, and the one that reached further back in time crossed the sparser
 * partition: fewer entries per hour in the range just read, so fewer to look at per match. The
 * estimate is local to the newest entries; when a partition's rate changes further back, the page
 * costs more reads but stays within its bound, and its results are the same either way. A tie
 * reads the user's side, bounded by one person's activity (DECISIONS 99).
 */
export function narrowerSide(
  user: AuditSideProbe,
  action: AuditSideProbe,
  limit: number,
): AuditSide {
  const answers = (p: AuditSideProbe) => p.complete || p.matched >= limit;
  if (answers(action)) return 'action';
  if (answers(user)) return 'user';
  const userBack = user.reachedBackTo ?? '';
  const actionBack = action.reachedBackTo ?? '';
  return actionBack < userBack ? 'action' : 'user';
}
