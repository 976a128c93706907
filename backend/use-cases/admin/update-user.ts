import type { AdminUserUpdate, UserProfile } from '../../../core';
import { BadRequestError, NotFoundError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord, diffFields } from '../shared/audit-record';
import { UserNotFoundError } from '../../ports/user-store';
import type { AdminDeps } from './deps';

/**
 * Change a user's role or status, in Cognito (the next token's `custom:role`, sign-in allowed or
 * not) and in the users table with its audit entry. A role change or a disable also signs the
 * user out of every session (Cognito global sign-out), so no refresh yields a new token; the
 * tokens already issued stay valid until they expire, which is why the API reads role and status
 * from the users table on every request. Cognito goes first: if the table write then fails the
 * request fails and can be repeated, since every step is idempotent.
 */
export async function updateUser(
  deps: Pick<AdminDeps, 'users' | 'identity' | 'clock' | 'ids'>,
  ctx: AuditContext,
  userId: string,
  input: AdminUserUpdate,
): Promise<UserProfile> {
  if (userId === ctx.caller.userId) {
    throw new BadRequestError('Admins cannot change their own role or status; ask another admin.');
  }
  const current = await deps.users.get(userId);
  if (!current) throw new NotFoundError(`User ${userId} was not found.`);
  const roleChanges = input.role !== undefined && input.role !== current.role;
  const statusChanges = input.status !== undefined && input.status !== current.status;
  if (roleChanges && input.role) await deps.identity.setRole(current.email, input.role);
  if (statusChanges) await deps.identity.setEnabled(current.email, input.status === 'active');
  if (roleChanges || (statusChanges && input.status === 'disabled')) {
    await deps.identity.signOut(current.email);
  }
  const next = { ...current, ...input, updatedAt: deps.clock.now().toISOString() };
  const changes = diffFields(current, next, ['role', 'status']);
  try {
    return await deps.users.update(
      userId,
      { role: input.role, status: input.status, updatedAt: next.updatedAt },
      auditRecord(ctx, deps, 'user.admin-update', { type: 'user', id: userId }, changes),
    );
  } catch (err) {
    if (err instanceof UserNotFoundError) throw new NotFoundError(`User ${userId} was not found.`);
    throw err;
  }
}
