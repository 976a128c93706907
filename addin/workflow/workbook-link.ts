import type { Discount, Estimation, SizingPolicy } from '../../core';
import { sizingPolicyProblems } from '../../core';
import type { WorkbookPort } from '../excel/workbook-port';

/**
 * The saved estimation a workbook holds, kept in the workbook's own settings (Excel's
 * `workbook.settings`: saved with the file, private to this add-in), so a reopened workbook
 * reconnects to its estimation and Save updates it instead of creating a duplicate.
 */
export interface WorkbookLink {
  readonly estimationId: string;
  /** The version this workbook last saved or opened: what the next Save sends (optimistic lock). */
  readonly version: number | null;
  readonly region: string;
  readonly name: string;
  /** From the API when the pane has read the estimation: shown, never stored. */
  readonly customer?: string;
  readonly updatedAt?: string;
}

/** `{estimationId, version, region, name}` as JSON. */
export const SETTING_ESTIMATION = 'awsCost.estimation';
/** Before issue 16 the workbook kept only the id; still read, replaced on the next save. */
export const LEGACY_SETTING_ESTIMATION_ID = 'awsCost.estimationId';
/** The customer discount of this workbook (`Discount[]` as JSON). */
export const SETTING_DISCOUNTS = 'awsCost.discounts';
/** The sizing policy of this workbook (`SizingPolicy` as JSON). */
export const SETTING_SIZING_POLICY = 'awsCost.sizingPolicy';

export function linkOf(estimation: Estimation): WorkbookLink {
  return {
    estimationId: estimation.estimationId,
    version: estimation.version,
    region: estimation.requirements.settings.region,
    name: estimation.name,
    customer: estimation.customer,
    updatedAt: estimation.updatedAt,
  };
}

/** The link stored in the workbook; null when there is none or it cannot be read (then it is ignored). */
export async function readLink(workbook: WorkbookPort): Promise<WorkbookLink | null> {
  const stored = parseLink(await workbook.getSetting(SETTING_ESTIMATION));
  if (stored) return stored;
  const legacyId = await workbook.getSetting(LEGACY_SETTING_ESTIMATION_ID);
  return legacyId ? { estimationId: legacyId, version: null, region: '', name: '' } : null;
}

export async function writeLink(workbook: WorkbookPort, link: WorkbookLink): Promise<void> {
  const { estimationId, version, region, name } = link;
  await workbook.setSetting(
    SETTING_ESTIMATION,
    JSON.stringify({ estimationId, version, region, name }),
  );
}

export function parseLink(raw: string | null): WorkbookLink | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.estimationId !== 'string' || v.estimationId === '') return null;
  return {
    estimationId: v.estimationId,
    version: typeof v.version === 'number' && Number.isInteger(v.version) ? v.version : null,
    region: typeof v.region === 'string' ? v.region : '',
    name: typeof v.name === 'string' ? v.name : '',
  };
}

export async function readDiscounts(workbook: WorkbookPort): Promise<Discount[]> {
  const raw = await workbook.getSetting(SETTING_DISCOUNTS);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (d): d is Discount =>
        !!d &&
        typeof d === 'object' &&
        typeof (d as Discount).name === 'string' &&
        typeof (d as Discount).percent === 'number' &&
        (d as Discount).percent > 0 &&
        (d as Discount).percent < 100,
    );
  } catch {
    return [];
  }
}

export async function writeDiscounts(
  workbook: WorkbookPort,
  discounts: readonly Discount[],
): Promise<void> {
  await workbook.setSetting(SETTING_DISCOUNTS, JSON.stringify(discounts));
}

/** The workbook's sizing policy; `{}` (the default policy) when none or one that is not valid. */
export async function readSizingPolicy(workbook: WorkbookPort): Promise<SizingPolicy> {
  const raw = await workbook.getSetting(SETTING_SIZING_POLICY);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const policy = parsed as SizingPolicy;
    return sizingPolicyProblems(policy).length === 0 ? policy : {};
  } catch {
    return {};
  }
}

export async function writeSizingPolicy(
  workbook: WorkbookPort,
  policy: SizingPolicy,
): Promise<void> {
  await workbook.setSetting(SETTING_SIZING_POLICY, JSON.stringify(policy));
}
