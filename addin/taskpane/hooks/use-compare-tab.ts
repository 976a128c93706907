import type { ScenarioSpec } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import { runStep } from '../../workflow/step-runner';
import { compare } from '../../workflow/workbook-actions';

/** The Compare tab: price the workbook under several scenarios into "AWS Comparison". */
export function useCompareTab(services: AddinServices): {
  onCompare: (scenarios: ScenarioSpec[]) => void;
} {
  const { store } = services;
  return {
    onCompare: (scenarios) =>
      void runStep(store, 'Compare', async (signal, progress) => {
        const comparison = await compare(services, scenarios, signal, progress);
        store
          .getState()
          .say(
            'success',
            'Comparison written',
            `"AWS Comparison" compares ${comparison.scenarios.length} scenarios; cheapest: ${comparison.cheapestScenario}.`,
          );
      }),
  };
}
