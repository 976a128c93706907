import './jsdom-polyfills';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { SettingsPage } from '../../web-admin/pages/settings-page';
import { FakeAdminApi, SETTINGS } from './fakes';
import { renderPage } from './render-page';

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
const sent = (api: FakeAdminApi) =>
  api.calls.filter((c) => c.method === 'updateSettings').map((c) => c.args[0]);

async function open(api = new FakeAdminApi()) {
  renderPage(<SettingsPage api={api} />);
  await screen.findByText(/^Your current address: 203\.0\.113\.9/);
  return api;
}

describe('settings: admin IP allow-list', () => {
  it('shows the current address, adds it as a /32 row and a range, and saves both', async () => {
    const api = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add my address (203.0.113.9/32)' }));
    expect(screen.getByLabelText('Allowed range 1')).toHaveProperty('value', '203.0.113.9/32');
    fireEvent.click(screen.getByRole('button', { name: 'Add range' }));
    change('Allowed range 2', '2001:db8::/32');
    expect(screen.getByText('Your current address: 203.0.113.9 (allowed)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add my address/ })).toBeNull();
    save();
    expect(await screen.findByText('Settings saved (version 5).')).toBeTruthy();
    expect(sent(api)).toEqual([
      expect.objectContaining({ adminIpAllowList: ['203.0.113.9/32', '2001:db8::/32'] }),
    ]);
  });

  it('names an invalid row by its label, next to the field, and sends nothing', async () => {
    const api = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add my address (203.0.113.9/32)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add range' }));
    change('Allowed range 2', '10.0.0.300/8');
    save();
    const problem = '"10.0.0.300/8" is not a CIDR range: 10.0.0.300 is not an IPv4 address';
    expect(
      await screen.findByText(`Fix 1 field before saving: Allowed range 2 ${problem}`),
    ).toBeTruthy();
    expect(screen.getByText(problem)).toBeTruthy();
    expect(sent(api)).toEqual([]);
  });

  it('refuses a list without the current address before sending it (lock-out guard)', async () => {
    const api = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add range' }));
    change('Allowed range 1', '10.0.0.0/8');
    expect(screen.getByText('Your current address: 203.0.113.9 (not in the list)')).toBeTruthy();
    save();
    expect(
      await screen.findByText(
        'Admin IP allow-list must contain your current address 203.0.113.9, or saving would lock you out; add a range containing it or remove every range',
      ),
    ).toBeTruthy();
    expect(sent(api)).toEqual([]);
  });

  it("shows the API's lock-out refusal (the address changed since the page read it)", async () => {
    const api = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add my address (203.0.113.9/32)' }));
    api.sourceIp = '198.51.100.4';
    save();
    expect(
      await screen.findByText(
        'Admin IP allow-list must contain your current address 198.51.100.4: the API refused the save, which would lock you out',
      ),
    ).toBeTruthy();
    expect(api.settings.adminIpAllowList).toEqual([]);
  });

  it('removes a row and saves the empty list (no restriction)', async () => {
    const api = new FakeAdminApi();
    api.settings = { ...SETTINGS, adminIpAllowList: ['203.0.113.0/24'] };
    await open(api);
    expect(screen.getByText('Your current address: 203.0.113.9 (allowed)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove allowed range 1' }));
    expect(screen.queryByLabelText('Allowed range 1')).toBeNull();
    save();
    await waitFor(() => expect(sent(api)).toHaveLength(1));
    expect(sent(api)[0]).toMatchObject({ adminIpAllowList: [] });
  });

  it("labels the API's own 400 issues for the list by row", async () => {
    const api = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Add my address (203.0.113.9/32)' }));
    api.failNext = new ApiResponseError(
      400,
      {
        error: 'ValidationFailed',
        message: 'The request body is invalid',
        details: {
          issues: [{ path: '$.adminIpAllowList[0]', message: 'Allowed range 1: is refused here' }],
        },
      },
      '',
    );
    save();
    expect(
      await screen.findByText('Fix 1 field before saving: Allowed range 1 is refused here'),
    ).toBeTruthy();
  });
});
