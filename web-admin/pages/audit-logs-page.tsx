import {
  Button,
  Field,
  Input,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { auditChangeText, type AuditLogEntry } from '../../core';
import { saveTextFile } from '../components/save-file';
import type { AdminApi, AuditQuery } from '../api/admin-api';
import { useNotifyError } from '../components/use-notify-error';
import { useAdmin } from '../state/admin-store';

/** `datetime-local` value (local time, no zone) to an ISO instant, or undefined when empty. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

interface Filters {
  userId: string;
  action: string;
  from: string;
  to: string;
}

/** Audit logs filtered by user, action and time range, newest first, paged with a cursor. */
export function AuditLogsPage({
  api,
  save = saveTextFile,
}: {
  api: AdminApi;
  /** Hands the file to the browser (a download); tests pass their own. */
  save?: (fileName: string, text: string, type: string) => void;
}) {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [filters, setFilters] = useState<Filters>({ userId: '', action: '', from: '', to: '' });
  const [applied, setApplied] = useState<AuditQuery>({});
  const [entries, setEntries] = useState<AuditLogEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState(false);

  const load = useCallback(
    async (query: AuditQuery, after: string | null) => {
      setLoading(true);
      try {
        const page = await api.auditLogs({ ...query, cursor: after ?? undefined });
        setEntries((prev) => (after ? [...prev, ...page.items] : [...page.items]));
        setCursor(page.nextCursor);
      } catch (err) {
        notifyError(err, 'Loading audit logs failed');
      } finally {
        setLoading(false);
      }
    },
    [api, notifyError],
  );

  useEffect(() => {
    void load({}, null);
  }, [load]);

  function apply(e: FormEvent) {
    e.preventDefault();
    const query: AuditQuery = {
      userId: filters.userId.trim() || undefined,
      action: filters.action.trim() || undefined,
      from: localToIso(filters.from),
      to: localToIso(filters.to),
    };
    if (query.from && query.to && query.from > query.to) {
      notify({
        intent: 'error',
        text: 'The "From" time is after the "To" time; swap them or clear one.',
      });
      return;
    }
    setApplied(query);
    void load(query, null);
  }

  async function exportCsv() {
    setExporting(true);
    try {
      const { csv, rows } = await api.exportAuditCsv(applied);
      save('audit-log.csv', csv, 'text/csv;charset=utf-8');
      notify({ intent: 'success', text: `Exported ${rows} audit entries.` });
    } catch (err) {
      notifyError(err, 'Exporting the audit log failed');
    } finally {
      setExporting(false);
    }
  }

  const set = (key: keyof Filters) => (_: unknown, d: { value: string }) =>
    setFilters((f) => ({ ...f, [key]: d.value }));
  return (
    <section aria-labelledby="audit-title">
      <Title3 id="audit-title" as="h2">
        Audit logs
      </Title3>
      <form
        onSubmit={apply}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end', margin: '12px 0' }}
      >
        <Field label="User id">
          <Input value={filters.userId} onChange={set('userId')} />
        </Field>
        <Field label="Action">
          <Input
            value={filters.action}
            onChange={set('action')}
            placeholder="e.g. settings.update"
          />
        </Field>
        <Field label="From">
          <Input type="datetime-local" value={filters.from} onChange={set('from')} />
        </Field>
        <Field label="To">
          <Input type="datetime-local" value={filters.to} onChange={set('to')} />
        </Field>
        <Button type="submit" appearance="primary">
          Apply filters
        </Button>
        <Button disabled={exporting} onClick={() => void exportCsv()}>
          Export CSV (applied filters)
        </Button>
      </form>
      <Table aria-label="Audit log entries" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Time</TableHeaderCell>
            <TableHeaderCell>User</TableHeaderCell>
            <TableHeaderCell>Action</TableHeaderCell>
            <TableHeaderCell>Target</TableHeaderCell>
            <TableHeaderCell>Changes</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.logId}>
              <TableCell>{new Date(e.timestamp).toLocaleString()}</TableCell>
              <TableCell>{e.userEmail || e.userId}</TableCell>
              <TableCell>{e.action}</TableCell>
              <TableCell>{`${e.targetType} ${e.targetId}`}</TableCell>
              <TableCell>
                <span style={{ whiteSpace: 'pre-wrap' }}>
                  {auditChangeText(e.changes).replace(/; /g, '\n')}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {loading && <Spinner size="small" label="Loading audit logs…" />}
      {!loading && entries.length === 0 && <p>No audit entries match these filters.</p>}
      {cursor && !loading && <Button onClick={() => void load(applied, cursor)}>Load more</Button>}
    </section>
  );
}
