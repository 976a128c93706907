import type { Role } from '../../../core';
import type {
  DirectoryPage,
  DirectoryQuery,
  DirectoryUser,
  IdentityAdmin,
  NewDirectoryUser,
} from '../../ports/identity-admin';
import { DirectoryUserExistsError } from '../../ports/identity-admin';
import { InvalidCursorError } from '../../ports/paging';

/** Records what Cognito would have been told, and keeps the accounts it was given or invited. */
export class MemoryIdentityAdmin implements IdentityAdmin {
  readonly roles = new Map<string, Role>();
  readonly enabled = new Map<string, boolean>();
  /** Users signed out of every session, in order. */
  readonly signedOut: string[] = [];
  private readonly accounts = new Map<string, DirectoryUser>();
  private seq = 0;

  /** An existing account (as the seed or a test would create it in the pool). */
  add(user: Partial<DirectoryUser> & { email: string }): DirectoryUser {
    const account: DirectoryUser = {
      username: user.email,
      sub: user.sub ?? `sub-${++this.seq}`,
      firstName: '',
      lastName: '',
      role: 'Sales',
      enabled: true,
      invited: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      ...user,
    };
    this.accounts.set(account.username, account);
    return account;
  }

  async listUsers(q: DirectoryQuery): Promise<DirectoryPage> {
    const all = [...this.accounts.values()].filter(
      (u) => !q.emailPrefix || u.email.startsWith(q.emailPrefix),
    );
    const start = q.token === undefined ? 0 : Number(q.token);
    if (!Number.isInteger(start) || start < 0 || start > all.length) {
      throw new InvalidCursorError(q.token ?? '');
    }
    const end = start + q.limit;
    return { users: all.slice(start, end), nextToken: end < all.length ? String(end) : null };
  }

  async findBySub(sub: string): Promise<DirectoryUser | null> {
    return [...this.accounts.values()].find((u) => u.sub === sub) ?? null;
  }

  async invite(user: NewDirectoryUser): Promise<DirectoryUser> {
    if ([...this.accounts.values()].some((u) => u.email === user.email)) {
      throw new DirectoryUserExistsError(user.email);
    }
    return this.add({ ...user, invited: true, createdAt: new Date().toISOString() });
  }

  async setRole(username: string, role: Role): Promise<void> {
    this.roles.set(username, role);
    this.patch(username, { role });
  }

  async setEnabled(username: string, enabled: boolean): Promise<void> {
    this.enabled.set(username, enabled);
    this.patch(username, { enabled });
  }

  async signOut(username: string): Promise<void> {
    this.signedOut.push(username);
  }

  private patch(username: string, change: Partial<DirectoryUser>): void {
    const account = this.accounts.get(username);
    if (account) this.accounts.set(username, { ...account, ...change });
  }
}
