import './jsdom-polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { AUDIT_ACTIONS, CURSOR_EXPIRED } from '../../core';
import { AuditLogsPage, localToIso, RESTARTED } from '../../web-admin/pages/audit-logs-page';
import { FakeAdminApi } from './fakes';
import { renderPage } from './render-page';

const NOW = new Date('2026-11-30T00:00:00.000Z');

function show(api = new FakeAdminApi(), save?: (f: string, t: string, m: string) => void) {
  return renderPage(<AuditLogsPage api={api} now={() => NOW} save={save} />);
}

function choose(combobox: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: combobox }));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

/** Applies the filters and waits for their page (the previous one may show the same rows). */
async function apply() {
  fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
  await waitFor(() => expect(screen.queryByText('Loading audit logs…')).toBeNull());
}

const rows = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[3]!.textContent);

describe('audit logs page: the filters', () => {
  it('finds a user by part of their email and filters by their id', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    fireEvent.change(screen.getByRole('combobox', { name: 'User' }), {
      target: { value: 'user2' },
    });
    fireEvent.click(await screen.findByRole('option', { name: 'user2@example.com' }));
    expect(api.calls.find((c) => c.method === 'listUsers')?.args[0]).toEqual({
      search: 'user2',
      limit: 20,
    });
    await apply();
    await screen.findByText('User changed by an administrator');
    expect(api.calls.at(-1)?.args[0]).toEqual({
      userId: 'u-2',
      action: undefined,
      cursor: undefined,
    });
    expect(rows()).toEqual(['user3@example.com']);
  });

  it('lists every audit action by its label and sends the chosen name', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    fireEvent.click(screen.getByRole('combobox', { name: 'Action' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'All actions',
      ...Object.entries(AUDIT_ACTIONS).map(([name, label]) => `${label} (${name})`),
    ]);
    fireEvent.click(screen.getByRole('option', { name: 'Estimation created (estimation.create)' }));
    await apply();
    await screen.findByText('Acme ERP');
    expect(api.calls.at(-1)?.args[0]).toMatchObject({ action: 'estimation.create' });
    expect(screen.queryByText('System settings')).toBeNull();
  });

  it('a preset sends a window ending now; "Last 24 hours" keeps the newest entry only', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    choose('When', 'Last 7 days');
    await apply();
    await screen.findByText('System settings');
    expect(api.calls.at(-1)?.args[0]).toMatchObject({ from: '2026-11-23T00:00:00.000Z' });
    choose('When', 'Last 24 hours');
    await apply();
    await screen.findByText('System settings');
    expect(api.calls.at(-1)?.args[0]).toMatchObject({ from: '2026-11-29T00:00:00.000Z' });
    expect(rows()).toEqual(['System settings']);
    choose('When', 'Last 30 days');
    await apply();
    expect(api.calls.at(-1)?.args[0]).toMatchObject({ from: '2026-10-31T00:00:00.000Z' });
  });

  it('a custom range sends its times as ISO instants, and a reversed one is refused', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    expect(screen.queryByLabelText('From')).toBeNull();
    choose('When', 'Custom range');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-30T00:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-01T00:00' } });
    const before = api.calls.length;
    await apply();
    expect((await screen.findByRole('alert')).textContent).toContain(
      '"From" time is after the "To" time',
    );
    expect(api.calls.length).toBe(before);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01T00:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-27T12:00' } });
    await apply();
    await screen.findByText('user3@example.com');
    expect(api.calls.at(-1)?.args[0]).toMatchObject({
      from: new Date('2026-11-01T00:00').toISOString(),
      to: new Date('2026-11-27T12:00').toISOString(),
    });
  });

  it('converts an empty or invalid local time to no bound', () => {
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('not a date')).toBeUndefined();
  });
});

describe('audit logs page: targets, changes, paging and the export', () => {
  it('names targets, links users and settings, and marks a deleted target', async () => {
    const { store } = show();
    await screen.findByText('System settings');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('user3@example.com');
    expect(rows()).toEqual([
      'System settings',
      'Acme ERP',
      'estimation est-2 (deleted)',
      'user3@example.com',
    ]);
    // An estimation has no console page: its name only.
    expect(screen.queryByRole('button', { name: 'Acme ERP' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'user3@example.com' }));
    expect(store.getState()).toMatchObject({ page: 'users', usersSearch: 'user3@example.com' });
    store.getState().open('audit');
    expect(store.getState().usersSearch).toBe('');
  });

  it('opens the settings page from a settings entry', async () => {
    const { store } = show();
    fireEvent.click(await screen.findByRole('button', { name: 'System settings' }));
    expect(store.getState().page).toBe('settings');
  });

  it('shows action labels and changes as field: old → new', async () => {
    show();
    expect(await screen.findByText('Settings updated')).toBeTruthy();
    expect(screen.getAllByText('status: draft → sent').length).toBe(2);
  });

  it('pages with the cursor, keeping the applied filters', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    choose('When', 'Last 7 days');
    await apply();
    await screen.findByText('System settings');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('user3@example.com')).toBeTruthy();
    expect(api.calls.at(-1)?.args[0]).toEqual({
      userId: undefined,
      action: undefined,
      from: '2026-11-23T00:00:00.000Z',
      cursor: '2',
    });
  });

  it('says how far back a page searched when it stopped before it was full, and goes on', async () => {
    const api = new FakeAdminApi();
    const settings = api.logs[0]!;
    api.scriptedAuditPages = [
      { items: [], nextCursor: 'c1', searchedBackTo: '2026-11-20T08:00:00.000Z' },
      { items: [settings], nextCursor: null },
    ];
    show(api);
    const note = await screen.findByRole('status');
    await waitFor(() => expect(screen.queryByText('Loading audit logs…')).toBeNull());
    expect(note.textContent).toBe(
      `Searched back to ${new Date('2026-11-20T08:00:00.000Z').toLocaleString()}: 0 matching entries so far. Load more searches older entries.`,
    );
    expect(screen.queryByText('No audit entries match these filters.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('System settings');
    await waitFor(() => expect(screen.queryByText('Loading audit logs…')).toBeNull());
    expect(api.calls.at(-1)?.args[0]).toMatchObject({ cursor: 'c1' });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('starts the list again from its first page, with the same filters, when the API says a cursor expired', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    choose('When', 'Last 30 days');
    await apply();
    await screen.findByText('System settings');
    const before = rows();
    api.scriptedAuditPages = [
      new ApiResponseError(
        400,
        {
          error: CURSOR_EXPIRED,
          message: 'The query parameter "cursor" is not valid: … start again without a cursor.',
          details: { issues: [{ path: '$.cursor', message: 'expired' }], issueCount: 1 },
          requestId: 'req-9',
        },
        '',
      ),
    ];
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect((await screen.findByText(RESTARTED)).textContent).toBe(RESTARTED);
    await waitFor(() => expect(screen.queryByText('Loading audit logs…')).toBeNull());
    const [expired, again] = api.calls.slice(-2).map((c) => c.args[0]);
    expect(expired).toEqual({
      from: '2026-10-31T00:00:00.000Z',
      cursor: '2',
      userId: undefined,
      action: undefined,
    });
    expect(again).toEqual({
      from: '2026-10-31T00:00:00.000Z',
      cursor: undefined,
      userId: undefined,
      action: undefined,
    });
    // The first page again, not appended to what was shown; no error.
    expect(rows()).toEqual(before);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy();
  });

  it('shows any other refusal of Load more as an error and keeps the list', async () => {
    const api = new FakeAdminApi();
    show(api);
    await screen.findByText('System settings');
    const before = rows();
    api.scriptedAuditPages = [
      new ApiResponseError(
        400,
        { error: 'ValidationFailed', message: 'The query parameter "cursor" is not valid.' },
        '',
      ),
    ];
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The query parameter "cursor" is not valid.',
    );
    expect(api.calls.filter((c) => c.method === 'auditLogs')).toHaveLength(2);
    expect(rows()).toEqual(before);
  });

  it('exports the applied filters and hands the CSV to the browser', async () => {
    const api = new FakeAdminApi();
    const saved: [string, string, string][] = [];
    show(api, (...args) => saved.push(args));
    await screen.findByText('System settings');
    choose('Action', 'Estimation created (estimation.create)');
    choose('When', 'Last 30 days');
    await apply();
    await screen.findByText('Acme ERP');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV (applied filters)' }));
    expect(await screen.findByText('Exported 2 audit entries.')).toBeTruthy();
    expect(api.calls.at(-1)).toEqual({
      method: 'exportAuditCsv',
      args: [
        {
          userId: undefined,
          action: 'estimation.create',
          from: '2026-10-31T00:00:00.000Z',
        },
      ],
    });
    expect(saved).toEqual([
      ['audit-log.csv', '\uFEFFheader\r\nlog-1\r\nlog-2', 'text/csv;charset=utf-8'],
    ]);
  });
});
