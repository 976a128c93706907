import type { AdminMetrics } from '../../../core';
import type { AdminDeps } from './deps';

/** Bounded: the user count pages through at most this many profiles. */
const USER_SCAN_LIMIT = 10_000;

export async function adminMetrics(
  deps: Pick<
    AdminDeps,
    'users' | 'estimations' | 'documents' | 'counters' | 'catalogVersion' | 'clock'
  >,
): Promise<AdminMetrics> {
  const now = deps.clock.now();
  const activeSince = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  let users = 0;
  let active = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.users.list({ cursor, limit: 100 });
    users += page.items.length;
    active += page.items.filter((u) => u.status === 'active' && u.lastSeenAt >= activeSince).length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && users < USER_SCAN_LIMIT);
  const [estimations, documents, calculations24h, errors24h, catalogVersion] = await Promise.all([
    deps.estimations.countAll(),
    deps.documents.countAll(),
    deps.counters.sumSince('calculations', now, 24),
    deps.counters.sumSince('errors', now, 24),
    deps.catalogVersion(),
  ]);
  return {
    users,
    activeUsers30d: active,
    estimations,
    documents,
    calculations24h,
    errors24h,
    catalogVersion,
  };
}
