import { Badge, Button, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { CatalogRefreshRun, CatalogRefreshStatus } from '../../../core';
import type { AdminApi } from '../../api/admin-api';
import { useNotifyError } from '../../components/use-notify-error';
import { useAdmin } from '../../state/admin-store';

const OUTCOME: Record<
  CatalogRefreshRun['outcome'],
  { text: string; color: 'informative' | 'success' | 'danger' | 'warning' }
> = {
  running: { text: 'running', color: 'informative' },
  accepted: { text: 'accepted — published', color: 'success' },
  refused: { text: 'refused by the validation gate — nothing published', color: 'danger' },
  failed: { text: 'failed — the import stopped', color: 'warning' },
};

/**
 * The latest catalog refresh (the weekly schedule's or an administrator's) with the validation
 * gate's report, and "Refresh now", which starts the same job and follows it until it ends.
 */
export function RefreshPanel({
  api,
  pollMs = 2000,
  onFinished,
}: {
  api: AdminApi;
  pollMs?: number;
  /** After a run ends (the catalog in use may have changed). */
  onFinished?: () => void;
}) {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [status, setStatus] = useState<CatalogRefreshStatus | null>(null);
  const [starting, setStarting] = useState(false);
  const load = useCallback(
    () =>
      api
        .catalogRefreshStatus()
        .then(setStatus, (err: unknown) =>
          notifyError(err, 'Loading the last catalog refresh failed'),
        ),
    [api, notifyError],
  );
  useEffect(() => void load(), [load]);
  const running = status?.latest?.outcome === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => void load(), pollMs);
    return () => clearTimeout(timer);
  }, [running, status, load, pollMs]);
  const [wasRunning, setWasRunning] = useState(false);
  useEffect(() => {
    if (wasRunning && !running) {
      const outcome = status?.latest?.outcome;
      notify({
        intent: outcome === 'accepted' ? 'success' : 'warning',
        text: `The catalog refresh ended: ${outcome ? OUTCOME[outcome].text : 'unknown'}.`,
      });
      onFinished?.();
    }
    setWasRunning(running);
  }, [running, wasRunning, status, notify, onFinished]);

  async function refreshNow() {
    setStarting(true);
    try {
      const run = await api.refreshCatalog();
      setStatus((s) => (s ? { ...s, latest: run } : s));
    } catch (err) {
      notifyError(err, 'Starting the catalog refresh failed');
    } finally {
      setStarting(false);
    }
  }

  if (!status) return <Spinner size="small" label="Loading the last catalog refresh…" />;
  return (
    <section aria-labelledby="refresh-title" style={{ display: 'grid', gap: 6 }}>
      <Title3 id="refresh-title" as="h3">
        Catalog refresh
      </Title3>
      <Text size={200}>
        {`Reads ${status.source} for ${status.services.join(', ')} in ${status.regions.join(', ')}; publishes only when the validation gate passes. Runs weekly, or now:`}
      </Text>
      <Button
        appearance="primary"
        style={{ justifySelf: 'start' }}
        disabled={starting || running}
        onClick={() => void refreshNow()}
      >
        {running ? 'Refresh running…' : 'Refresh now'}
      </Button>
      {status.latest ? <LastRun run={status.latest} /> : <p>No refresh has run yet.</p>}
    </section>
  );
}

function LastRun({ run }: { run: CatalogRefreshRun }) {
  const o = OUTCOME[run.outcome];
  const who = run.trigger === 'scheduled' ? 'the weekly schedule' : run.requestedBy;
  return (
    <div role="status" aria-label="Last refresh" style={{ display: 'grid', gap: 4 }}>
      <span>
        <Text weight="semibold">Last refresh: </Text>
        <Badge color={o.color}>{o.text}</Badge>
      </span>
      <Text>
        {`Started ${new Date(run.startedAt).toLocaleString()} by ${who}` +
          (run.finishedAt ? `, ended ${new Date(run.finishedAt).toLocaleString()}` : '') +
          (run.version
            ? `; catalog ${run.version}, ${run.shards} shard${run.shards === 1 ? '' : 's'}`
            : '')}
      </Text>
      {run.problems.length > 0 && (
        <ul aria-label={run.outcome === 'failed' ? 'Why the import stopped' : "The gate's reasons"}>
          {run.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {run.optionalGaps.length > 0 && (
        <Text
          size={200}
        >{`${run.optionalGaps.length} optional price(s) missing (reported, not a reason to refuse).`}</Text>
      )}
      {run.report && (
        <details>
          <summary>The validation gate&apos;s report</summary>
          <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{run.report}</pre>
        </details>
      )}
    </div>
  );
}
