import type { AdminCaller } from '../../../core';
import { addressInRanges } from '../../../core';
import type { Caller } from '../../http/caller';
import type { SettingsStore } from '../../ports/settings-store';
import { getSettings } from '../settings/get-settings';

/** `GET /admin/whoami`: who is calling from where, and whether the saved allow-list admits it. */
export async function adminCaller(
  deps: { settings: SettingsStore },
  caller: Caller,
  sourceIp: string | null,
): Promise<AdminCaller> {
  const { adminIpAllowList } = await getSettings(deps);
  return {
    userId: caller.userId,
    email: caller.email,
    role: caller.role,
    sourceIp: sourceIp ?? '',
    allowed:
      adminIpAllowList.length === 0 ||
      (sourceIp !== null && addressInRanges(sourceIp, adminIpAllowList)),
  };
}
