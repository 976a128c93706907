import { Card, CardHeader, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AdminMetrics, AuditLogEntry, Page, ValueCoverage } from '../../core';
import { moneyText } from '../../client-shared/format/money-text';
import type { AdminApi } from '../api/admin-api';
import { useLoad } from '../components/use-load';

/**
 * Usage metrics, every figure from GET /admin/metrics: the estimation total, counts by status and
 * pipeline/won values are one tally of every user's estimations, so they add up. Recent activity
 * is the audit log's newest entries (every user).
 */

function Metric({ label, value }: { label: string; value: string | number }) {
  return (
    <Card size="small" style={{ minWidth: 160 }} aria-label={label}>
      <CardHeader header={<Text weight="semibold">{label}</Text>} />
      <Text size={600}>{value}</Text>
    </Card>
  );
}

export function MetricsPage({ api }: { api: AdminApi }) {
  const load = useCallback(
    async (): Promise<[AdminMetrics, Page<AuditLogEntry>]> =>
      Promise.all([api.adminMetrics(), api.auditLogs({ limit: 10 })]),
    [api],
  );
  const { data, loading } = useLoad(load, 'Loading metrics failed');
  if (loading && !data) return <Spinner label="Loading metrics…" />;
  if (!data) return <p>Metrics are not available.</p>;
  const [m, activity] = data;
  return (
    <section aria-labelledby="metrics-title">
      <Title3 id="metrics-title" as="h2">
        Usage metrics
      </Title3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '12px 0' }}>
        <Metric label="Users" value={m.users} />
        <Metric label="Active users (30 days)" value={m.activeUsers30d} />
        <Metric label="Estimations" value={m.estimations} />
        <Metric label="Documents" value={m.documents} />
        <Metric label="Calculations (24 h)" value={m.calculations24h} />
        <Metric label="Errors (24 h)" value={m.errors24h} />
        <Metric
          label="Pipeline (monthly)"
          value={`${moneyText(m.pipelineMonthlyValue, 'USD', 'symbol')}${gaps(m.pipelineCoverage)}`}
        />
        <Metric
          label="Won (monthly)"
          value={`${moneyText(m.wonMonthlyValue, 'USD', 'symbol')}${gaps(m.wonCoverage)}`}
        />
      </div>
      {!m.estimationsComplete && (
        <p role="note">{`Estimation figures cover the first ${m.estimations} estimations read; there are more.`}</p>
      )}
      <Title3 as="h3">{`Estimations by status (${m.estimations} in all, every user)`}</Title3>
      <ul aria-label="Estimations by status">
        {Object.entries(m.byStatus).map(([status, n]) => (
          <li key={status}>{`${status}: ${n}`}</li>
        ))}
      </ul>
      <Title3 as="h3">Recent activity</Title3>
      <ul aria-label="Recent activity">
        {activity.items.map((a) => (
          <li
            key={a.logId}
          >{`${new Date(a.timestamp).toLocaleString()} — ${a.userEmail || a.userId}: ${a.action} ${a.targetType} ${a.targetId}`}</li>
        ))}
      </ul>
    </section>
  );
}

/** Beside a sum of estimates: how many of them leave lines unpriced (the sum is then a floor). */
function gaps(c: ValueCoverage): string {
  return c.notFullyPriced === 0
    ? ''
    : ` (${c.notFullyPriced} of ${c.estimations} estimations not fully priced)`;
}
