import type { SystemSettings } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import { VersionConflictError } from '../../ports/estimation-store';
import type { SettingsStore } from '../../ports/settings-store';
import { MemoryAuditLog } from './memory-audit-log';

export class MemorySettingsStore implements SettingsStore {
  private current: SystemSettings | null = null;

  constructor(readonly audit: MemoryAuditLog = new MemoryAuditLog()) {}

  async get(): Promise<SystemSettings | null> {
    return this.current;
  }

  async replace(next: SystemSettings, expectedVersion: number, audit: AuditRecord): Promise<void> {
    if ((this.current?.version ?? 0) !== expectedVersion)
      throw new VersionConflictError('settings', expectedVersion);
    this.audit.append(audit);
    this.current = next;
  }
}
