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
import { HttpClient } from '../../client-shared/http/http-client';
import type { FetchLike, TokenSource } from '../../client-shared/http/http-client';
import type {
  AdminApi,
  AuditQuery,
  LogoUploadRequest,
  SettingsUpdate,
  UserQuery,
} from './admin-api';
import { isCursorExpired } from './admin-api';

function queryString(q: object): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** AdminApi over the shared HTTP client (client-shared/http: the ID token, one error type). */
export class HttpAdminApi implements AdminApi {
  private readonly http: HttpClient;

  constructor(baseUrl: string, token: TokenSource, fetchImpl?: FetchLike) {
    this.http = new HttpClient({
      baseUrl,
      token,
      fetch: fetchImpl,
      signedOutMessage: 'You are signed out. Sign in again.',
      statusMessages: { 403: 'This action needs the Admin role.' },
    });
  }

  listUsers(q: UserQuery): Promise<Page<AdminUser>> {
    return this.http.json('GET', `/admin/users${queryString(q)}`);
  }
  inviteUser(invite: InviteUserRequest): Promise<AdminUser> {
    return this.http.json('POST', '/admin/users', { body: invite });
  }
  updateUser(userId: string, update: AdminUserUpdate): Promise<AdminUser> {
    return this.http.json('PUT', `/admin/users/${encodeURIComponent(userId)}`, { body: update });
  }
  auditLogs(q: AuditQuery): Promise<AuditLogPage> {
    return this.http.json('GET', `/admin/audit-logs${queryString(q)}`);
  }
  async exportAuditCsv(q: AuditQuery): Promise<{ csv: string; rows: number }> {
    try {
      return await this.auditCsvParts(q);
    } catch (err) {
      // A later part's cursor from before a deploy that changed the paging: once, from the start.
      if (!isCursorExpired(err)) throw err;
      return this.auditCsvParts(q);
    }
  }
  private async auditCsvParts(q: AuditQuery): Promise<{ csv: string; rows: number }> {
    // Parts after the first are rows only; the BOM is kept (TextDecoder would drop it).
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const filters = { userId: q.userId, action: q.action, from: q.from, to: q.to };
    let csv = '';
    let rows = 0;
    let cursor: string | undefined;
    do {
      const path = `/admin/audit-logs/export${queryString({ format: 'csv', ...filters, cursor })}`;
      const res = await this.http.request('GET', path);
      csv += decoder.decode(await res.arrayBuffer());
      rows += Number(res.headers.get('X-Row-Count') ?? 0);
      cursor = res.headers.get('X-Next-Cursor') ?? undefined;
    } while (cursor);
    return { csv, rows };
  }
  adminMetrics(): Promise<AdminMetrics> {
    return this.http.json('GET', '/admin/metrics');
  }
  catalogCoverage(): Promise<AdminCatalogCoverage> {
    return this.http.json('GET', '/admin/catalog/coverage');
  }
  catalogRefreshStatus(): Promise<CatalogRefreshStatus> {
    return this.http.json('GET', '/admin/catalog/refresh');
  }
  refreshCatalog(): Promise<CatalogRefreshRun> {
    return this.http.json('POST', '/admin/catalog/refresh', { body: {} });
  }
  getSettings(): Promise<SystemSettings> {
    return this.http.json('GET', '/admin/settings');
  }
  updateSettings(update: SettingsUpdate): Promise<SystemSettings> {
    return this.http.json('PUT', '/admin/settings', { body: update });
  }
  uploadLogo(upload: LogoUploadRequest): Promise<SystemSettings> {
    return this.http.json('POST', '/admin/branding/logo', { body: upload });
  }
  whoami(): Promise<AdminCaller> {
    return this.http.json('GET', '/admin/whoami');
  }
}
