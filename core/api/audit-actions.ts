/**
 * Every action the backend writes to the audit trail, with the label the console shows. The one
 * list: the backend's `auditRecord` takes only these names, the API refuses any other in
 * `?action=`, and the console's action dropdown lists them.
 */
export const AUDIT_ACTIONS = {
  'estimation.create': 'Estimation created',
  'estimation.update': 'Estimation updated',
  'estimation.clone': 'Estimation cloned',
  'estimation.delete': 'Estimation deleted',
  'estimation.migrate': 'Estimation migrated to part storage',
  'document.generate': 'Document generated',
  'document.export': 'Estimation exported',
  'excel.upload-url': 'Upload link issued',
  'excel.upload': 'Workbook uploaded',
  'user.profile.create': 'Profile created at first sign-in',
  'user.profile.sync': 'Profile synced with the user pool',
  'user.profile.update': 'Profile updated by its user',
  'user.invite': 'User invited',
  'user.admin-update': 'User changed by an administrator',
  'settings.update': 'Settings updated',
  'settings.logo': 'Branding logo uploaded',
  'catalog.refresh-request': 'Catalog refresh requested',
  'catalog.publish': 'Catalog published',
  'catalog.refused': 'Catalog refused by the validation gate',
  'catalog.refresh-failed': 'Catalog refresh failed',
  'admin.ip-refused': 'Admin request refused by the IP allow-list',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

export function isAuditAction(name: string): name is AuditAction {
  return Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, name);
}

/** The label of an action, or the name itself for one this build does not know (older entries). */
export function auditActionLabel(name: string): string {
  return isAuditAction(name) ? AUDIT_ACTIONS[name] : name;
}

/**
 * What an audit entry's target is called, resolved by the API in batch: the estimation's or
 * document's name, the user's email, "System settings". `deleted` when the target no longer exists
 * (the console then shows the id and "(deleted)"); `name` null for kinds that have no name.
 */
export interface AuditTarget {
  readonly name: string | null;
  readonly deleted: boolean;
}
