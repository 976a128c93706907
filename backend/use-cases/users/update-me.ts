import type { UpdateMeRequest, UserProfile } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord, diffFields } from '../shared/audit-record';
import { getMe } from './get-me';
import type { UsersDeps } from './get-me';

const EDITABLE = ['firstName', 'lastName', 'company', 'phone', 'jobTitle', 'preferences'] as const;

/** `PUT /users/me`: update the editable fields; the profile is created first if this is the first call. */
export async function updateMe(
  deps: UsersDeps,
  ctx: AuditContext,
  input: UpdateMeRequest,
): Promise<UserProfile> {
  const current = await getMe(deps, ctx);
  const next: UserProfile = {
    ...current,
    ...input,
    preferences: { ...current.preferences, ...input.preferences },
  };
  const changes = diffFields(current, next, EDITABLE);
  if (Object.keys(changes).length === 0) return current;
  const audit = auditRecord(
    ctx,
    deps,
    'user.profile.update',
    { type: 'user', id: current.userId },
    changes,
  );
  return deps.users.update(
    current.userId,
    { ...input, preferences: next.preferences, updatedAt: deps.clock.now().toISOString() },
    audit,
  );
}
