import type {
  DOCUMENT_FORMATS,
  DOCUMENT_STATUSES,
  ESTIMATION_STATUSES,
  LOGO_CONTENT_TYPES,
  ROLES,
  USER_STATUSES,
} from '../vocabulary/result-words';
import type { CoverageCounts } from '../estimate/coverage';
import type { Comparison, Estimate } from '../estimate/estimate';
import type { EstimateRepricing, LineRepricingStatus } from '../estimate/reprice';
import type { SizingPolicyComparison } from '../requirements/sizing-policy-changes';
import type { Discount, Requirements } from '../requirements/requirements';
import type { PricingModel } from '../requirements/pricing-model';
import type { SizingPolicy } from '../requirements/sizing-policy';

/**
 * Request and response bodies of the API, shared by the backend, the add-in and the admin console.
 * The backend validates requests with zod schemas that mirror these types.
 */

/** Cursor pagination: pass `nextCursor` back as `?cursor=` to get the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface ApiErrorBody {
  readonly error: string;
  readonly message: string;
  readonly details: unknown;
  readonly requestId: string;
}

/**
 * `error` of a 400 for a paging cursor issued before the listing changed how it pages: the
 * client loads the listing's first page again (same filters, no cursor) instead of failing.
 */
export const CURSOR_EXPIRED = 'CursorExpired';

// ---- users -----------------------------------------------------------------------------------
export type Role = (typeof ROLES)[number];
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserProfile {
  readonly userId: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Role;
  readonly company: string;
  readonly phone: string;
  readonly jobTitle: string;
  readonly preferences: UserPreferences;
  readonly status: UserStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastSeenAt: string;
}

export interface UserPreferences {
  readonly defaultRegion?: string;
  readonly currency?: string;
  readonly pricingModel?: PricingModel;
}

/** `PUT /users/me`: the editable fields only (role, email and status are not self-editable). */
export interface UpdateMeRequest {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly company?: string;
  readonly phone?: string;
  readonly jobTitle?: string;
  readonly preferences?: UserPreferences;
}

// ---- estimations -------------------------------------------------------------------------------
export type EstimationStatus = (typeof ESTIMATION_STATUSES)[number];

export interface ScenarioSpec {
  readonly name: string;
  readonly region?: string;
  readonly pricingModel?: PricingModel;
  /** Swap x86 instances for their Graviton equivalent where one exists. */
  readonly graviton?: boolean;
  /** Size sized EC2 lines under this policy, field by field over the requirements' own. */
  readonly sizingPolicy?: SizingPolicy;
  readonly discounts?: readonly Discount[];
}

export interface Estimation {
  readonly estimationId: string;
  readonly userId: string;
  readonly name: string;
  readonly customer: string;
  readonly reference: string;
  readonly status: EstimationStatus;
  readonly requirements: Requirements;
  readonly scenarios: readonly ScenarioSpec[];
  /** The last calculation, with the catalog version it used. */
  readonly result: Estimate | null;
  readonly comparison: Comparison | null;
  /** Optimistic-lock version: `PUT` must send the version it read. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The large parts of an estimation: stored apart from its index record, gzip JSON in S3. */
export type EstimationPart = 'requirements' | 'result' | 'comparison';
export const ESTIMATION_PARTS: readonly EstimationPart[] = ['requirements', 'result', 'comparison'];

/** Totals and counts of the parts, kept on the index record so lists never read the parts. */
export interface EstimationFigures {
  /** Requirement lines. */
  readonly items: number;
  /** The saved result's totals after adjustments (null: no result saved). */
  readonly monthlyTotal: string | null;
  readonly upfrontTotal: string | null;
  readonly currency: string | null;
  readonly resultLines: number | null;
  readonly catalogVersion: string | null;
  /** Scenarios of the saved comparison and the cheapest one (null: no comparison saved). */
  readonly comparedScenarios: number | null;
  readonly cheapestScenario: string | null;
  /**
   * What the saved result's totals price, in line counts (null: no result saved; absent on records
   * saved before coverage was kept — read as unknown, never as fully priced).
   */
  readonly coverage?: CoverageCounts | null;
}

/** List rows carry no requirements or results. */
export type EstimationSummary = Omit<
  Estimation,
  'requirements' | 'result' | 'comparison' | 'scenarios'
> & {
  readonly monthlyTotal: string | null;
  readonly currency: string | null;
  /** What `monthlyTotal` prices (null without a result): show it beside the total below 100 %. */
  readonly coverage: CoverageCounts | null;
  readonly figures: EstimationFigures;
};

/** A JSON document stored gzip-compressed: a presigned GET gives it decompressed (Content-Encoding). */
export interface JsonDownload {
  readonly url: string;
  readonly expiresAt: string;
  /** Size of the JSON text. */
  readonly bytes: number;
  /** Size on the wire (gzip). */
  readonly compressedBytes: number;
}

/**
 * An estimation whose parts would not fit in one response (Lambda answers at most 6 MB): the
 * header, its figures and a download per part. `GET`, `POST`, `PUT` and clone answer this shape
 * when the parts together exceed `INLINE_RESPONSE_BYTES`, the full `Estimation` otherwise.
 */
export interface EstimationWithParts extends Omit<Estimation, EstimationPart> {
  readonly figures: EstimationFigures;
  readonly parts: {
    readonly requirements: JsonDownload;
    readonly result: JsonDownload | null;
    readonly comparison: JsonDownload | null;
  };
}

export type EstimationResponse = Estimation | EstimationWithParts;

export function hasPartDownloads(e: EstimationResponse): e is EstimationWithParts {
  return 'parts' in e;
}

/**
 * A JSON body held for 24 hours in place of inlining it: a result too large for one response,
 * or one a later request refers to by id (`resultRef`), so it never travels back through the API.
 */
export interface StoredResult {
  readonly resultId: string;
  readonly kind: 'requirements' | 'estimate' | 'comparison' | 'reprice';
  readonly download: JsonDownload;
}

/** What a large calculation answers: the totals inline, the full document to download. */
export interface StoredResponse<S> {
  readonly stored: StoredResult;
  readonly summary: S;
}

export function isStoredResponse<S>(body: unknown): body is StoredResponse<S> {
  return typeof body === 'object' && body !== null && 'stored' in body && 'summary' in body;
}

/** An estimate without its lines (the summary of a stored one). */
/** An estimate without its lines; its coverage keeps the counts only (the ids stay with the lines). */
export type EstimateSummary = Omit<Estimate, 'lines' | 'coverage'> & {
  readonly lineCount: number;
  readonly coverage: CoverageCounts;
};

export interface ComparisonSummary {
  readonly scenarios: readonly EstimateSummary[];
  /** Null when the comparison could not name one (see `basis`). */
  readonly cheapestScenario: string | null;
  /** What the deltas cover, without the line ids (those stay in the stored comparison). */
  readonly basis: Omit<Comparison['basis'], 'lineIds' | 'excluded'>;
  readonly horizonMonths: number;
  /** Per scenario, with coverage counts only. */
  readonly totals: readonly (Omit<Comparison['totals'][number], 'coverage'> & {
    readonly coverage: CoverageCounts;
  })[];
  readonly lineCount: number;
}

/**
 * Requirements (or a result) named instead of inlined: a JSON upload (`POST /excel/upload-url`
 * with `kind: 'requirements'`), a stored result, or a saved estimation the caller can read.
 */
export type JsonRef =
  { readonly uploadId: string } | { readonly resultId: string } | { readonly estimationId: string };

export interface CreateEstimationRequest {
  readonly name: string;
  readonly customer?: string;
  readonly reference?: string;
  readonly status?: EstimationStatus;
  /** Exactly one of `requirements` and `requirementsRef`. */
  readonly requirements?: Requirements;
  readonly requirementsRef?: JsonRef;
  readonly scenarios?: readonly ScenarioSpec[];
  readonly result?: Estimate | null;
  /** A stored estimate (`{ resultId }` of a cost answer); instead of `result`. */
  readonly resultRef?: { readonly resultId: string };
  readonly comparison?: Comparison | null;
  /** A stored comparison (`{ resultId }` of a compare answer); instead of `comparison`. */
  readonly comparisonRef?: { readonly resultId: string };
}

export interface UpdateEstimationRequest extends Partial<CreateEstimationRequest> {
  readonly version: number;
}

// ---- calculations ------------------------------------------------------------------------------
/** Exactly one of `requirements` and `requirementsRef`. */
export interface CostRequest {
  readonly requirements?: Requirements;
  readonly requirementsRef?: JsonRef;
  readonly scenario?: ScenarioSpec;
}

export interface CompareRequest {
  readonly requirements?: Requirements;
  readonly requirementsRef?: JsonRef;
  readonly scenarios: readonly ScenarioSpec[];
}

/**
 * `POST /calculations/reprice`: a saved estimation's result priced again against today's catalog.
 * The requirements default to the saved ones; the pane sends the workbook's (its policy in effect).
 */
export interface RepriceRequest {
  readonly estimationId: string;
  readonly requirements?: Requirements;
  readonly requirementsRef?: JsonRef;
  /** Size under the policy of the requirements (`current`, default) or the one the saved result recorded. */
  readonly sizingPolicy?: 'current' | 'recorded';
}

/** `POST /calculations/cost`: the estimate, or — when large — its summary and a stored copy. */
export type CostResponse = Estimate | StoredResponse<EstimateSummary>;
export type CompareResponse = Comparison | StoredResponse<ComparisonSummary>;
/** `POST /calculations/reprice`: the re-pricing, or — when large — its summary and stored copies. */
export type RepriceResponse = EstimateRepricing | StoredResponse<RepricingSummary>;

/**
 * A re-price too large to answer inline (`stored.kind: 'reprice'`): what a user needs before
 * downloading it — catalogs and totals old → new, the lines counted by status, coverage counts on
 * both sides and the sizing-policy comparison. The new estimate is also stored on its own
 * (`estimate`, kind `estimate`), so a save names it as `resultRef: { resultId }` as it would a
 * stored Calculate answer.
 */
export interface RepricingSummary {
  readonly previousCatalogVersion: string;
  readonly catalogVersion: string;
  readonly sizingPolicy: SizingPolicyComparison;
  /** The totals old → new with their deltas (null when a price is missing on either side). */
  readonly totals: Omit<EstimateRepricing['totals'], 'previousCoverage' | 'currentCoverage'> & {
    readonly previousCoverage: CoverageCounts;
    readonly currentCoverage: CoverageCounts;
  };
  /** Lines per status (every status present, 0 when none). */
  readonly lineStatuses: Readonly<Record<LineRepricingStatus, number>>;
  readonly lineCount: number;
  /** The re-priced estimate without its lines. */
  readonly estimateSummary: EstimateSummary;
  /** The re-priced estimate stored on its own: download it, or save it by `resultRef`. */
  readonly estimate: StoredResult;
}

// ---- documents ---------------------------------------------------------------------------------
/**
 * `bulk-import-ec2-xlsx` / `bulk-import-ebs-xlsx` / `bulk-import-hosts-xlsx`: the AWS Pricing
 * Calculator's bulk-import workbooks, one per template as the calculator takes them (there is no single combined format).
 */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export type LogoContentType = (typeof LOGO_CONTENT_TYPES)[number];

export interface GenerateDocumentRequest {
  readonly estimationId: string;
  readonly format: DocumentFormat;
  readonly locale?: string;
}

export interface DocumentJob {
  readonly documentId: string;
  readonly estimationId: string;
  readonly userId: string;
  readonly format: DocumentFormat;
  readonly status: DocumentStatus;
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly error: string | null;
  readonly attempts: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * What the ready file leaves out and why (e.g. items an AWS bulk-import workbook cannot take).
   * Absent when nothing was left out.
   */
  readonly warnings?: readonly string[];
}

export interface DownloadResponse {
  readonly url: string;
  readonly expiresAt: string;
}

// Dashboard and admin bodies live in admin-dto.ts; re-exported so one import serves every body.
export * from './admin-dto';
