import './jsdom-polyfills';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SettingsPage } from '../../web-admin/pages/settings-page';
import { validateSettings } from '../../web-admin/settings/settings-validation';
import { FakeAdminApi, SETTINGS } from './fakes';
import { renderPage } from './render-page';

const change = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('settings page', () => {
  it('saves edited FX rates, discounts, defaults and branding with the version it read', async () => {
    const api = new FakeAdminApi();
    renderPage(<SettingsPage api={api} />);
    await screen.findByDisplayValue('58.25');
    change('Rate 1 value', '58.4');
    change('Rate 1 as of', '2026-11-26');
    fireEvent.click(screen.getByRole('button', { name: 'Add discount preset' }));
    change('Preset 2 name', 'Startup');
    change('Preset 2 percent', '10');
    change('Preset 2 services', 'ec2, rds');
    change('Default region', 'us-east-1');
    change('Company name', 'Cloudwise Partners');
    change('Footer text', 'Cloudwise · Confidential');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved (version 5).')).toBeTruthy();
    const body = api.calls.find((c) => c.method === 'updateSettings')?.args[0];
    expect(body).toEqual({
      version: 4,
      defaultRegion: 'us-east-1',
      defaultCurrency: 'USD',
      defaultSupportPlan: 'business',
      discountPresets: [
        { name: 'EDP', percent: 6 },
        { name: 'Startup', percent: 10, services: ['ec2', 'rds'] },
      ],
      fxRates: [{ currency: 'PHP', rate: '58.4', asOf: '2026-11-26', source: 'BSP' }],
      branding: {
        ...SETTINGS.branding,
        companyName: 'Cloudwise Partners',
        footerText: 'Cloudwise · Confidential',
      },
    });
    expect(screen.getByText(/^Version 5, last saved/)).toBeTruthy();
  });

  it('shows every invalid field next to it and does not send the request', async () => {
    const api = new FakeAdminApi();
    renderPage(<SettingsPage api={api} />);
    await screen.findByDisplayValue('58.25');
    change('Rate 1 value', '58,25');
    change('Primary colour', 'blue');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/^Fix 2 fields before saving/)).toBeTruthy();
    expect(
      screen.getByText('must be a positive decimal such as 58.25 (units per 1 USD)'),
    ).toBeTruthy();
    expect(screen.getByText('must be a colour such as #232F3E')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'updateSettings')).toBe(false);
  });

  it('explains a concurrent save (409) and reloads the newer settings on request', async () => {
    const api = new FakeAdminApi();
    renderPage(<SettingsPage api={api} />);
    await screen.findByDisplayValue('58.25');
    api.settings = { ...api.settings, version: 5, defaultCurrency: 'EUR' };
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText(/Someone saved the settings after you opened them/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.getByDisplayValue('EUR')).toBeTruthy());
  });

  it('removes an FX rate', async () => {
    const api = new FakeAdminApi();
    renderPage(<SettingsPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove rate 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved (version 5).');
    expect(
      (api.calls.find((c) => c.method === 'updateSettings')?.args[0] as { fxRates: unknown[] })
        .fxRates,
    ).toEqual([]);
  });
});

describe('settings validation', () => {
  it('flags duplicate currencies and out-of-range discounts by JSON path', () => {
    const issues = validateSettings({
      ...SETTINGS,
      discountPresets: [{ name: 'Too much', percent: 150 }],
      fxRates: [SETTINGS.fxRates[0]!, { currency: 'PHP', rate: '57', asOf: '2026-11-01' }],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'discountPresets[0].percent',
      'fxRates[1].currency',
    ]);
  });
});
