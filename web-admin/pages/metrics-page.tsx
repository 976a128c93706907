import { Card, CardHeader, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AdminMetrics, AuditLogEntry, Page, ValueCoverage } from '../../core';
import { moneyText } from '../../client-shared/format/money-text';
import type { AdminApi } from '../api/admin-api';
import { DailyChart } from '../components/daily-chart';
import { useLoad } from '../components/use-load';
import { catalogAgeDays } from './catalog-status-page';

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

/** Errors ÷ responses of the last 24 h, as a percentage to at most two decimals (not money). */
export function errorRateText(
  m: Pick<AdminMetrics, 'errorRate24h' | 'errors24h' | 'requests24h'>,
): string {
  if (m.errorRate24h === null) return 'no requests';
  const percent = Math.round(m.errorRate24h * 10_000) / 100;
  return `${percent} % (${m.errors24h} of ${m.requests24h})`;
}

export function MetricsPage({ api, now = () => new Date() }: { api: AdminApi; now?: () => Date }) {
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
        <Metric label="Error rate (24 h)" value={errorRateText(m)} />
        <Metric label="Catalog" value={catalogText(m.catalogVersion, now())} />
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
      <Title3 as="h3">Last 14 days</Title3>
      <Text size={200}>
        Estimations created (every user), documents that became ready, and calculations run, per UTC
        day. The error rate counts API responses with a 5xx status among all API responses (refusals
        such as 400 or 403 included).
      </Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, margin: '12px 0' }}>
        <DailyChart title="Estimations" series="estimations" daily={m.daily} />
        <DailyChart title="Documents" series="documents" daily={m.daily} />
        <DailyChart title="Calculations" series="calculations" daily={m.daily} />
      </div>
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

function catalogText(version: string, at: Date): string {
  const age = catalogAgeDays(version, at);
  return age === null ? version : `${version} (${age} day${age === 1 ? '' : 's'} old)`;
}

/** Beside a sum of estimates: how many of them leave lines unpriced (the sum is then a floor). */
function gaps(c: ValueCoverage): string {
  return c.notFullyPriced === 0
    ? ''
    : ` (${c.notFullyPriced} of ${c.estimations} estimations not fully priced)`;
}
