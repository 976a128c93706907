import type {
  AdminCaller,
  AdminMetrics,
  AdminUser,
  AdminUserUpdate,
  AuditAction,
  AuditLogPage,
  AuditLogRow,
  AuditTarget,
  AdminCatalogCoverage,
  CatalogRefreshRun,
  CatalogRefreshStatus,
  InviteUserRequest,
  Page,
  SystemSettings,
} from '../../core';
import { addressInRanges } from '../../core';
import type {
  AdminApi,
  AuditQuery,
  LogoUploadRequest,
  SettingsUpdate,
  UserQuery,
} from '../../web-admin/api/admin-api';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { SignInError, type AuthPort, type SignedInUser } from '../../client-shared/auth/auth-port';

/** In-memory AdminApi: pages of two, records every call, and can be told to fail once. */
export function user(n: number, extra: Partial<AdminUser> = {}): AdminUser {
  return {
    userId: `u-${n}`,
    email: `user${n}@example.com`,
    firstName: `First${n}`,
    lastName: `Last${n}`,
    role: 'Sales',
    company: 'Cloudwise',
    status: 'active',
    invited: false,
    createdAt: '2026-11-01T00:00:00Z',
    lastSeenAt: '2026-11-25T00:00:00Z',
    ...extra,
  };
}

function log(
  i: number,
  action: AuditAction,
  targetType: string,
  targetId: string,
  target: AuditTarget,
): AuditLogRow {
  return {
    logId: `log-${i}`,
    userId: 'u-1',
    userEmail: 'user1@example.com',
    action,
    targetType,
    targetId,
    timestamp: `2026-11-2${9 - i}T10:00:00.000Z`,
    requestId: `req-${i}`,
    changes: { status: ['draft', 'sent'] },
    target,
  };
}

export const SETTINGS: SystemSettings = {
  defaultRegion: 'ap-southeast-1',
  defaultCurrency: 'USD',
  discountPresets: [{ name: 'EDP', percent: 6 }],
  fxRates: [{ currency: 'PHP', rate: '58.25', asOf: '2026-11-24', source: 'BSP' }],
  defaultSupportPlan: 'business',
  branding: {
    companyName: 'Cloudwise',
    primaryColor: '#0B3D91',
    accentColor: '#F28C28',
    footerText: 'Confidential',
    disclaimer: 'Estimate only.',
    logoKey: null,
  },
  adminIpAllowList: [],
  version: 4,
  updatedAt: '2026-11-20T00:00:00Z',
  updatedBy: 'admin@example.com',
};

export class FakeAdminApi implements AdminApi {
  users: AdminUser[] = [user(1), user(2), user(3)];
  /** Newest first: settings, a live estimation, a deleted one, a user changed by u-2. */
  logs: AuditLogRow[] = [
    log(0, 'settings.update', 'settings', 'system', { name: 'System settings', deleted: false }),
    log(1, 'estimation.create', 'estimation', 'est-1', { name: 'Acme ERP', deleted: false }),
    log(2, 'estimation.create', 'estimation', 'est-2', { name: null, deleted: true }),
    {
      ...log(3, 'user.admin-update', 'user', 'u-3', { name: 'user3@example.com', deleted: false }),
      userId: 'u-2',
      userEmail: 'user2@example.com',
      changes: { role: ['Sales', 'Admin'] },
    },
  ];
  settings: SystemSettings = SETTINGS;
  metrics: AdminMetrics = {
    users: 42,
    activeUsers30d: 17,
    estimations: 311,
    estimationsComplete: true,
    byStatus: { draft: 200, sent: 60, won: 40, lost: 11 },
    pipelineMonthlyValue: '123456.785',
    wonMonthlyValue: '9876.5',
    pipelineCoverage: { estimations: 260, notFullyPriced: 3 },
    wonCoverage: { estimations: 40, notFullyPriced: 0 },
    documents: 95,
    calculations24h: 1234,
    errors24h: 3,
    requests24h: 600,
    errorRate24h: 0.005,
    catalogVersion: '2026-11-20T06:00:00Z',
    // 14 days ending 2026-11-26: estimations 0..13, documents on even days, calculations ×10.
    daily: Array.from({ length: 14 }, (_, i) => ({
      day: `2026-11-${String(13 + i).padStart(2, '0')}`,
      estimations: i,
      documents: i % 2 === 0 ? 1 : 0,
      calculations: i * 10,
      requests: 100,
      errors: i === 13 ? 3 : 0,
    })),
  };
  coverage: AdminCatalogCoverage = {
    version: '2026-11-20T06:00:00Z',
    computedLive: [],
    regions: [
      {
        region: 'us-east-1',
        records: 11602,
        services: [
          {
            service: 'AmazonEC2',
            records: 9000,
            sources: 40,
            oldest: '2024-07-18',
            newest: '2026-07-20',
            confirmed: 520,
            oldestPriced: { priced: '2023-01-06', confirmed: '2026-05' },
          },
          {
            service: 'AmazonRDS',
            records: 2602,
            sources: 3,
            oldest: '2024-09-28',
            newest: '2025-04-04',
            confirmed: 0,
          },
        ],
        columns: [
          { title: 'EC2 Linux OD', priced: 700, current: 700 },
          { title: 'EC2 Windows OD', priced: 21, current: 700 },
          { title: 'RDS MySQL SAZ', priced: 90, current: 90 },
        ],
        ebsVolumeTypes: 7,
      },
      {
        region: 'global',
        records: 40,
        services: [
          {
            service: 'AmazonRoute53',
            records: 40,
            sources: 1,
            oldest: '2026-07',
            newest: '2026-07',
            confirmed: 0,
          },
        ],
        columns: [],
        ebsVolumeTypes: null,
      },
    ],
    sources: [
      {
        source: 'price-data/aws-pricing-page-feeds/ec2',
        references: 40,
        records: 9000,
        oldest: '2026-07-20',
        newest: '2026-07-20',
      },
      {
        source: 'https://aws.amazon.com/rds/pricing',
        references: 3,
        records: 2602,
        oldest: '2024-09-28',
        newest: '2025-04-04',
      },
    ],
  };
  refresh: CatalogRefreshStatus = {
    latest: null,
    source: 'mirror /srv/price-list',
    services: ['AmazonEC2'],
    regions: ['us-east-1'],
  };
  /** What the next "refresh now" run ends as (the job runs when the run is next read). */
  nextRefresh: Pick<CatalogRefreshRun, 'outcome' | 'problems' | 'report'> = {
    outcome: 'accepted',
    problems: [],
    report: 'Catalog 20261206 : 12 records — PASSED',
  };
  calls: { method: string; args: unknown[] }[] = [];
  failNext: Error | null = null;

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
  }

  private page<T>(items: T[], cursor?: string): Page<T> {
    const start = cursor ? Number(cursor) : 0;
    const next = start + 2 < items.length ? String(start + 2) : null;
    return { items: items.slice(start, start + 2), nextCursor: next };
  }

  async listUsers(q: UserQuery): Promise<Page<AdminUser>> {
    this.record('listUsers', q);
    const term = q.search?.toLowerCase();
    return this.page(
      term ? this.users.filter((u) => u.email.startsWith(term)) : this.users,
      q.cursor,
    );
  }
  async inviteUser(invite: InviteUserRequest): Promise<AdminUser> {
    this.record('inviteUser', invite);
    const made = user(this.users.length + 1, {
      ...invite,
      userId: `u-new-${this.users.length + 1}`,
      company: '',
      invited: true,
      lastSeenAt: null,
    });
    this.users = [...this.users, made];
    return made;
  }
  async updateUser(userId: string, update: AdminUserUpdate): Promise<AdminUser> {
    this.record('updateUser', userId, update);
    const found = this.users.find((u) => u.userId === userId);
    if (!found)
      throw new ApiResponseError(
        404,
        { error: 'NotFound', message: `User ${userId} not found` },
        '',
      );
    const next = { ...found, ...update };
    this.users = this.users.map((u) => (u.userId === userId ? next : u));
    return next;
  }
  /** The API's filters: user id, action, inclusive time range. */
  private filtered(q: AuditQuery): AuditLogRow[] {
    return this.logs.filter(
      (l) =>
        (!q.userId || l.userId === q.userId) &&
        (!q.action || l.action === q.action) &&
        (!q.from || l.timestamp >= q.from) &&
        (!q.to || l.timestamp <= q.to),
    );
  }
  /** Answers (or errors) of the next audit-log requests, in order, before the filtered log is paged. */
  scriptedAuditPages: (AuditLogPage | Error)[] = [];
  async auditLogs(q: AuditQuery): Promise<AuditLogPage> {
    this.record('auditLogs', q);
    const scripted = this.scriptedAuditPages.shift();
    if (scripted instanceof Error) throw scripted;
    return scripted ?? this.page(this.filtered(q), q.cursor);
  }
  async exportAuditCsv(q: AuditQuery): Promise<{ csv: string; rows: number }> {
    this.record('exportAuditCsv', q);
    const rows = this.filtered(q);
    return { csv: `\uFEFFheader\r\n${rows.map((r) => r.logId).join('\r\n')}`, rows: rows.length };
  }
  async adminMetrics(): Promise<AdminMetrics> {
    this.record('adminMetrics');
    return this.metrics;
  }
  async catalogCoverage(): Promise<AdminCatalogCoverage> {
    this.record('catalogCoverage');
    return this.coverage;
  }
  async catalogRefreshStatus(): Promise<CatalogRefreshStatus> {
    this.record('catalogRefreshStatus');
    const status = this.refresh;
    // Like the in-process job: a run reads as running once, then as finished.
    if (status.latest?.outcome === 'running')
      this.refresh = {
        ...status,
        latest: { ...status.latest, ...this.nextRefresh, finishedAt: '2026-12-06T02:01:00Z' },
      };
    return status;
  }
  async refreshCatalog(): Promise<CatalogRefreshRun> {
    this.record('refreshCatalog');
    if (this.refresh.latest?.outcome === 'running')
      throw new ApiResponseError(
        409,
        { error: 'Conflict', message: 'A catalog refresh is still running' },
        '',
      );
    const run: CatalogRefreshRun = {
      runId: `run-${this.calls.length}`,
      trigger: 'admin',
      requestedBy: 'admin@example.com',
      source: this.refresh.source,
      services: this.refresh.services,
      regions: this.refresh.regions,
      startedAt: '2026-12-06T02:00:00Z',
      finishedAt: null,
      outcome: 'running',
      version: null,
      shards: 0,
      problems: [],
      report: '',
      optionalGaps: [],
    };
    this.refresh = { ...this.refresh, latest: run };
    return run;
  }
  async getSettings(): Promise<SystemSettings> {
    this.record('getSettings');
    return this.settings;
  }
  async updateSettings(update: SettingsUpdate): Promise<SystemSettings> {
    this.record('updateSettings', update);
    if (update.version !== this.settings.version)
      throw new ApiResponseError(409, { error: 'Conflict', message: 'stale version' }, '');
    const list = update.adminIpAllowList ?? [];
    // The API's lock-out guard (backend/use-cases/settings/update-settings.ts), as its answer reads.
    if (list.length > 0 && !addressInRanges(this.sourceIp, list))
      throw new ApiResponseError(
        409,
        {
          error: 'Conflict',
          message: `Your current address ${this.sourceIp} is in none of the allowed ranges; saving this admin IP allow-list would lock you out.`,
          details: { reason: 'AllowListExcludesCaller', sourceIp: this.sourceIp },
        },
        '',
      );
    this.settings = {
      ...this.settings,
      ...update,
      version: this.settings.version + 1,
      updatedAt: '2026-11-26T09:00:00Z',
      updatedBy: 'admin@example.com',
    };
    return this.settings;
  }
  /** Like the API: stores under templates/branding/ and bumps the settings version. */
  /** The address the fake API sees the console calling from. */
  sourceIp = '203.0.113.9';
  async whoami(): Promise<AdminCaller> {
    this.record('whoami');
    const list = this.settings.adminIpAllowList;
    return {
      userId: 'u-admin',
      email: 'admin@example.com',
      role: 'Admin',
      sourceIp: this.sourceIp,
      allowed: list.length === 0 || addressInRanges(this.sourceIp, list),
    };
  }
  async uploadLogo(upload: LogoUploadRequest): Promise<SystemSettings> {
    this.record('uploadLogo', upload);
    const ext = upload.contentType === 'image/png' ? 'png' : 'jpg';
    this.settings = {
      ...this.settings,
      branding: { ...this.settings.branding, logoKey: `templates/branding/logo-1.${ext}` },
      version: this.settings.version + 1,
      updatedAt: '2026-11-26T09:30:00Z',
      updatedBy: 'admin@example.com',
    };
    return this.settings;
  }
}

export class FakeAuth implements AuthPort {
  signedIn: SignedInUser | null = null;
  signOuts = 0;
  constructor(
    private readonly accounts: Record<string, { password: string; user: SignedInUser }> = {},
  ) {}
  async signIn(email: string, password: string): Promise<SignedInUser> {
    const a = this.accounts[email];
    if (!a || a.password !== password)
      throw new SignInError('Email or password is wrong. Check both and try again.');
    this.signedIn = a.user;
    return a.user;
  }
  async signOut(): Promise<void> {
    this.signOuts++;
    this.signedIn = null;
  }
  async currentUser(): Promise<SignedInUser | null> {
    return this.signedIn;
  }
  async idToken(): Promise<string | null> {
    return this.signedIn ? 'token' : null;
  }
}

export const ADMIN: SignedInUser = {
  username: 'u-admin',
  email: 'admin@example.com',
  role: 'Admin',
};
export const SALES: SignedInUser = {
  username: 'u-sales',
  email: 'sales@example.com',
  role: 'Sales',
};
