/**
 * The API's routes: one table shared by the local HTTP adapter, the CDK app (which wires each
 * route to its Lambda function) and the clients. `fn` names the Lambda function group, as in
 * seed §2.3: the cost calculator, the Excel processor and the document generator get their own
 * functions; the rest are small CRUD functions.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type FunctionName =
  'users' | 'estimations' | 'excel' | 'calculations' | 'documents' | 'dashboard' | 'admin';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway resource path with `{param}` placeholders. */
  readonly path: string;
  readonly fn: FunctionName;
  /** `public` routes skip the Cognito authorizer (only the Excel template). */
  readonly auth: 'cognito' | 'public';
  readonly adminOnly?: boolean;
}

const r = (
  method: HttpMethod,
  path: string,
  fn: FunctionName,
  extra: Partial<Pick<RouteSpec, 'auth' | 'adminOnly'>> = {},
): RouteSpec => ({
  method,
  path,
  fn,
  auth: extra.auth ?? 'cognito',
  adminOnly: extra.adminOnly ?? false,
});

export const ROUTES: readonly RouteSpec[] = [
  r('GET', '/users/me', 'users'),
  r('PUT', '/users/me', 'users'),
  r('GET', '/estimations', 'estimations'),
  r('POST', '/estimations', 'estimations'),
  r('GET', '/estimations/{id}', 'estimations'),
  r('PUT', '/estimations/{id}', 'estimations'),
  r('DELETE', '/estimations/{id}', 'estimations'),
  r('POST', '/estimations/{id}/clone', 'estimations'),
  r('GET', '/excel/template', 'excel', { auth: 'public' }),
  r('POST', '/excel/upload', 'excel'),
  r('POST', '/excel/upload-url', 'excel'),
  r('POST', '/excel/validate', 'excel'),
  r('POST', '/excel/process', 'excel'),
  r('POST', '/calculations/cost', 'calculations'),
  r('POST', '/calculations/compare', 'calculations'),
  r('POST', '/calculations/reprice', 'calculations'),
  r('GET', '/calculations/pricing-data', 'calculations'),
  r('POST', '/documents/generate', 'documents'),
  r('GET', '/documents/{id}/status', 'documents'),
  r('GET', '/documents/{id}/download', 'documents'),
  r('GET', '/documents', 'documents'),
  r('POST', '/documents/export', 'documents'),
  r('GET', '/dashboard/metrics', 'dashboard'),
  r('GET', '/admin/users', 'admin', { adminOnly: true }),
  r('POST', '/admin/users', 'admin', { adminOnly: true }),
  r('PUT', '/admin/users/{userId}', 'admin', { adminOnly: true }),
  r('GET', '/admin/audit-logs', 'admin', { adminOnly: true }),
  r('GET', '/admin/audit-logs/export', 'admin', { adminOnly: true }),
  r('GET', '/admin/metrics', 'admin', { adminOnly: true }),
  r('GET', '/admin/catalog/coverage', 'admin', { adminOnly: true }),
  r('GET', '/admin/catalog/refresh', 'admin', { adminOnly: true }),
  r('POST', '/admin/catalog/refresh', 'admin', { adminOnly: true }),
  r('GET', '/admin/settings', 'admin', { adminOnly: true }),
  r('PUT', '/admin/settings', 'admin', { adminOnly: true }),
  r('GET', '/admin/whoami', 'admin', { adminOnly: true }),
  r('POST', '/admin/branding/logo', 'admin', { adminOnly: true }),
];

/** A path segment that is not valid percent-encoding (`%E0%A4%A`): the client's mistake. */
export class MalformedPathError extends Error {
  constructor(readonly segment: string) {
    super(`The path segment "${segment.slice(0, 60)}" is not valid percent-encoded UTF-8.`);
    this.name = 'MalformedPathError';
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new MalformedPathError(segment);
  }
}

/**
 * Match a concrete path against a route path; returns the path parameters or null. Throws
 * MalformedPathError when a parameter segment is not valid percent-encoding.
 */
export function matchPath(routePath: string, actualPath: string): Record<string, string> | null {
  const want = routePath.split('/').filter(Boolean);
  const got = actualPath.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith('{') && w.endsWith('}')) params[w.slice(1, -1)] = decodeSegment(g);
    else if (w !== g) return null;
  }
  return params;
}

/** The route for a method and concrete path, with its parameters. */
export function findRoute(
  method: string,
  path: string,
): { route: RouteSpec; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}
