import type { Discount, EstimateSettings } from '../../requirements/requirements';
import { SERVICE_KINDS } from '../../requirements/requirement-items';
import { ON_DEMAND_MODEL } from '../../requirements/pricing-model';
import type { SizingPolicy } from '../../requirements/sizing-policy';
import {
  MAX_POLICY_GENERATION,
  PROCESSOR_CHOICE_LABELS,
  parseProcessorChoice,
} from '../../requirements/sizing-policy';
import type { GridSheet } from '../grid/grid';
import { lastRow, valueAt } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { normalizeHeader } from '../read/header-match';
import { RowReader } from '../read/row-reader';
import { readRegion } from '../read/data-rows';
import { SETTING_DEFS } from '../formats/template-lists';
import type { SettingKey } from '../formats/template-lists';
import { parsePricingModel } from '../../vocabulary/pricing-models';
import { SUPPORT_PLAN_KINDS, parseYesNo, wordOf } from '../../vocabulary/items';

export interface TemplateSettings {
  readonly settings: EstimateSettings;
  readonly name?: string;
  readonly customer?: string;
}

const VALUE_COLUMN = 2;

/**
 * Reads the Settings sheet (label in column A, value in column B; labels matched like headers,
 * so rows may be reordered). Missing sheet or blank region: region falls back to `defaultRegion`.
 */
export function readSettingsSheet(
  sheet: GridSheet | undefined,
  issues: IssueCollector,
  defaultRegion: string,
): TemplateSettings {
  if (!sheet) return { settings: { region: defaultRegion, pricingModel: ON_DEMAND_MODEL } };
  const rowOf = new Map<SettingKey, number>();
  for (let row = sheet.startRow ?? 1; row <= lastRow(sheet); row++) {
    const label = valueAt(sheet, row, 1);
    if (typeof label !== 'string') continue;
    const def = SETTING_DEFS.find((d) => normalizeHeader(d.label) === normalizeHeader(label));
    if (def && !rowOf.has(def.key)) rowOf.set(def.key, row);
  }
  const read = <T>(key: SettingKey, fn: (r: RowReader<'value'>) => T): T | undefined => {
    const row = rowOf.get(key);
    return row === undefined
      ? undefined
      : fn(new RowReader(sheet, row, new Map([['value', VALUE_COLUMN]]), issues));
  };
  const pct = (key: SettingKey, label: string) =>
    read(key, (r) => r.number('value', label, { unit: 'percent', min: 0, max: 100 }));

  const region = read('region', (r) => readRegion(r, 'value')) ?? defaultRegion;
  const pricingModel =
    read('pricingModel', (r) =>
      r.choice(
        'value',
        'pricing model',
        parsePricingModel,
        'On-Demand or e.g. "1 Yr No Upfront Compute Savings Plan"',
      ),
    ) ?? ON_DEMAND_MODEL;
  const hoursPerMonth = read('hoursPerMonth', (r) =>
    r.number('value', 'hours per month', { unit: 'hours', min: 1, max: 744 }),
  );
  const discountPct = pct('discountPct', 'discount');
  const serviceDiscounts = read('serviceDiscounts', readServiceDiscounts) ?? [];
  const currency = read('currency', (r) => r.text('value', 'currency'))?.toUpperCase() ?? 'USD';
  if (!/^[A-Z]{3}$/.test(currency))
    issues.error(
      sheet.name,
      rowOf.get('currency')!,
      VALUE_COLUMN,
      'currency.code',
      `currency must be a 3-letter ISO code such as USD, got ${JSON.stringify(currency)}`,
    );
  const fxRate = read('fxRate', (r) =>
    r.number('value', 'FX rate', { unit: `${currency} per USD`, min: 0, exclusiveMin: true }),
  );
  const fxDate = read('fxDate', (r) => r.text('value', 'FX rate date'));
  if (currency !== 'USD' && (fxRate === undefined || fxDate === undefined)) {
    issues.error(
      sheet.name,
      rowOf.get('fxRate') ?? null,
      rowOf.has('fxRate') ? VALUE_COLUMN : null,
      'fx.required',
      `currency ${currency} needs an FX rate (per USD) and the date it was taken`,
    );
  }
  const supportPlan = read('supportPlan', (r) =>
    r.choice(
      'value',
      'support plan',
      (t) => wordOf(SUPPORT_PLAN_KINDS, t),
      SUPPORT_PLAN_KINDS.join(', '),
    ),
  );
  const freeTier = read('freeTier', (r) => r.choice('value', 'free tier', parseYesNo, 'Yes, No'));
  const sizingPolicy = readSizingPolicy(read);
  const settings: EstimateSettings = {
    region,
    pricingModel,
    hoursPerMonth,
    discounts:
      discountPct || serviceDiscounts.length
        ? [
            ...(discountPct ? [{ name: 'Customer discount', percent: discountPct }] : []),
            ...serviceDiscounts,
          ]
        : undefined,
    partnerMarginPct: pct('partnerMarginPct', 'partner margin') || undefined,
    taxPct: pct('taxPct', 'tax') || undefined,
    fx:
      currency !== 'USD' && fxRate !== undefined && fxDate !== undefined
        ? { currency, rate: String(fxRate), asOf: fxDate.slice(0, 10) }
        : undefined,
    supportPlan,
    ...(freeTier ? { freeTier } : {}),
    ...(sizingPolicy ? { sizingPolicy } : {}),
  };
  return {
    settings,
    name: read('name', (r) => r.text('value', 'estimate name')),
    customer: read('customer', (r) => r.text('value', 'customer')),
  };
}

type ReadSetting = <T>(key: SettingKey, fn: (r: RowReader<'value'>) => T) => T | undefined;

/** Burstable types, Processor and Minimum generation: the sizing policy (undefined when all blank). */
function readSizingPolicy(read: ReadSetting): SizingPolicy | undefined {
  const burstable = read('burstable', (r) =>
    r.choice('value', 'burstable types', parseYesNo, 'Yes, No'),
  );
  const processor = read('processor', (r) =>
    r.choice('value', 'processor', parseProcessorChoice, PROCESSOR_CHOICE_LABELS.join(', ')),
  );
  const minGeneration = read('minGeneration', (r) =>
    r.number('value', 'minimum generation', {
      integer: true,
      min: 1,
      max: MAX_POLICY_GENERATION,
    }),
  );
  const policy: SizingPolicy = {
    ...(burstable !== undefined ? { burstable } : {}),
    ...(processor !== undefined ? { processor } : {}),
    ...(minGeneration !== undefined ? { minGeneration } : {}),
  };
  return Object.keys(policy).length > 0 ? policy : undefined;
}

/** `ec2=10; rds=5` -> one discount per service; each entry must name a service kind and a percent. */
function readServiceDiscounts(r: RowReader<'value'>): Discount[] {
  const text = r.text('value', 'service discounts');
  if (text === undefined) return [];
  const out: Discount[] = [];
  for (const entry of text
    .split(/[;,\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([a-z0-9-]+)\s*[=:]\s*(\d+(?:\.\d+)?)\s*%?$/i.exec(entry);
    const service = m?.[1]?.toLowerCase();
    const percent = m ? Number(m[2]) : NaN;
    if (
      !m ||
      !service ||
      !(SERVICE_KINDS as readonly string[]).includes(service) ||
      percent > 100
    ) {
      r.fail(
        'value',
        'discount.service',
        `service discounts must be entries like "ec2=10" with a service kind (${SERVICE_KINDS.join(', ')}) and a percent 0-100, got ${JSON.stringify(entry)}`,
      );
      continue;
    }
    out.push({ name: `${service} discount`, percent, services: [service] });
  }
  return out;
}
