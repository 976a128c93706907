import './jsdom-polyfills';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CatalogStatusPage } from '../../web-admin/pages/catalog-status-page';
import { FakeAdminApi } from './fakes';
import { renderPage } from './render-page';

const now = () => new Date('2026-11-26T09:00:00Z');

describe('catalog page: sources, the last refresh and "Refresh now"', () => {
  it('lists the sources of the prices with their dates', async () => {
    const api = new FakeAdminApi();
    renderPage(<CatalogStatusPage api={api} now={now} />);
    const table = await screen.findByRole('table', { name: 'Price sources' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['price-data/aws-pricing-page-feeds/ec2', '40', '9,000', '2026-07-20', '2026-07-20'],
      ['https://aws.amazon.com/rds/pricing', '3', '2,602', '2024-09-28', '2025-04-04'],
    ]);
  });

  it('says what a refresh reads and that none has run yet', async () => {
    const api = new FakeAdminApi();
    renderPage(<CatalogStatusPage api={api} now={now} />);
    expect(
      await screen.findByText(
        'Reads mirror /srv/price-list for AmazonEC2 in us-east-1; publishes only when the validation gate passes. Runs weekly, or now:',
      ),
    ).toBeTruthy();
    expect(screen.getByText('No refresh has run yet.')).toBeTruthy();
  });

  it('"Refresh now" starts a run, follows it, and shows a refusal with the gate\'s reasons and report', async () => {
    const api = new FakeAdminApi();
    api.nextRefresh = {
      outcome: 'refused',
      problems: [
        'missing file: AmazonEC2 us-east-1',
        'missing price for ebs: Storage (gp3) (us-east-1)',
      ],
      report:
        'Catalog 20261206: 12 records — REFUSED, 2 problem(s)\n- missing file: AmazonEC2 us-east-1',
    };
    renderPage(<CatalogStatusPage api={api} now={now} pollMs={10} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh now' }));
    await screen.findByRole('button', { name: 'Refresh running…' });
    const reasons = await screen.findByRole('list', { name: "The gate's reasons" });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'missing file: AmazonEC2 us-east-1',
      'missing price for ebs: Storage (gp3) (us-east-1)',
    ]);
    const last = screen.getByRole('status', { name: 'Last refresh' });
    expect(
      within(last).getByText('refused by the validation gate — nothing published'),
    ).toBeTruthy();
    expect(within(last).getByText(/by admin@example\.com, ended/)).toBeTruthy();
    expect(within(last).getByText(/REFUSED, 2 problem\(s\)/)).toBeTruthy();
    expect(
      await screen.findByText(
        'The catalog refresh ended: refused by the validation gate — nothing published.',
      ),
    ).toBeTruthy();
    // The page reloads the catalog in use once the run ends.
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'catalogCoverage')).toHaveLength(2),
    );
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeTruthy();
  });

  it('shows an accepted run by the schedule with its version', async () => {
    const api = new FakeAdminApi();
    api.refresh = {
      ...api.refresh,
      latest: {
        runId: 'r1',
        trigger: 'scheduled',
        requestedBy: 'system',
        source: api.refresh.source,
        services: ['AmazonEC2'],
        regions: ['us-east-1'],
        startedAt: '2026-11-23T06:00:00Z',
        finishedAt: '2026-11-23T06:04:00Z',
        outcome: 'accepted',
        version: '20261120060000',
        shards: 3,
        problems: [],
        report: 'Catalog 20261120060000: 900 records — PASSED',
        optionalGaps: [],
      },
    };
    renderPage(<CatalogStatusPage api={api} now={now} />);
    const last = await screen.findByRole('status', { name: 'Last refresh' });
    expect(within(last).getByText('accepted — published')).toBeTruthy();
    expect(
      within(last).getByText(/by the weekly schedule, .*; catalog 20261120060000, 3 shards$/),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: "The gate's reasons" })).toBeNull();
  });

  it('names the conflict when a refresh is already running', async () => {
    const api = new FakeAdminApi();
    await api.refreshCatalog();
    // One status read finishes that run (the fake's job runs when the run is next read), so the
    // page opens on a finished run, with "Refresh now" offered.
    await api.catalogRefreshStatus();
    api.calls = [];
    renderPage(<CatalogStatusPage api={api} now={now} pollMs={10} />);
    const button = await screen.findByRole('button', { name: 'Refresh now' });
    // Meanwhile another administrator started a run: the API refuses a second one with 409.
    api.refresh = {
      ...api.refresh,
      latest: { ...api.refresh.latest!, outcome: 'running', finishedAt: null },
    };
    api.nextRefresh = { ...api.nextRefresh, outcome: 'running' };
    fireEvent.click(button);
    expect(
      await screen.findByText(
        'Starting the catalog refresh failed: A catalog refresh is still running',
      ),
    ).toBeTruthy();
  });
});
