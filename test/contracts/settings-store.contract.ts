import type { SystemSettings } from '../../core';
import type { AuditRecord } from '../../backend/ports/audit-log';
import { VersionConflictError } from '../../backend/ports/estimation-store';
import type { SettingsStore } from '../../backend/ports/settings-store';
import { DEFAULT_SETTINGS } from '../../backend/use-cases/settings/default-settings';
import { sampleAudit } from './fixtures';

/**
 * The SettingsStore contract. The store holds ONE item, so the real adapter runs it against a
 * fresh environment's table (see the integration runner) and each case starts from `reset`.
 */
export function settingsStoreContract(
  name: string,
  setup: () => Promise<{
    store: SettingsStore;
    auditEntries: (targetId: string) => Promise<AuditRecord[]>;
  }>,
): void {
  describe(`SettingsStore contract: ${name}`, () => {
    const v = (version: number, over: Partial<SystemSettings> = {}): SystemSettings => ({
      ...DEFAULT_SETTINGS,
      version,
      ...over,
    });

    it('is empty before the first save, then saves version 1 only from expected version 0', async () => {
      const { store, auditEntries } = await setup();
      expect(await store.get()).toBeNull();
      await store.replace(
        v(1, { defaultCurrency: 'PHP' }),
        0,
        sampleAudit('system', 'settings.update'),
      );
      expect(await store.get()).toEqual(v(1, { defaultCurrency: 'PHP' }));
      await expect(
        store.replace(
          v(1, { defaultCurrency: 'EUR' }),
          0,
          sampleAudit('system', 'settings.update'),
        ),
      ).rejects.toBeInstanceOf(VersionConflictError);
      await store.replace(
        v(2, { defaultCurrency: 'JPY' }),
        1,
        sampleAudit('system', 'settings.update'),
      );
      await expect(
        store.replace(v(3), 1, sampleAudit('system', 'settings.update')),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect((await store.get())?.defaultCurrency).toBe('JPY');
      expect(await auditEntries('system')).toHaveLength(2);
    });
  });
}
