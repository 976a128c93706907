import type { AdminUser, Page } from '../../../core';
import { adminUser } from './admin-user';
import type { AdminDeps } from './deps';

export interface AdminUsersQuery {
  /** Emails starting with this (lower-cased: invitations store emails in lower case). */
  readonly search?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/**
 * `GET /admin/users`: a page of the user pool (Cognito ListUsers, so users who never signed in
 * are listed) joined with their profiles. The cursor is the pool's own paging token.
 */
export async function listUsers(
  deps: Pick<AdminDeps, 'identity' | 'users'>,
  q: AdminUsersQuery,
): Promise<Page<AdminUser>> {
  const page = await deps.identity.listUsers({
    token: q.cursor,
    limit: q.limit,
    emailPrefix: q.search ? q.search.toLowerCase() : undefined,
  });
  const items = await Promise.all(
    page.users.map(async (account) =>
      adminUser(account, account.sub ? await deps.users.get(account.sub) : null),
    ),
  );
  return { items, nextCursor: page.nextToken };
}
