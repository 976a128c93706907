import type { CatalogRefreshStatus } from '../../core';
import { api } from '../helpers/stack-client';

/** Polls GET /admin/catalog/refresh until no run is `running` (the in-process job finished). */
export async function refreshIdle(
  token: string,
  timeoutMs = 30_000,
): Promise<CatalogRefreshStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await api<CatalogRefreshStatus>('/admin/catalog/refresh', { token });
    if (res.status !== 200) throw new Error(`refresh status: ${res.status} ${res.text}`);
    if (res.body.latest?.outcome !== 'running') return res.body;
    if (Date.now() > until)
      throw new Error(`the refresh ${res.body.latest.runId} is still running`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
