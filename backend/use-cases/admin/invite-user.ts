import type { AdminUser, InviteUserRequest } from '../../../core';
import { ConflictError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { DirectoryUserExistsError } from '../../ports/identity-admin';
import { auditRecord } from '../shared/audit-record';
import { adminUser } from './admin-user';
import type { AdminDeps } from './deps';

/**
 * `POST /admin/users`: create the account in the user pool with its role (Cognito emails the
 * invitation with a temporary password), then append the `user.invite` audit entry. The profile
 * is created at the user's first sign-in, as for every user.
 */
export async function inviteUser(
  deps: Pick<AdminDeps, 'identity' | 'auditWriter' | 'clock' | 'ids'>,
  ctx: AuditContext,
  input: InviteUserRequest,
): Promise<AdminUser> {
  const email = input.email.toLowerCase();
  let account;
  try {
    account = await deps.identity.invite({ ...input, email });
  } catch (err) {
    if (err instanceof DirectoryUserExistsError) {
      throw new ConflictError(`A user with the email ${email} already exists.`);
    }
    throw err;
  }
  await deps.auditWriter.append(
    auditRecord(
      ctx,
      deps,
      'user.invite',
      { type: 'user', id: account.sub },
      {
        email: [null, email],
        role: [null, input.role],
      },
    ),
  );
  return adminUser(account, null);
}
