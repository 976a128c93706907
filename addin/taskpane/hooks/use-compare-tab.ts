import type { Comparison, ScenarioSpec } from '../../../core';
import { linePricing } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import { runStep } from '../../workflow/step-runner';
import { compare } from '../../workflow/workbook-actions';

/** A cheapest scenario only on a complete like-for-like basis; otherwise what the comparison covers. */
export function comparisonMessage(comparison: Comparison): string {
  const n = comparison.scenarios.length;
  const basis = `${comparison.basis.text.charAt(0).toUpperCase()}${comparison.basis.text.slice(1)}`;
  if (comparison.cheapestScenario)
    return `"AWS Comparison" compares ${n} scenarios. ${basis}; cheapest: ${comparison.cheapestScenario}.`;
  const gaps = comparison.scenarios
    .map((e) => [e.scenario, e.lines.filter((l) => linePricing(l) !== 'priced').length] as const)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${name} ${count}`);
  const unpriced =
    gaps.length > 0 ? ` Lines not priced: ${gaps.join(', ')} (listed on the sheet).` : '';
  return `"AWS Comparison" compares ${n} scenarios. ${basis}; no scenario is named cheapest on an unequal basis.${unpriced}`;
}

/** The Compare tab: price the workbook under several scenarios into "AWS Comparison". */
export function useCompareTab(services: AddinServices): {
  onCompare: (scenarios: ScenarioSpec[]) => void;
} {
  const { store } = services;
  return {
    onCompare: (scenarios) =>
      void runStep(store, 'Compare', 'compare', async (signal, progress) => {
        const comparison = await compare(services, scenarios, signal, progress);
        store
          .getState()
          .say(
            comparison.cheapestScenario ? 'success' : 'warning',
            'Comparison written',
            comparisonMessage(comparison),
          );
      }),
  };
}
