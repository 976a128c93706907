import type { CatalogSnapshot, Comparison, Estimate, Requirements, ScenarioSpec } from '../../core';

/** The catalog the calculations use: loaded once per container and cached. */
export interface CatalogSource {
  snapshot(): Promise<CatalogSnapshot>;
}

/** core's engine behind a port so use cases are tested without a real catalog. */
export interface PricingEngine {
  cost(requirements: Requirements, scenario: ScenarioSpec | undefined): Promise<Estimate>;
  compare(requirements: Requirements, scenarios: readonly ScenarioSpec[]): Promise<Comparison>;
  catalogVersion(): Promise<string>;
}
