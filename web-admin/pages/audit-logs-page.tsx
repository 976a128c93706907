import {
  Button,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { auditActionLabel, auditChangeText, type AuditLogPage, type AuditLogRow } from '../../core';
import { saveTextFile } from '../components/save-file';
import type { AdminApi, AuditQuery } from '../api/admin-api';
import { isCursorExpired } from '../api/admin-api';
import { useNotifyError } from '../components/use-notify-error';
import { useAdmin } from '../state/admin-store';
import { auditQuery, NO_FILTERS, type AuditFilters } from './audit/audit-filters';
import { FilterForm } from './audit/filter-form';
import { TargetCell } from './audit/target-cell';

export { localToIso } from './audit/audit-filters';

/** Shown when "Load more" found the service paging differently (after an update) and started over. */
export const RESTARTED =
  'The service was updated since this list was loaded, so the list starts again from the newest entries.';

/**
 * The page after `after` — or, when the API no longer pages the way it did when it issued that
 * cursor (an update of the service while the list was open), the first page again.
 */
async function nextPage(
  api: AdminApi,
  query: AuditQuery,
  after: string | null,
): Promise<{ page: AuditLogPage; restarted: boolean }> {
  try {
    return {
      page: await api.auditLogs({ ...query, cursor: after ?? undefined }),
      restarted: false,
    };
  } catch (err) {
    if (after === null || !isCursorExpired(err)) throw err;
    return { page: await api.auditLogs({ ...query, cursor: undefined }), restarted: true };
  }
}

/**
 * Audit logs filtered by user (email autocomplete), action (the actions that exist) and a time
 * window (presets or a custom range), newest first, paged with a cursor; the export sends the
 * same filters. Targets are shown by name, linked where the console has a page for them.
 */
export function AuditLogsPage({
  api,
  save = saveTextFile,
  now = () => new Date(),
}: {
  api: AdminApi;
  /** Hands the file to the browser (a download); tests pass their own. */
  save?: (fileName: string, text: string, type: string) => void;
  /** The clock the presets count back from; tests pass their own. */
  now?: () => Date;
}) {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [applied, setApplied] = useState<AuditQuery>({});
  const [entries, setEntries] = useState<AuditLogRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [searchedBackTo, setSearchedBackTo] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState(false);

  const load = useCallback(
    async (query: AuditQuery, after: string | null) => {
      setLoading(true);
      try {
        const { page, restarted } = await nextPage(api, query, after);
        if (restarted) notify({ intent: 'info', text: RESTARTED });
        const append = after !== null && !restarted;
        setEntries((prev) => (append ? [...prev, ...page.items] : [...page.items]));
        setCursor(page.nextCursor);
        setSearchedBackTo(page.searchedBackTo ?? null);
      } catch (err) {
        notifyError(err, 'Loading audit logs failed');
      } finally {
        setLoading(false);
      }
    },
    [api, notify, notifyError],
  );

  useEffect(() => {
    void load({}, null);
  }, [load]);

  function apply() {
    const query = auditQuery(filters, now());
    if ('error' in query) {
      notify({ intent: 'error', text: query.error });
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

  return (
    <section aria-labelledby="audit-title">
      <Title3 id="audit-title" as="h2">
        Audit logs
      </Title3>
      <FilterForm
        api={api}
        filters={filters}
        onChange={setFilters}
        onApply={apply}
        onExport={() => void exportCsv()}
        exporting={exporting}
      />
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
              <TableCell title={e.action}>{auditActionLabel(e.action)}</TableCell>
              <TableCell>
                <TargetCell entry={e} />
              </TableCell>
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
      {!loading && searchedBackTo && cursor && (
        <p role="status">
          Searched back to {new Date(searchedBackTo).toLocaleString()}: {entries.length} matching{' '}
          {entries.length === 1 ? 'entry' : 'entries'} so far. Load more searches older entries.
        </p>
      )}
      {!loading && entries.length === 0 && !cursor && <p>No audit entries match these filters.</p>}
      {cursor && !loading && <Button onClick={() => void load(applied, cursor)}>Load more</Button>}
    </section>
  );
}
