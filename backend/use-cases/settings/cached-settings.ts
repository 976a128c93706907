import type { SystemSettings } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { SettingsStore } from '../../ports/settings-store';

/**
 * A read-through cache of the settings item for the hot calculation path (one DynamoDB read per
 * container every `ttlMs` instead of one per request). An admin's change reaches every calculation
 * within `ttlMs`; writes go straight to the store and refresh this container's copy.
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
}
