import type { Adjustment } from '../estimate/estimate';
import type { EstimateSettings } from '../requirements/requirements';
import type { Charges } from './charges';
import { addCharges } from './charges';
import { RulesInputError } from './rules-input-error';

/** A service's list charges (support added as service `support`): what per-service discounts apply to. */
export interface ServiceCharges {
  readonly service: string;
  readonly charges: Charges;
}

/** Where the rules stand after each step. */
export interface RulesState {
  /** List prices of all lines (USD). */
  readonly list: Charges;
  readonly byService: readonly ServiceCharges[];
  /** The total so far: list, then each adjustment added (FX replaces it with the converted total). */
  readonly running: Charges;
  readonly adjustments: readonly Adjustment[];
}

/** One business rule: the state after it, or the same state when its setting is absent. */
export type Rule = (state: RulesState, settings: EstimateSettings, asOf: string) => RulesState;

/** The state with `adjustment` recorded and `delta` added to the running total. */
export function withAdjustment(
  state: RulesState,
  adjustment: Adjustment,
  delta: Charges,
): RulesState {
  return {
    ...state,
    running: addCharges(state.running, delta),
    adjustments: [...state.adjustments, adjustment],
  };
}

export function checkPct(field: string, value: number, allowNegative = false): void {
  if (!Number.isFinite(value) || value > 100 || (!allowNegative && value < 0)) {
    throw new RulesInputError(
      field,
      `must be a percentage between ${allowNegative ? '-100' : '0'} and 100, got ${value}.`,
    );
  }
}
