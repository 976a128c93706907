import type { EstimateSettings, Requirements, ScenarioSpec, SystemSettings } from '../../../core';
import { BadRequestError } from '../../http/errors';

/**
 * The requirements as one scenario prices them: its region, pricing model and extra discounts
 * replace or extend the estimate's settings. Without an FX rate of their own, estimates are shown
 * in the system's default currency when the admin has published a rate for it.
 */
export function applyScenario(
  requirements: Requirements,
  scenario: ScenarioSpec | undefined,
  system: SystemSettings,
): Requirements {
  if (scenario?.graviton) {
    throw new BadRequestError(
      '$.scenario.graviton: Graviton swaps are priced by /calculations/compare only.',
    );
  }
  const base = requirements.settings;
  const settings: EstimateSettings = {
    ...base,
    ...(scenario?.region ? { region: scenario.region } : {}),
    ...(scenario?.pricingModel ? { pricingModel: scenario.pricingModel } : {}),
    ...(scenario?.discounts?.length
      ? { discounts: [...(base.discounts ?? []), ...scenario.discounts] }
      : {}),
    ...(base.fx ? {} : defaultFx(system)),
  };
  return { ...requirements, settings };
}

function defaultFx(system: SystemSettings): Pick<EstimateSettings, 'fx'> {
  if (system.defaultCurrency === 'USD') return {};
  const rate = system.fxRates.find((r) => r.currency === system.defaultCurrency);
  return rate ? { fx: rate } : {};
}
