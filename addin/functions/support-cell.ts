import { Decimal, RulesInputError, parseSupportSpec, supportFee } from '../../core';
import type { SupportSpec } from '../../core';
import { ArgumentError } from './function-errors';
import { requiredNumber } from './function-args';

/**
 * AWS Support's monthly fee on the month's AWS charges, by the engine's own rule (core/rules
 * supportFee: the greater of the plan's minimum or its tiered percentages), dated today.
 */
export function supportCell(plan: unknown, monthlyCharges: unknown, asOf: string): number {
  const charges = requiredNumber(monthlyCharges, 'monthly charges', 0);
  return supportFeeOf(specOf(`${String(plan ?? '').trim()} ${charges}`), asOf);
}

/** =AWS.COST("support", "business-plus 2500"). */
export function supportSpecCell(spec: unknown, asOf: string): number {
  return supportFeeOf(specOf(String(spec ?? '')), asOf);
}

function specOf(text: string): SupportSpec {
  try {
    return parseSupportSpec(text);
  } catch (error) {
    throw new ArgumentError(error instanceof Error ? error.message : String(error));
  }
}

function supportFeeOf(spec: SupportSpec, asOf: string): number {
  try {
    return supportFee(spec.plan, Decimal.from(spec.monthlyCharges), asOf).fee.toNumber();
  } catch (error) {
    if (error instanceof RulesInputError) throw new ArgumentError(error.message);
    throw error;
  }
}
