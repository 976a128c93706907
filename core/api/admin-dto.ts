import type { Discount, FxRate, SupportPlan } from '../requirements/requirements';
import type { AuditTarget } from './audit-actions';
import type { EstimationStatus, Page, Role, UserStatus } from './dto';

/** Request and response bodies of the dashboard and admin routes (see dto.ts for the others). */
/**
 * Figures of one set of estimations, all computed from the same index records (never their
 * parts): `byStatus` sums to `estimations`.
 */
export interface EstimationTally {
  readonly estimations: number;
  readonly byStatus: Readonly<Record<EstimationStatus, number>>;
  /** Sum of monthly totals of estimations in draft or sent (USD). */
  readonly pipelineMonthlyValue: string;
  readonly wonMonthlyValue: string;
  /** How many estimations each sum adds, and how many of those leave lines unpriced. */
  readonly pipelineCoverage: ValueCoverage;
  readonly wonCoverage: ValueCoverage;
}

/** `GET /dashboard/metrics`: the caller's own estimations and documents. */
export interface DashboardMetrics extends EstimationTally {
  readonly documents: number;
  readonly recentActivity: readonly AuditLogEntry[];
}

/** A sum over estimations, and how many of them are not fully priced (their totals leave lines out). */
export interface ValueCoverage {
  readonly estimations: number;
  readonly notFullyPriced: number;
}

export interface AuditLogEntry {
  readonly logId: string;
  readonly userId: string;
  readonly userEmail: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly timestamp: string;
  readonly requestId: string;
  /** Short before/after summary, e.g. `{ status: ['draft', 'sent'] }`. */
  readonly changes: Readonly<Record<string, unknown>>;
}

/** `GET /admin/audit-logs`: an entry with its target's name, resolved in batch per page. */
export interface AuditLogRow extends AuditLogEntry {
  readonly target: AuditTarget;
}

/**
 * `GET /admin/audit-logs`: a page of rows. With both a user and an action the API looks at a
 * bounded number of the user's entries per page, so a page can hold fewer rows than asked and
 * still go on: `searchedBackTo` (ISO) is then how far back it has looked; `nextCursor` continues.
 */
export interface AuditLogPage extends Page<AuditLogRow> {
  readonly searchedBackTo?: string;
}

/**
 * `GET /admin/metrics`: every user's estimations, tallied over one scan of the index records, so
 * the total and the counts by status describe the same set.
 */
export interface AdminMetrics extends EstimationTally {
  readonly users: number;
  readonly activeUsers30d: number;
  /** False when the scan stopped at its bound: the tally then covers the first records only. */
  readonly estimationsComplete: boolean;
  readonly documents: number;
  readonly calculations24h: number;
  readonly errors24h: number;
  /** API responses of the last 24 h (refusals included); the error rate is errors24h ÷ this. */
  readonly requests24h: number;
  /** errors24h ÷ requests24h, null without requests. */
  readonly errorRate24h: number | null;
  readonly catalogVersion: string;
  /** The last 14 UTC days, oldest first. */
  readonly daily: readonly DailyActivity[];
}

/**
 * One UTC day of activity: estimations created (index records' createdAt, every user), documents
 * that became ready, and the hourly counters' calculations, API responses and 5xx responses.
 */
export interface DailyActivity {
  readonly day: string;
  readonly estimations: number;
  readonly documents: number;
  readonly calculations: number;
  readonly requests: number;
  readonly errors: number;
}

/**
 * `GET /admin/users`: an account of the user pool joined with its profile. Users who have never
 * called the API have no profile yet: their role and status are the pool's, `lastSeenAt` is null.
 */
export interface AdminUser {
  /** The Cognito `sub`, which is also the profile's `userId`. */
  readonly userId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string;
  readonly role: Role;
  readonly status: UserStatus;
  /** Invited and not yet signed in with their own password. */
  readonly invited: boolean;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
}

/** `POST /admin/users`: invite a user by email with a role. */
export interface InviteUserRequest {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Role;
}

export interface AdminUserUpdate {
  readonly role?: Role;
  readonly status?: UserStatus;
}

export interface Branding {
  readonly companyName: string;
  readonly primaryColor: string;
  readonly accentColor: string;
  readonly footerText: string;
  readonly disclaimer: string;
  /** S3 key of the uploaded logo under templates/, or null. */
  readonly logoKey: string | null;
}

export interface SystemSettings {
  readonly defaultRegion: string;
  readonly defaultCurrency: string;
  readonly discountPresets: readonly Discount[];
  readonly fxRates: readonly FxRate[];
  readonly defaultSupportPlan: SupportPlan;
  readonly branding: Branding;
  /**
   * CIDR ranges (IPv4 and IPv6) that may call `/admin/*`; empty = no restriction. The API refuses
   * other addresses (403, audited) and a save that would leave out the saver's own address.
   */
  readonly adminIpAllowList: readonly string[];
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** `GET /admin/whoami`: the caller as the API sees them, with the address the allow-list checks. */
export interface AdminCaller {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  /** API Gateway's `requestContext.identity.sourceIp` (locally: the socket's address). */
  readonly sourceIp: string;
  /** Whether `sourceIp` is in the saved allow-list (true when the list is empty). */
  readonly allowed: boolean;
}
