import type {
  AdminMetrics,
  AdminUserUpdate,
  ApiErrorBody,
  AuditLogEntry,
  DashboardMetrics,
  Page,
  SystemSettings,
  UserProfile,
} from '../../core';
import type { AdminApi, AuditQuery, LogoUpload, SettingsUpdate, UserQuery } from './admin-api';
import { AdminApiError } from './api-error';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

function queryString(q: object): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** AdminApi over HTTP with the Cognito ID token (the API's authorizer reads `custom:role`). */
export class HttpAdminApi implements AdminApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => Promise<string | null>,
    private readonly fetchImpl: FetchLike = (i, init) => fetch(i, init),
  ) {}

  listUsers(q: UserQuery): Promise<Page<UserProfile>> {
    return this.call('GET', `/admin/users${queryString(q)}`);
  }
  updateUser(userId: string, update: AdminUserUpdate): Promise<UserProfile> {
    return this.call('PUT', `/admin/users/${encodeURIComponent(userId)}`, update);
  }
  auditLogs(q: AuditQuery): Promise<Page<AuditLogEntry>> {
    return this.call('GET', `/admin/audit-logs${queryString(q)}`);
  }
  adminMetrics(): Promise<AdminMetrics> {
    return this.call('GET', '/admin/metrics');
  }
  dashboardMetrics(): Promise<DashboardMetrics> {
    return this.call('GET', '/dashboard/metrics');
  }
  getSettings(): Promise<SystemSettings> {
    return this.call('GET', '/admin/settings');
  }
  updateSettings(update: SettingsUpdate): Promise<SystemSettings> {
    return this.call('PUT', '/admin/settings', update);
  }
  uploadLogo(upload: LogoUpload): Promise<SystemSettings> {
    return this.call('POST', '/admin/branding/logo', upload);
  }

  private async call<T>(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<T> {
    const token = await this.token();
    if (!token) throw new AdminApiError(401, null, 'You are signed out. Sign in again.');
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new AdminApiError(
        0,
        null,
        `The API at ${this.baseUrl} is unreachable (${(cause as Error).message}). Check your connection.`,
      );
    }
    const text = await res.text();
    const parsed: unknown = text ? safeJson(text) : null;
    if (!res.ok) {
      const fallback =
        res.status === 403
          ? 'This action needs the Admin role.'
          : res.status === 413
            ? 'The request is larger than the API accepts.'
            : `${method} ${path} failed with HTTP ${res.status}.`;
      throw new AdminApiError(res.status, parsed as Partial<ApiErrorBody> | null, fallback);
    }
    return parsed as T;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text.slice(0, 200) };
  }
}
