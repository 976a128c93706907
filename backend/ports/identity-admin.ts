import type { Role } from '../../core';

/** An account of the user pool, whether or not its owner has ever called the API. */
export interface DirectoryUser {
  /** The Cognito username (what the admin operations take). */
  readonly username: string;
  /** Stable id: the `sub` claim, which is also the users table's `userId`. */
  readonly sub: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  /** `custom:role`; Sales when the attribute is missing. */
  readonly role: Role;
  readonly enabled: boolean;
  /** True until the invited user has set their own password (Cognito FORCE_CHANGE_PASSWORD). */
  readonly invited: boolean;
  readonly createdAt: string;
}

export interface DirectoryQuery {
  /** The pool's own paging token from the previous page. */
  readonly token?: string;
  readonly limit: number;
  /** Only emails starting with this (Cognito's `email ^= "…"` filter). */
  readonly emailPrefix?: string;
}

export interface DirectoryPage {
  readonly users: readonly DirectoryUser[];
  readonly nextToken: string | null;
}

export interface NewDirectoryUser {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Role;
}

/**
 * The user directory (Cognito): who may sign in, their role claim and sign-in status. Identified
 * by Cognito username, looked up by `sub`.
 */
export interface IdentityAdmin {
  /** One page of accounts in the pool's order. */
  listUsers(query: DirectoryQuery): Promise<DirectoryPage>;
  findBySub(sub: string): Promise<DirectoryUser | null>;
  /** Creates an account whose owner is invited by email to set a password; DirectoryUserExistsError when taken. */
  invite(user: NewDirectoryUser): Promise<DirectoryUser>;
  setRole(username: string, role: Role): Promise<void>;
  setEnabled(username: string, enabled: boolean): Promise<void>;
  /** Revokes every refresh token of the user (Cognito global sign-out): no new tokens by refresh. */
  signOut(username: string): Promise<void>;
}

export class DirectoryUserExistsError extends Error {
  constructor(readonly email: string) {
    super(`A user with the email ${email} already exists.`);
    this.name = 'DirectoryUserExistsError';
  }
}
