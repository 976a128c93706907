import type { Discount, FxRate, SystemSettings } from '../../core';
import { isRegionCode } from '../../core';

/**
 * Checks the settings form before PUT /admin/settings, with the same rules as the API's schema
 * (backend/routes/schemas/admin.ts), so an admin sees every problem at once, next to its field.
 */
export interface SettingsIssue {
  /** JSON path, e.g. `fxRates[1].rate`. */
  readonly path: string;
  readonly message: string;
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const CURRENCY = /^[A-Z]{3}$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function discountIssues(d: Discount, i: number): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  if (!d.name.trim()) out.push({ path: `discountPresets[${i}].name`, message: 'needs a name' });
  if (!Number.isFinite(d.percent) || d.percent <= 0 || d.percent > 100)
    out.push({
      path: `discountPresets[${i}].percent`,
      message: 'must be a percentage above 0 and at most 100',
    });
  return out;
}

function fxIssues(r: FxRate, i: number): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  if (!CURRENCY.test(r.currency))
    out.push({ path: `fxRates[${i}].currency`, message: 'must be an ISO 4217 code such as PHP' });
  if (!DECIMAL.test(r.rate) || Number(r.rate) === 0)
    out.push({
      path: `fxRates[${i}].rate`,
      message: 'must be a positive decimal such as 58.25 (units per 1 USD)',
    });
  if (!DATE.test(r.asOf) || Number.isNaN(Date.parse(r.asOf)))
    out.push({
      path: `fxRates[${i}].asOf`,
      message: 'must be the date the rate was taken, YYYY-MM-DD',
    });
  return out;
}

export function validateSettings(s: SystemSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (!isRegionCode(s.defaultRegion))
    issues.push({ path: 'defaultRegion', message: 'must be a region code such as ap-southeast-1' });
  if (!CURRENCY.test(s.defaultCurrency))
    issues.push({ path: 'defaultCurrency', message: 'must be an ISO 4217 code such as USD' });
  s.discountPresets.forEach((d, i) => issues.push(...discountIssues(d, i)));
  s.fxRates.forEach((r, i) => issues.push(...fxIssues(r, i)));
  const seen = new Set<string>();
  s.fxRates.forEach((r, i) => {
    if (seen.has(r.currency))
      issues.push({
        path: `fxRates[${i}].currency`,
        message: `${r.currency} is listed twice; keep one rate per currency`,
      });
    seen.add(r.currency);
  });
  const b = s.branding;
  if (!b.companyName.trim())
    issues.push({ path: 'branding.companyName', message: 'is required on every proposal cover' });
  if (!COLOUR.test(b.primaryColor))
    issues.push({ path: 'branding.primaryColor', message: 'must be a colour such as #232F3E' });
  if (!COLOUR.test(b.accentColor))
    issues.push({ path: 'branding.accentColor', message: 'must be a colour such as #FF9900' });
  if (b.footerText.length > 500)
    issues.push({ path: 'branding.footerText', message: 'must be at most 500 characters' });
  if (b.disclaimer.length > 2000)
    issues.push({ path: 'branding.disclaimer', message: 'must be at most 2000 characters' });
  return issues;
}

export function issueFor(issues: readonly SettingsIssue[], path: string): string | undefined {
  return issues.find((i) => i.path === path)?.message;
}
