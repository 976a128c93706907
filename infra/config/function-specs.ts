import type { FunctionName } from '../../core';

/**
 * Every Lambda function of the system and exactly what it may touch. The API functions are the
 * route table's `fn` groups (seed §2.3); four more run off the API: the document worker (invoked
 * asynchronously by the documents function), the weekly catalog refresh, the nightly backup
 * export and the daily estimation-parts sweep. The grants follow what the backend adapters actually call (backend/adapters/aws/*).
 *
 * Least privilege is per function, tighter than the seed's one shared role (§3.1): a function
 * gets only the tables, key prefixes and actions listed here. The audit table is append-only for
 * everyone (PutItem, never Update/Delete), so no function can rewrite history.
 */
export type DynamoAccess = 'read' | 'write' | 'scan' | 'append' | 'counter';

export interface TableGrant {
  /** Logical table name from TABLES (core/api/storage-layout.ts). */
  readonly table: string;
  readonly access: readonly DynamoAccess[];
}

/**
 * `list` (ListBucket, limited to the prefix) is what makes S3 answer NoSuchKey instead of
 * AccessDenied for a missing object — the adapters turn NoSuchKey into "not found" (an expired
 * upload is a 404, not a 500), so every function that reads possibly-missing keys gets it.
 */
export type ObjectAccess = 'get' | 'put' | 'delete' | 'list';

export interface BucketGrant {
  /** Logical bucket name from BUCKETS. */
  readonly bucket: string;
  /** Key prefix the grant is limited to, ending in `/`. */
  readonly prefix: string;
  readonly access: readonly ObjectAccess[];
}

export type WorkerName =
  'document-worker' | 'catalog-refresh' | 'backup-export' | 'estimation-sweeper';
export type AppFunctionName = FunctionName | WorkerName;

export interface FunctionSpec {
  readonly name: AppFunctionName;
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly tables: readonly TableGrant[];
  readonly buckets: readonly BucketGrant[];
  /** Cognito admin APIs on the user pool (role changes, disable/enable). */
  readonly cognitoAdmin?: boolean;
  /** Issues or reads paging cursors: reads the cursor-signing secret (CURSOR_SECRET_ARN). */
  readonly signsCursors?: boolean;
  /** May start the document worker (asynchronous invoke of its live alias). */
  readonly invokesDocumentWorker?: boolean;
  /** May start the catalog refresh ("refresh now": asynchronous invoke of its live alias). */
  readonly invokesCatalogRefresh?: boolean;
  /**
   * Reads API Gateway's metrics (cloudwatch:GetMetricData, which has no resource-level
   * permissions) for the admin error rate.
   */
  readonly readsApiMetrics?: boolean;
  /** Log retention class: `audit` keeps logs a year (seed §5.2), `app` 30 days. */
  readonly logs: 'app' | 'audit';
  /**
   * V8's young-generation semi-space, MB (`--max-semi-space-size`), for functions that price whole
   * estimates: a 1,000-line estimate allocates some 7 MB, and with Node's default (16 MB) the lines
   * in progress outlive two scavenges and are promoted, which triples the pricing time
   * (bench/RESULTS.md, engine; DECISIONS 72). Unset: Node's default.
   */
  readonly semiSpaceMb?: number;
  /**
   * Prices or reports with the embedded catalog (backend/adapters/embedded-catalog-files.ts): its
   * files (core/catalog/data/*.json, 41 MB) are copied beside the bundle, in `catalog-data/`, and
   * read a region at a time when first priced, instead of being bundled into the code.
   */
  readonly embeddedCatalog?: boolean;
}

/** Semi-space for the functions that price estimates (see `semiSpaceMb`). */
export const PRICING_SEMI_SPACE_MB = 64;

/** Handler source file of a function, relative to the repository root (exports `handler`). */
export function handlerEntry(name: AppFunctionName): string {
  return `backend/handlers/${name}.ts`;
}

// Every API function checks and counts the caller's requests in the rate-limits table.
const RATE: TableGrant = { table: 'rate-limits', access: ['counter'] };
const AUDIT: TableGrant = { table: 'audit-logs', access: ['append'] };
// …and reads the caller's profile status (GetItem, cached 30 s) to refuse disabled accounts.
const USER_STATUS: TableGrant = { table: 'users', access: ['read'] };
const SMALL = { memoryMb: 256, timeoutSeconds: 10, logs: 'app' } as const;
// An estimation's large parts (requirements, result, comparison) as gzip JSON, by estimation id.
const PARTS = 'estimations/';
// Uploads (workbooks, requirements documents) and stored results, 24 h, under one prefix.
const TEMP = 'uploads/temp/';

export const API_FUNCTION_SPECS: Readonly<Record<FunctionName, FunctionSpec>> = {
  users: {
    ...SMALL,
    name: 'users',
    description: 'GET/PUT /users/me',
    tables: [{ table: 'users', access: ['read', 'write'] }, AUDIT, RATE],
    buckets: [],
  },
  estimations: {
    ...SMALL,
    // A save can name a 100,000-line requirements upload, which is parsed and checked here.
    memoryMb: 1024,
    name: 'estimations',
    signsCursors: true,
    description: 'Estimations CRUD and clone',
    tables: [{ table: 'estimations', access: ['read', 'write'] }, AUDIT, RATE, USER_STATUS],
    buckets: [
      // Parts are put before the commit and deleted when superseded; part downloads are
      // presigned with this function's credentials.
      { bucket: 'estimations', prefix: PARTS, access: ['get', 'put', 'delete', 'list'] },
      // Saves name requirements uploads and stored results instead of inlining them.
      { bucket: 'uploads', prefix: TEMP, access: ['get', 'list'] },
    ],
  },
  excel: {
    ...SMALL,
    name: 'excel',
    description: 'Excel template, upload, validate, process',
    tables: [{ table: 'settings', access: ['read'] }, AUDIT, RATE, USER_STATUS],
    // Uploads live under uploads/temp/ and expire after 24 h; the template is generated in code.
    buckets: [{ bucket: 'uploads', prefix: 'uploads/temp/', access: ['get', 'put', 'list'] }],
  },
  calculations: {
    ...SMALL,
    // 1,769 MB is one full vCPU: a 10,000-VM comparison is CPU-bound (pricing, JSON, gzip) and
    // holds some 400 MB of objects (bench/RESULTS.md, north-star).
    memoryMb: 1769,
    semiSpaceMb: PRICING_SEMI_SPACE_MB,
    embeddedCatalog: true,
    timeoutSeconds: 29,
    name: 'calculations',
    description: 'Cost calculation, comparison, pricing data',
    tables: [
      { table: 'pricing-data', access: ['read'] },
      { table: 'settings', access: ['read'] },
      // `requirementsRef: { estimationId }` prices a saved estimation's requirements.
      { table: 'estimations', access: ['read'] },
      RATE,
      USER_STATUS,
    ],
    buckets: [
      { bucket: 'templates', prefix: 'catalog/', access: ['get', 'list'] },
      // Reads requirements uploads; stores results too large to answer inline.
      { bucket: 'uploads', prefix: TEMP, access: ['get', 'put', 'list'] },
      { bucket: 'estimations', prefix: PARTS, access: ['get', 'list'] },
    ],
  },
  documents: {
    ...SMALL,
    name: 'documents',
    signsCursors: true,
    description: 'Document jobs: generate (enqueue), status, download, list, export',
    tables: [
      { table: 'documents', access: ['read', 'write'] },
      { table: 'estimations', access: ['read'] },
      AUDIT,
      RATE,
      USER_STATUS,
    ],
    // Presigned download URLs are signed with this function's credentials, so it needs GetObject.
    buckets: [{ bucket: 'documents', prefix: 'documents/', access: ['get', 'list'] }],
    invokesDocumentWorker: true,
  },
  dashboard: {
    ...SMALL,
    name: 'dashboard',
    signsCursors: true,
    description: "The caller's dashboard metrics",
    tables: [
      { table: 'estimations', access: ['read'] },
      { table: 'documents', access: ['read'] },
      { table: 'audit-logs', access: ['read'] },
      RATE,
      USER_STATUS,
    ],
    buckets: [],
  },
  admin: {
    ...SMALL,
    logs: 'audit',
    name: 'admin',
    // The catalog pages report the catalog the API prices with (coverage, version).
    embeddedCatalog: true,
    signsCursors: true,
    description: 'Admin: users and roles, audit logs, metrics, settings',
    tables: [
      { table: 'users', access: ['read', 'write', 'scan'] },
      { table: 'audit-logs', access: ['read', 'scan', 'append'] },
      { table: 'settings', access: ['read', 'write'] },
      // /admin/metrics counts estimations and documents with Scan (Select COUNT); the audit log
      // names its targets with one BatchGetItem per page (users, estimations, documents).
      { table: 'estimations', access: ['read', 'scan'] },
      { table: 'documents', access: ['read', 'scan'] },
      { table: 'pricing-data', access: ['read'] },
      // Reads the hourly calculations counter for /admin/metrics.
      { table: 'rate-limits', access: ['read', 'counter'] },
    ],
    // Proposal branding: the admin uploads the logo under templates/. The metrics and catalog
    // pages read the published shards' bodies under catalog/ (the catalog the API prices with;
    // their index entries are in pricing-data), which also covers reading the last refresh run
    // under catalog/refresh/; "Refresh now" records its run there (the catalog-refresh function
    // writes the outcome). Before the first run that log does not exist: listing its prefix is
    // what makes S3 answer NoSuchKey ("no run yet") rather than AccessDenied (DECISIONS 82).
    buckets: [
      { bucket: 'templates', prefix: 'templates/', access: ['get', 'put'] },
      { bucket: 'templates', prefix: 'catalog/', access: ['get'] },
      { bucket: 'templates', prefix: 'catalog/refresh/', access: ['put', 'list'] },
    ],
    cognitoAdmin: true,
    invokesCatalogRefresh: true,
    // The error rate: API Gateway's Count and 5XXError of the REST API (API_NAME).
    readsApiMetrics: true,
  },
};

export const WORKER_SPECS: Readonly<Record<WorkerName, FunctionSpec>> = {
  'document-worker': {
    name: 'document-worker',
    description: 'Generates PDF/Word/Excel documents, invoked asynchronously per job',
    // A 10,000-VM estimation decodes to ~80 MB of JSON and its Excel export renders every line:
    // 2,048 MB (1.2 vCPU) and 60 s (bench/RESULTS.md; DECISIONS 52).
    memoryMb: 2048,
    timeoutSeconds: 60,
    logs: 'app',
    tables: [
      { table: 'documents', access: ['read', 'write'] },
      { table: 'estimations', access: ['read'] },
      { table: 'settings', access: ['read'] },
      AUDIT,
    ],
    buckets: [
      { bucket: 'documents', prefix: 'documents/', access: ['get', 'put'] },
      { bucket: 'templates', prefix: 'templates/', access: ['get', 'list'] },
      { bucket: 'estimations', prefix: PARTS, access: ['get', 'list'] },
    ],
  },
  'catalog-refresh': {
    name: 'catalog-refresh',
    description: 'Weekly AWS Price List import; publishes only if the validation gate passes',
    // Region offer files are streamed, but EC2 files are large: room for the parser and 15 minutes.
    memoryMb: 2048,
    timeoutSeconds: 900,
    logs: 'audit',
    tables: [{ table: 'pricing-data', access: ['read', 'write'] }, AUDIT],
    buckets: [{ bucket: 'templates', prefix: 'catalog/', access: ['get', 'put', 'list'] }],
  },
  'backup-export': {
    name: 'backup-export',
    signsCursors: true,
    description: 'Nightly export of estimations and user data to backups/',
    memoryMb: 512,
    timeoutSeconds: 300,
    logs: 'app',
    tables: [
      { table: 'estimations', access: ['scan'] },
      { table: 'users', access: ['scan'] },
    ],
    buckets: [
      { bucket: 'documents', prefix: 'backups/', access: ['put'] },
      // Each estimation's parts are copied beside its record.
      { bucket: 'estimations', prefix: PARTS, access: ['get', 'list'] },
    ],
  },
  'estimation-sweeper': {
    name: 'estimation-sweeper',
    description: 'Daily: deletes estimation parts no committed record references (an hour old)',
    memoryMb: 256,
    timeoutSeconds: 300,
    logs: 'app',
    tables: [{ table: 'estimations', access: ['read'] }],
    buckets: [{ bucket: 'estimations', prefix: PARTS, access: ['delete', 'list'] }],
  },
};

export const ALL_FUNCTION_SPECS: readonly FunctionSpec[] = [
  ...Object.values(API_FUNCTION_SPECS),
  ...Object.values(WORKER_SPECS),
];
