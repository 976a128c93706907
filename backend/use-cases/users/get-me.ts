import type { UserProfile } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import { auditRecord, diffFields } from '../shared/audit-record';
import type { UserStore } from '../../ports/user-store';

export interface UsersDeps {
  readonly users: UserStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * `GET /users/me`: the caller's profile. The first call creates it from the token's claims;
 * later calls keep the email in step with Cognito, which owns it. The role is the users table's
 * (admins change it there); a token's role claim is never written back.
 */
export async function getMe(deps: UsersDeps, ctx: AuditContext): Promise<UserProfile> {
  const { caller } = ctx;
  const existing = await deps.users.get(caller.userId);
  const now = deps.clock.now().toISOString();
  if (!existing) {
    const profile: UserProfile = {
      userId: caller.userId,
      email: caller.email,
      firstName: caller.firstName ?? '',
      lastName: caller.lastName ?? '',
      role: caller.role,
      company: '',
      phone: '',
      jobTitle: '',
      preferences: {},
      status: 'active',
      createdAt: now,
      updatedAt: now,
      lastSeenAt: now,
    };
    const audit = auditRecord(
      ctx,
      deps,
      'user.profile.create',
      { type: 'user', id: caller.userId },
      {
        email: [null, caller.email],
        role: [null, caller.role],
      },
    );
    return deps.users.create(profile, audit);
  }
  const synced = { ...existing, email: caller.email };
  const changes = diffFields(existing, synced, ['email']);
  if (Object.keys(changes).length === 0) return existing;
  const audit = auditRecord(
    ctx,
    deps,
    'user.profile.sync',
    { type: 'user', id: caller.userId },
    changes,
  );
  return deps.users.update(caller.userId, { email: caller.email, updatedAt: now }, audit);
}
