import './jsdom-polyfills';
import { fireEvent, screen } from '@testing-library/react';
import { AuditLogsPage, localToIso } from '../../web-admin/pages/audit-logs-page';
import { FakeAdminApi } from './fakes';
import { renderPage } from './render-page';

describe('audit logs page', () => {
  it('sends user, action and the time range as ISO instants', async () => {
    const api = new FakeAdminApi();
    renderPage(<AuditLogsPage api={api} />);
    await screen.findByText('settings.update');
    fireEvent.change(screen.getByLabelText('User id'), { target: { value: 'u-1' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'estimation.create' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01T00:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-30T23:59' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('estimation.create', { selector: 'td *, td' });
    expect(api.calls.at(-1)?.args[0]).toEqual({
      userId: 'u-1',
      action: 'estimation.create',
      from: new Date('2026-11-01T00:00').toISOString(),
      to: new Date('2026-11-30T23:59').toISOString(),
      cursor: undefined,
    });
    expect(screen.queryByText('settings.update')).toBeNull();
  });

  it('refuses a range whose start is after its end, without calling the API', async () => {
    const api = new FakeAdminApi();
    renderPage(<AuditLogsPage api={api} />);
    await screen.findByText('settings.update');
    const before = api.calls.length;
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-30T00:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-01T00:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '"From" time is after the "To" time',
    );
    expect(api.calls.length).toBe(before);
  });

  it('pages with the cursor, keeping the applied filters', async () => {
    const api = new FakeAdminApi();
    renderPage(<AuditLogsPage api={api} />);
    await screen.findByText('settings.update');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('estimation est-2')).toBeTruthy();
    expect(api.calls.at(-1)?.args[0]).toEqual({ cursor: '2' });
  });

  it('converts an empty or invalid local time to no bound', () => {
    expect(localToIso('')).toBeUndefined();
    expect(localToIso('not a date')).toBeUndefined();
  });
});

describe('audit logs page: readable changes and the CSV export', () => {
  it('shows changes as field: old → new', async () => {
    renderPage(<AuditLogsPage api={new FakeAdminApi()} />);
    expect((await screen.findAllByText('status: draft → sent')).length).toBe(2);
  });

  it('exports the applied filters and hands the CSV to the browser', async () => {
    const api = new FakeAdminApi();
    const saved: [string, string, string][] = [];
    renderPage(<AuditLogsPage api={api} save={(...args) => saved.push(args)} />);
    await screen.findByText('settings.update');
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'estimation.create' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('estimation.create', { selector: 'td *, td' });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV (applied filters)' }));
    expect(await screen.findByText('Exported 2 audit entries.')).toBeTruthy();
    expect(api.calls.at(-1)).toEqual({
      method: 'exportAuditCsv',
      args: [{ action: 'estimation.create', userId: undefined, from: undefined, to: undefined }],
    });
    expect(saved).toEqual([
      ['audit-log.csv', '\uFEFFheader\r\nlog-1\r\nlog-2', 'text/csv;charset=utf-8'],
    ]);
  });
});
