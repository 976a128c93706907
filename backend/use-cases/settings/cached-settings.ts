import type { SystemSettings } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { SettingsStore } from '../../ports/settings-store';

/**
 * A read-through cache of the settings item for hot paths — calculations, the admin IP allow-list
 * (one DynamoDB read per container every `ttlMs` instead of one per request). An admin's change
 * reaches every container within `ttlMs` (30 s); writes go straight to the store and refresh this
 * container's copy.
 */
export class CachedSettingsStore implements SettingsStore {
  private cached: { value: SystemSettings | null; at: number } | null = null;

  constructor(
    private readonly store: SettingsStore,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<SystemSettings | null> {
    if (this.cached && this.now() - this.cached.at < this.ttlMs) return this.cached.value;
    const value = await this.store.get();
    this.cached = { value, at: this.now() };
    return value;
  }

  async replace(next: SystemSettings, expectedVersion: number, audit: AuditRecord): Promise<void> {
    await this.store.replace(next, expectedVersion, audit);
    this.cached = { value: next, at: this.now() };
  }

  /**
   * The same store without the cache on reads (the settings page must see the latest version),
   * every read and write still refreshing this cache: what an admin saves or reads applies to
   * this container's cached readers at once.
   */
  readThrough(): SettingsStore {
    return {
      get: async () => {
        const value = await this.store.get();
        this.cached = { value, at: this.now() };
        return value;
      },
      replace: (next, expectedVersion, audit) => this.replace(next, expectedVersion, audit),
    };
  }
}
