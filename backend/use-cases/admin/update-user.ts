import type { AdminUser, AdminUserUpdate } from '../../../core';
import { BadRequestError, NotFoundError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import { UserNotFoundError } from '../../ports/user-store';
import { adminUser } from './admin-user';
import type { AdminDeps } from './deps';

/**
 * Change a user's role or status, in Cognito (the next token's `custom:role`, sign-in allowed or
 * not) and in the users table with its audit entry. A role change or a disable also signs the
 * user out of every session (Cognito global sign-out), so no refresh yields a new token; the
 * tokens already issued stay valid until they expire, which is why the API reads role and status
 * from the users table on every request. Cognito goes first: if the table write then fails the
 * request fails and can be repeated, since every step is idempotent.
 *
 * A user who has never signed in has no profile: the pool alone holds their role and status (the
 * API takes the token's role when no profile exists), and the audit entry is appended on its own.
 */
export async function updateUser(
  deps: Pick<AdminDeps, 'users' | 'identity' | 'auditWriter' | 'clock' | 'ids'>,
  ctx: AuditContext,
  userId: string,
  input: AdminUserUpdate,
): Promise<AdminUser> {
  if (userId === ctx.caller.userId) {
    throw new BadRequestError('Admins cannot change their own role or status; ask another admin.');
  }
  const [profile, account] = await Promise.all([
    deps.users.get(userId),
    deps.identity.findBySub(userId),
  ]);
  if (!profile && !account) throw new NotFoundError(`User ${userId} was not found.`);
  const current = adminUser(account, profile);
  const username = account?.username ?? current.email;
  const role = input.role !== undefined && input.role !== current.role ? input.role : undefined;
  const status =
    input.status !== undefined && input.status !== current.status ? input.status : undefined;
  if (role) await deps.identity.setRole(username, role);
  if (status) await deps.identity.setEnabled(username, status === 'active');
  if (role || status === 'disabled') await deps.identity.signOut(username);
  const changes: Record<string, unknown> = {};
  if (role) changes.role = [current.role, role];
  if (status) changes.status = [current.status, status];
  const next: AdminUser = {
    ...current,
    role: role ?? current.role,
    status: status ?? current.status,
  };
  const updatedAt = deps.clock.now().toISOString();
  const audit = auditRecord(ctx, deps, 'user.admin-update', { type: 'user', id: userId }, changes);
  if (!profile) {
    if (role || status) await deps.auditWriter.append(audit);
    return next;
  }
  try {
    const saved = await deps.users.update(userId, { role, status, updatedAt }, audit);
    return adminUser(account, saved);
  } catch (err) {
    if (err instanceof UserNotFoundError) throw new NotFoundError(`User ${userId} was not found.`);
    throw err;
  }
}
