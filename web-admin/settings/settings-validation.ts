import type { Discount, FxRate, SystemSettings } from '../../core';
import { addressInRanges, allowListIssues, allowListLabel, isRegionCode } from '../../core';

/**
 * Checks the settings form before PUT /admin/settings, with the same rules as the API's schema
 * (backend/routes/schemas/admin.ts), so an admin sees every problem at once, next to its field.
 */
export interface SettingsIssue {
  /** JSON path, e.g. `fxRates[1].rate`: which field shows the message. */
  readonly path: string;
  /** The field's label as the form shows it, e.g. `Rate 2 value`: what a summary names. */
  readonly label: string;
  readonly message: string;
}

const LABELS: Readonly<Record<string, string>> = {
  defaultRegion: 'Default region',
  defaultCurrency: 'Default currency',
  name: 'name',
  percent: 'percent',
  currency: 'currency',
  rate: 'value',
  asOf: 'as of',
  'branding.companyName': 'Company name',
  'branding.primaryColor': 'Primary colour',
  'branding.accentColor': 'Accent colour',
  'branding.footerText': 'Footer text',
  'branding.disclaimer': 'Disclaimer',
  adminIpAllowList: 'Admin IP allow-list',
};

/**
 * The label of the field at a JSON path (with or without the API's leading `$.`), the way the
 * editors name it (`Preset 1 percent`, `Allowed range 2`).
 */
export function labelFor(jsonPath: string): string {
  const path = formPath(jsonPath);
  const range = /^adminIpAllowList\[(\d+)\]$/.exec(path);
  if (range) return allowListLabel(Number(range[1]));
  const row = /^(discountPresets|fxRates)\[(\d+)\]\.(\w+)$/.exec(path);
  if (row) {
    const [, list, index, field] = row;
    return `${list === 'fxRates' ? 'Rate' : 'Preset'} ${Number(index) + 1} ${LABELS[field ?? ''] ?? field}`;
  }
  return LABELS[path] ?? path;
}

/** A path of the API's issues (`$.fxRates[0].rate`) as the form's fields name it (`fxRates[0].rate`). */
export function formPath(path: string): string {
  return path.replace(/^\$\.?/, '');
}

function issue(path: string, message: string): SettingsIssue {
  return { path, label: labelFor(path), message };
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const CURRENCY = /^[A-Z]{3}$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function discountIssues(d: Discount, i: number): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  if (!d.name.trim()) out.push(issue(`discountPresets[${i}].name`, 'needs a name'));
  if (!Number.isFinite(d.percent) || d.percent <= 0 || d.percent > 100)
    out.push(
      issue(`discountPresets[${i}].percent`, 'must be a percentage above 0 and at most 100'),
    );
  return out;
}

function fxIssues(r: FxRate, i: number): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  if (!CURRENCY.test(r.currency))
    out.push(issue(`fxRates[${i}].currency`, 'must be an ISO 4217 code such as PHP'));
  if (!DECIMAL.test(r.rate) || Number(r.rate) === 0)
    out.push(
      issue(`fxRates[${i}].rate`, 'must be a positive decimal such as 58.25 (units per 1 USD)'),
    );
  if (!DATE.test(r.asOf) || Number.isNaN(Date.parse(r.asOf)))
    out.push(issue(`fxRates[${i}].asOf`, 'must be the date the rate was taken, YYYY-MM-DD'));
  return out;
}

/**
 * The allow-list's entries, and the lock-out guard the API applies: a non-empty list must contain
 * the address this console calls from (`sourceIp`, from GET /admin/whoami; unknown = not checked).
 */
function allowListProblems(list: readonly string[], sourceIp: string | null): SettingsIssue[] {
  const entries = allowListIssues(list).map((i) =>
    issue(`adminIpAllowList[${i.index}]`, i.message),
  );
  if (entries.length || list.length === 0 || !sourceIp || addressInRanges(sourceIp, list))
    return entries;
  return [
    issue(
      'adminIpAllowList',
      `must contain your current address ${sourceIp}, or saving would lock you out; add a range containing it or remove every range`,
    ),
  ];
}

export function validateSettings(
  s: SystemSettings,
  sourceIp: string | null = null,
): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (!isRegionCode(s.defaultRegion))
    issues.push(issue('defaultRegion', 'must be a region code such as ap-southeast-1'));
  if (!CURRENCY.test(s.defaultCurrency))
    issues.push(issue('defaultCurrency', 'must be an ISO 4217 code such as USD'));
  s.discountPresets.forEach((d, i) => issues.push(...discountIssues(d, i)));
  s.fxRates.forEach((r, i) => issues.push(...fxIssues(r, i)));
  const seen = new Set<string>();
  s.fxRates.forEach((r, i) => {
    if (seen.has(r.currency))
      issues.push(
        issue(
          `fxRates[${i}].currency`,
          `${r.currency} is listed twice; keep one rate per currency`,
        ),
      );
    seen.add(r.currency);
  });
  const b = s.branding;
  if (!b.companyName.trim())
    issues.push(issue('branding.companyName', 'is required on every proposal cover'));
  if (!COLOUR.test(b.primaryColor))
    issues.push(issue('branding.primaryColor', 'must be a colour such as #232F3E'));
  if (!COLOUR.test(b.accentColor))
    issues.push(issue('branding.accentColor', 'must be a colour such as #FF9900'));
  if (b.footerText.length > 500)
    issues.push(issue('branding.footerText', 'must be at most 500 characters'));
  if (b.disclaimer.length > 2000)
    issues.push(issue('branding.disclaimer', 'must be at most 2000 characters'));
  issues.push(...allowListProblems(s.adminIpAllowList, sourceIp));
  return issues;
}

export function issueFor(issues: readonly SettingsIssue[], path: string): string | undefined {
  return issues.find((i) => i.path === path)?.message;
}
