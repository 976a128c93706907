import type {
  EstimateSettings,
  Requirements,
  Scenario,
  ScenarioSpec,
  SystemSettings,
} from '../../../core';

/**
 * The API's ScenarioSpec as core's Scenario (region, pricing model, discounts, Graviton swap,
 * sizing policy).
 * Estimates without an FX rate of their own are shown in the system's default currency when the
 * admin has published a rate for it (Admin → Settings).
 */
export function toScenario(
  spec: ScenarioSpec | undefined,
  requirements: Requirements,
  system: SystemSettings,
): Scenario {
  return {
    name: spec?.name ?? 'Base',
    ...(spec?.region ? { region: spec.region } : {}),
    ...(spec?.pricingModel ? { pricingModel: spec.pricingModel } : {}),
    ...(spec?.discounts ? { discounts: spec.discounts } : {}),
    ...(spec?.graviton ? { architecture: 'arm64' as const } : {}),
    ...(spec?.sizingPolicy ? { sizingPolicy: spec.sizingPolicy } : {}),
    ...(requirements.settings.fx ? {} : { settings: defaultFx(system) }),
  };
}

function defaultFx(system: SystemSettings): Partial<EstimateSettings> {
  if (system.defaultCurrency === 'USD') return {};
  const rate = system.fxRates.find((r) => r.currency === system.defaultCurrency);
  return rate ? { fx: rate } : {};
}
