import type { Page, UserProfile } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { UserPatch, UserQuery, UserStore } from '../../ports/user-store';
import { UserNotFoundError } from '../../ports/user-store';
import { MemoryAuditLog } from './memory-audit-log';
import { matchesSearch, offsetPage } from './paging';

/** In-memory UserStore for unit tests; passes the same contract suite as the DynamoDB adapter. */
export class MemoryUserStore implements UserStore {
  private readonly users = new Map<string, UserProfile>();

  constructor(readonly audit: MemoryAuditLog = new MemoryAuditLog()) {}

  async get(userId: string): Promise<UserProfile | null> {
    return this.users.get(userId) ?? null;
  }

  async findByEmail(email: string): Promise<UserProfile | null> {
    return [...this.users.values()].find((u) => u.email === email) ?? null;
  }

  async create(profile: UserProfile, audit: AuditRecord): Promise<UserProfile> {
    const existing = this.users.get(profile.userId);
    if (existing) return existing;
    this.audit.append(audit);
    this.users.set(profile.userId, profile);
    return profile;
  }

  async update(userId: string, patch: UserPatch, audit: AuditRecord): Promise<UserProfile> {
    const existing = this.users.get(userId);
    if (!existing) throw new UserNotFoundError(userId);
    const updated: UserProfile = { ...existing, ...definedOnly(patch) };
    this.audit.append(audit);
    this.users.set(userId, updated);
    return updated;
  }

  async list(query: UserQuery): Promise<Page<UserProfile>> {
    const all = [...this.users.values()]
      .filter((u) => matchesSearch([u.email, u.firstName, u.lastName], query.search))
      .sort((a, b) => a.email.localeCompare(b.email));
    return offsetPage(all, query, `users|${query.search ?? ''}`);
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
