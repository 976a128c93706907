import './jsdom-polyfills';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SettingsPage } from '../../web-admin/pages/settings-page';
import { AWS_REGIONS } from '../../core';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { labelFor, validateSettings } from '../../web-admin/settings/settings-validation';
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
    fireEvent.click(screen.getByRole('combobox', { name: 'Default region' }));
    fireEvent.click(screen.getByRole('option', { name: 'US East (N. Virginia) — us-east-1' }));
    fireEvent.click(screen.getByRole('combobox', { name: 'Default AWS Support plan' }));
    fireEvent.click(screen.getByRole('option', { name: 'Enterprise On-Ramp' }));
    change('Company name', 'Cloudwise Partners');
    change('Footer text', 'Cloudwise · Confidential');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved (version 5).')).toBeTruthy();
    const body = api.calls.find((c) => c.method === 'updateSettings')?.args[0];
    expect(body).toEqual({
      version: 4,
      defaultRegion: 'us-east-1',
      defaultCurrency: 'USD',
      defaultSupportPlan: 'enterprise-on-ramp',
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
      adminIpAllowList: [],
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
    // The summary names the fields by their labels, never by internal keys or JSON paths.
    expect(
      await screen.findByText(
        'Fix 2 fields before saving: Rate 1 value must be a positive decimal such as 58.25 (units per 1 USD); Primary colour must be a colour such as #232F3E',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('must be a positive decimal such as 58.25 (units per 1 USD)'),
    ).toBeTruthy();
    expect(screen.getByText('must be a colour such as #232F3E')).toBeTruthy();
    expect(api.calls.some((c) => c.method === 'updateSettings')).toBe(false);
  });

  it("offers the regions of core's vocabulary by name and code, keeping an unlisted saved code", async () => {
    const api = new FakeAdminApi();
    api.settings = { ...SETTINGS, defaultRegion: 'ap-southeast-9' };
    renderPage(<SettingsPage api={api} />);
    const region = await screen.findByRole('combobox', { name: 'Default region' });
    expect(region.textContent).toBe('ap-southeast-9');
    fireEvent.click(region);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toHaveLength(AWS_REGIONS.length + 1);
    expect(options).toContain('Asia Pacific (Singapore) — ap-southeast-1');
    expect(options.at(-1)).toBe('ap-southeast-9');
  });

  it('says "never saved" for the built-in defaults (version 0), not the epoch', async () => {
    const api = new FakeAdminApi();
    api.settings = {
      ...SETTINGS,
      version: 0,
      updatedAt: '1970-01-01T00:00:00.000Z',
      updatedBy: '',
    };
    renderPage(<SettingsPage api={api} />);
    expect(await screen.findByText('Defaults in use, never saved')).toBeTruthy();
    expect(screen.queryByText(/1970/)).toBeNull();
  });

  it("shows the API's own refusals next to the fields, named by label", async () => {
    const api = new FakeAdminApi();
    renderPage(<SettingsPage api={api} />);
    await screen.findByDisplayValue('58.25');
    api.failNext = new ApiResponseError(
      400,
      {
        error: 'ValidationFailed',
        message: 'The request body is invalid: defaultCurrency: must be a currency the API knows',
        details: {
          issues: [{ path: 'defaultCurrency', message: 'must be a currency the API knows' }],
        },
      },
      '',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText(
        'Fix 1 field before saving: Default currency must be a currency the API knows',
      ),
    ).toBeTruthy();
    expect(screen.getByText('must be a currency the API knows')).toBeTruthy();
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
  it('labels each issue as the form does', () => {
    expect(labelFor('defaultRegion')).toBe('Default region');
    expect(labelFor('fxRates[0].asOf')).toBe('Rate 1 as of');
    expect(labelFor('discountPresets[2].percent')).toBe('Preset 3 percent');
    expect(labelFor('branding.accentColor')).toBe('Accent colour');
    const [issue] = validateSettings({ ...SETTINGS, defaultRegion: 'Singapore' });
    expect(issue).toMatchObject({ path: 'defaultRegion', label: 'Default region' });
  });

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
