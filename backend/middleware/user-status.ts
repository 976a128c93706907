import type { Role } from '../../core';
import type { UserStore } from '../ports/user-store';

/** What the users table says about a signed-in user: the authority for role and status. */
export interface StoredStatus {
  readonly role: Role;
  readonly disabled: boolean;
}

/** Looks up a user's stored role and status; null when the user has no profile yet. */
export interface UserStatusCheck {
  lookup(userId: string): Promise<StoredStatus | null>;
}

interface Entry {
  readonly status: StoredStatus | null;
  readonly at: number;
}

/**
 * One cache per process (a Lambda container, or the whole local stack): every function's
 * middleware and the admin function's user updates share it, so an admin's change is seen at once
 * by the functions of the same process and within the TTL by every other container.
 */
const SHARED = new Map<string, Entry>();
/** Bounded so a long-lived container does not grow without limit (oldest entries go first). */
const MAX_ENTRIES = 10_000;
/** The longest a warm container may act on a role or status it read earlier (issue 15). */
export const MAX_STATUS_CACHE_SECONDS = 60;

/** Seconds a looked-up status is trusted: USER_STATUS_CACHE_SECONDS, default 30, at most 60. */
export function userStatusCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.USER_STATUS_CACHE_SECONDS ?? 30);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_STATUS_CACHE_SECONDS) : 30;
}

/**
 * The users table read through a small cache: at most one GetItem per user per TTL. A user with no
 * profile yet (first request before GET /users/me creates it) has no stored status.
 */
export class CachedUserStatus implements UserStatusCheck {
  constructor(
    private readonly users: Pick<UserStore, 'get'>,
    private readonly ttlMs = userStatusCacheSeconds() * 1000,
    private readonly now: () => number = Date.now,
    private readonly cache: Map<string, Entry> = SHARED,
  ) {}

  async lookup(userId: string): Promise<StoredStatus | null> {
    const hit = this.cache.get(userId);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.status;
    const profile = await this.users.get(userId);
    const status = profile
      ? {
          role: profile.role === 'Admin' ? ('Admin' as const) : ('Sales' as const),
          disabled: profile.status === 'disabled',
        }
      : null;
    this.cache.delete(userId);
    if (this.cache.size >= MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(userId, { status, at: this.now() });
    return status;
  }
}

/** Drop a user's cached status (after an admin changes it) so this process re-reads it. */
export function forgetUserStatus(userId: string, cache: Map<string, Entry> = SHARED): void {
  cache.delete(userId);
}

/** A UserStore whose creates and updates also drop the user's cached status in this process. */
export function forgettingUpdates<S extends UserStore>(store: S): UserStore {
  return {
    get: (userId) => store.get(userId),
    findByEmail: (email) => store.findByEmail(email),
    create: async (profile, audit) => {
      try {
        return await store.create(profile, audit);
      } finally {
        forgetUserStatus(profile.userId);
      }
    },
    list: (query) => store.list(query),
    update: async (userId, patch, audit) => {
      try {
        return await store.update(userId, patch, audit);
      } finally {
        forgetUserStatus(userId);
      }
    },
  };
}
