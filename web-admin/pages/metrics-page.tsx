import { Card, CardHeader, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AdminMetrics, DashboardMetrics, ValueCoverage } from '../../core';
import { moneyText } from '../../client-shared/format/money-text';
import type { AdminApi } from '../api/admin-api';
import { useLoad } from '../components/use-load';

/** Usage metrics: GET /admin/metrics (users, activity, errors) and GET /dashboard/metrics (pipeline). */

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
    async (): Promise<[AdminMetrics, DashboardMetrics]> =>
      Promise.all([api.adminMetrics(), api.dashboardMetrics()]),
    [api],
  );
  const { data, loading } = useLoad(load, 'Loading metrics failed');
  if (loading && !data) return <Spinner label="Loading metrics…" />;
  if (!data) return <p>Metrics are not available.</p>;
  const [admin, dash] = data;
  return (
    <section aria-labelledby="metrics-title">
      <Title3 id="metrics-title" as="h2">
        Usage metrics
      </Title3>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '12px 0' }}>
        <Metric label="Users" value={admin.users} />
        <Metric label="Active users (30 days)" value={admin.activeUsers30d} />
        <Metric label="Estimations" value={admin.estimations} />
        <Metric label="Documents" value={admin.documents} />
        <Metric label="Calculations (24 h)" value={admin.calculations24h} />
        <Metric label="Errors (24 h)" value={admin.errors24h} />
        <Metric
          label="Pipeline (monthly)"
          value={`${moneyText(dash.pipelineMonthlyValue, 'USD', 'symbol')}${gaps(dash.pipelineCoverage)}`}
        />
        <Metric
          label="Won (monthly)"
          value={`${moneyText(dash.wonMonthlyValue, 'USD', 'symbol')}${gaps(dash.wonCoverage)}`}
        />
      </div>
      <Title3 as="h3">Estimations by status</Title3>
      <ul aria-label="Estimations by status">
        {Object.entries(dash.byStatus).map(([status, n]) => (
          <li key={status}>{`${status}: ${n}`}</li>
        ))}
      </ul>
      <Title3 as="h3">Recent activity</Title3>
      <ul aria-label="Recent activity">
        {dash.recentActivity.map((a) => (
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
