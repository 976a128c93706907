import type { CatalogRefreshStatus } from '../../core';
import { pollUntil } from '../helpers/awaiting';
import { api } from '../helpers/stack-client';

/**
 * GET /admin/catalog/refresh once no run is `running` (the in-process job finished). Read until
 * the status changes, with the test's timeout as the only bound (test/helpers/awaiting.ts).
 */
export async function refreshIdle(token: string): Promise<CatalogRefreshStatus> {
  return pollUntil(
    'the catalog refresh to finish (GET /admin/catalog/refresh: latest run not running)',
    async () => {
      const res = await api<CatalogRefreshStatus>('/admin/catalog/refresh', { token });
      if (res.status !== 200) throw new Error(`refresh status: ${res.status} ${res.text}`);
      return res.body;
    },
    (status) => status.latest?.outcome !== 'running',
    {
      intervalMs: 200,
      show: (s) => (s.latest ? `run ${s.latest.runId} ${s.latest.outcome}` : 'no run yet'),
    },
  );
}
