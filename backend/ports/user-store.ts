import type { Page, Role, UserPreferences, UserProfile } from '../../core';
import type { AuditRecord } from './audit-log';

/** Fields a store update may change. Role and status only through the admin use cases. */
export interface UserPatch {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly company?: string;
  readonly phone?: string;
  readonly jobTitle?: string;
  readonly preferences?: UserPreferences;
  readonly role?: Role;
  readonly status?: 'active' | 'disabled';
  readonly email?: string;
  readonly updatedAt: string;
}

export interface UserQuery {
  /** Case-insensitive substring of email, first or last name. */
  readonly search?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** User profiles (the users table). Each mutation carries its audit record. */
export interface UserStore {
  get(userId: string): Promise<UserProfile | null>;
  findByEmail(email: string): Promise<UserProfile | null>;
  /** Creates the profile unless one exists; returns whichever profile is stored afterwards. */
  create(profile: UserProfile, audit: AuditRecord): Promise<UserProfile>;
  /** Throws UserNotFoundError when absent. */
  update(userId: string, patch: UserPatch, audit: AuditRecord): Promise<UserProfile>;
  list(query: UserQuery): Promise<Page<UserProfile>>;
}

export class UserNotFoundError extends Error {
  constructor(readonly userId: string) {
    super(`User ${userId} does not exist.`);
    this.name = 'UserNotFoundError';
  }
}
