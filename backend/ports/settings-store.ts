import type { SystemSettings } from '../../core';
import type { AuditRecord } from './audit-log';

/** The one system-settings item, versioned with an optimistic lock like estimations. */
export interface SettingsStore {
  /** Null until an admin first saves settings (callers fall back to the defaults). */
  get(): Promise<SystemSettings | null>;
  /**
   * Writes `next` when the stored version equals `expectedVersion` (0 = nothing stored yet).
   * Throws VersionConflictError otherwise.
   */
  replace(next: SystemSettings, expectedVersion: number, audit: AuditRecord): Promise<void>;
}
