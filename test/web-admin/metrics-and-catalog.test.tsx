import './jsdom-polyfills';
import { fireEvent, screen, within } from '@testing-library/react';
import { CatalogStatusPage, catalogAgeDays } from '../../web-admin/pages/catalog-status-page';
import { MetricsPage, errorRateText } from '../../web-admin/pages/metrics-page';
import { FakeAdminApi } from './fakes';
import { renderPage } from './render-page';

describe('metrics page', () => {
  it('shows the admin metrics, pipeline values rounded to cents, statuses that add up', async () => {
    const api = new FakeAdminApi();
    renderPage(<MetricsPage api={api} />);
    const users = await screen.findByLabelText('Users');
    expect(within(users).getByText('42')).toBeTruthy();
    expect(within(screen.getByLabelText('Errors (24 h)')).getByText('3')).toBeTruthy();
    // 3 of the 260 estimations summed leave lines unpriced: the sum says so beside it.
    expect(
      within(screen.getByLabelText('Pipeline (monthly)')).getByText(
        '$123,456.79 (3 of 260 estimations not fully priced)',
      ),
    ).toBeTruthy();
    expect(within(screen.getByLabelText('Won (monthly)')).getByText('$9,876.50')).toBeTruthy();
    expect(
      within(screen.getByLabelText('Estimations by status')).getByText('won: 40'),
    ).toBeTruthy();
    // Total and statuses come from the same answer: 200 + 60 + 40 + 11 = 311.
    expect(within(screen.getByLabelText('Estimations')).getByText('311')).toBeTruthy();
    const statuses = within(screen.getByLabelText('Estimations by status'))
      .getAllByRole('listitem')
      .map((li) => Number(/: (\d+)$/.exec(li.textContent ?? '')?.[1]));
    expect(statuses.reduce((a, b) => a + b, 0)).toBe(311);
    expect(screen.getByText('Estimations by status (311 in all, every user)')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(api.calls.map((c) => c.method).sort()).toEqual(['adminMetrics', 'auditLogs']);
  });

  it('says when the estimation figures stopped at the scan bound', async () => {
    const api = new FakeAdminApi();
    api.metrics = { ...api.metrics, estimationsComplete: false };
    renderPage(<MetricsPage api={api} />);
    expect((await screen.findByRole('note')).textContent).toBe(
      'Estimation figures cover the first 311 estimations read; there are more.',
    );
  });

  it('reports a failed load in the message bar', async () => {
    const api = new FakeAdminApi();
    api.failNext = new Error('API down');
    renderPage(<MetricsPage api={api} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Loading metrics failed: API down',
    );
  });
});

describe('catalog status page', () => {
  it('shows the version in use and its age', async () => {
    const api = new FakeAdminApi();
    renderPage(<CatalogStatusPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    expect(await screen.findByText('2026-11-20T06:00:00Z')).toBeTruthy();
    expect(screen.getByText('Imported 6 days ago.')).toBeTruthy();
  });

  it('warns when the catalog is older than a monthly price update, and re-checks on demand', async () => {
    const api = new FakeAdminApi();
    api.metrics = { ...api.metrics, catalogVersion: '2026-09-01' };
    renderPage(<CatalogStatusPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The catalog is 86 days old');
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByRole('alert');
    expect(api.calls.filter((c) => c.method === 'adminMetrics')).toHaveLength(2);
  });

  it('shows the coverage per region, and one region per service on request', async () => {
    const api = new FakeAdminApi();
    renderPage(<CatalogStatusPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    const table = await screen.findByRole('table', { name: 'Coverage per region' });
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('us-east-1')).toEqual([
      'US East (N. Virginia) — us-east-1',
      '11,602',
      '2',
      // EC2's oldest prices (2023-01-06) a newer source confirmed unchanged in 2026-05: the range
      // starts at the oldest date a price is known to hold, and names the older price date beside it.
      '2024-07-18 to 2026-07-20 (oldest priced 2023-01-06, confirmed unchanged 2026-05)',
      // 21 of 700 is 3 %: the shortfall is named, the full columns are not.
      'EC2 Windows OD 3 %',
    ]);
    expect(cells('global')).toEqual([
      'global',
      '40',
      '1',
      '2026-07',
      'no instance types to measure',
    ]);
    const services = screen.getByRole('table', { name: 'Services in us-east-1' });
    expect(
      within(within(services).getByRole('row', { name: 'AmazonRDS' }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['AmazonRDS', '2,602', '3', '2024-09-28 to 2025-04-04']);
    expect(
      within(within(services).getByRole('row', { name: 'AmazonEC2' }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'AmazonEC2',
      '9,000',
      '40',
      '2024-07-18 to 2026-07-20 (oldest priced 2023-01-06, confirmed unchanged 2026-05)',
    ]);
    expect(screen.getByText('EC2 Linux OD: 700 of 700 (100 %)')).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Region details' }));
    fireEvent.click(screen.getByRole('option', { name: 'global' }));
    expect(screen.getByRole('table', { name: 'Services in global' })).toBeTruthy();
    expect(screen.getByText('No EBS in this region (global services).')).toBeTruthy();
    expect(api.calls.map((c) => c.method).sort()).toEqual([
      'adminMetrics',
      'catalogCoverage',
      'catalogRefreshStatus',
    ]);
  });

  it('names the published shards whose coverage was computed from their records', async () => {
    const api = new FakeAdminApi();
    api.coverage = {
      ...api.coverage,
      computedLive: [
        {
          region: 'us-east-1',
          service: 'AmazonEC2',
          version: '20261201000000',
          reason: 'no stored summary',
        },
      ],
    };
    renderPage(<CatalogStatusPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    const note = await screen.findByRole('note', { name: 'Computed from records' });
    expect(note.textContent).toContain(
      '1 published shard has no stored coverage summary and was computed from its records',
    );
    expect(note.textContent).toContain(
      'AmazonEC2 us-east-1 version 20261201000000: no stored summary',
    );
  });

  it('shows no such note when every shard had a stored summary', async () => {
    renderPage(
      <CatalogStatusPage api={new FakeAdminApi()} now={() => new Date('2026-11-26T09:00:00Z')} />,
    );
    await screen.findByRole('table', { name: 'Coverage per region' });
    expect(screen.queryByRole('note', { name: 'Computed from records' })).toBeNull();
  });

  it('reads the date inside a version name, and has no age for a version without one', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    expect(catalogAgeDays('embedded-2026-11-26', now)).toBe(0);
    expect(catalogAgeDays('2026-11-20T06:00:00Z', now)).toBe(6);
    expect(catalogAgeDays('v42', now)).toBeNull();
  });
});

describe('metrics over time', () => {
  it('charts estimations, documents and calculations per day, with the numbers as a table', async () => {
    const api = new FakeAdminApi();
    renderPage(<MetricsPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    const chart = await screen.findByRole('img', { name: /^Estimations per day/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Estimations per day, 2026-11-13 to 2026-11-26: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(14);
    // 0 + 1 + … + 13 = 91 estimations; documents on the 7 even days; calculations 10 × 91.
    expect(screen.getByText('Estimations: 91 (2026-11-13 to 2026-11-26)')).toBeTruthy();
    expect(screen.getByText('Documents: 7 (2026-11-13 to 2026-11-26)')).toBeTruthy();
    expect(screen.getByText('Calculations: 910 (2026-11-13 to 2026-11-26)')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Calculations per day' });
    expect(
      within(within(table).getByRole('row', { name: /2026-11-26/ })).getByRole('cell').textContent,
    ).toBe('130');
  });

  it('shows the error rate as errors among all responses, and the catalog version with its age', async () => {
    const api = new FakeAdminApi();
    renderPage(<MetricsPage api={api} now={() => new Date('2026-11-26T09:00:00Z')} />);
    expect(
      within(await screen.findByLabelText('Error rate (24 h)')).getByText('0.5 % (3 of 600)'),
    ).toBeTruthy();
    expect(
      within(screen.getByLabelText('Catalog')).getByText('2026-11-20T06:00:00Z (6 days old)'),
    ).toBeTruthy();
  });

  it('says "no requests" rather than a rate of nothing', () => {
    expect(errorRateText({ errorRate24h: null, errors24h: 0, requests24h: 0 })).toBe('no requests');
    expect(errorRateText({ errorRate24h: 1 / 3, errors24h: 1, requests24h: 3 })).toBe(
      '33.33 % (1 of 3)',
    );
  });
});
