import type {
  AdminCaller,
  AdminMetrics,
  AdminUser,
  AdminUserUpdate,
  AdminCatalogCoverage,
  AuditLogPage,
  CatalogRefreshRun,
  CatalogRefreshStatus,
  InviteUserRequest,
  Page,
  SystemSettings,
} from '../../core';
import { CURSOR_EXPIRED } from '../../core';
import { ApiResponseError } from '../../client-shared/http/api-errors';

/** What the console asks of the API (routes of core/api/routes.ts). Pages get it as a prop. */
export interface UserQuery {
  /** Emails starting with this. */
  readonly search?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export interface AuditQuery {
  readonly userId?: string;
  /** One of core's AUDIT_ACTIONS (the API refuses any other name). */
  readonly action?: string;
  /** ISO date-times, inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit?: number;
}

/** `PUT /admin/settings` body: the version read plus the fields to replace. */
export type SettingsUpdate = Partial<
  Omit<SystemSettings, 'version' | 'updatedAt' | 'updatedBy'>
> & {
  readonly version: number;
};

/** `POST /admin/branding/logo` body: the image as base64 JSON (the API checks ≤ 1 MB and the type). */
export interface LogoUploadRequest {
  readonly fileName: string;
  readonly contentType: 'image/png' | 'image/jpeg';
  readonly contentBase64: string;
}

export interface AdminApi {
  /** The user pool joined with the profiles: users who never signed in are listed too. */
  listUsers(query: UserQuery): Promise<Page<AdminUser>>;
  /** Creates the account in the user pool with its role; Cognito emails the invitation. */
  inviteUser(invite: InviteUserRequest): Promise<AdminUser>;
  updateUser(userId: string, update: AdminUserUpdate): Promise<AdminUser>;
  /** Entries with their targets' names (resolved by the API in batch). */
  auditLogs(query: AuditQuery): Promise<AuditLogPage>;
  /** Every row of the filtered log as one CSV (BOM first), fetched part by part. */
  exportAuditCsv(query: AuditQuery): Promise<{ csv: string; rows: number }>;
  adminMetrics(): Promise<AdminMetrics>;
  /** Core's coverage report of the catalog in use, per region and service. */
  catalogCoverage(): Promise<AdminCatalogCoverage>;
  /** The latest catalog refresh run (accepted/refused with the gate's report) and its source. */
  catalogRefreshStatus(): Promise<CatalogRefreshStatus>;
  /** Starts the same refresh job as the weekly schedule; 409 while one runs. */
  refreshCatalog(): Promise<CatalogRefreshRun>;
  getSettings(): Promise<SystemSettings>;
  updateSettings(update: SettingsUpdate): Promise<SystemSettings>;
  /** Stores the logo and points `branding.logoKey` at it; returns the new settings. */
  uploadLogo(upload: LogoUploadRequest): Promise<SystemSettings>;
  /** The signed-in admin as the API sees them, with the source address the IP allow-list checks. */
  whoami(): Promise<AdminCaller>;
}

/**
 * The API refused a paging cursor it issued before it changed how that listing pages (a deploy
 * while the list was open): the listing is loaded again from its first page, not shown as an error.
 */
export function isCursorExpired(err: unknown): boolean {
  return err instanceof ApiResponseError && err.status === 400 && err.code === CURSOR_EXPIRED;
}
