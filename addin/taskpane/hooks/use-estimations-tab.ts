import { useState } from 'react';
import type { AddinServices } from '../../runtime/services';
import { cloneEstimation, openEstimation, saveEstimation } from '../../workflow/estimation-actions';
import { runStep } from '../../workflow/step-runner';
import type { EstimationsPanelProps } from '../components/estimations-panel';

export type EstimationsTab = Pick<
  EstimationsPanelProps,
  'list' | 'onSave' | 'onRefresh' | 'onOpen' | 'onClone'
>;

/** The Estimations tab: save this workbook's estimation, list, open and clone saved ones. */
export function useEstimationsTab(services: AddinServices): EstimationsTab {
  const { store, api } = services;
  const [list, setList] = useState<EstimationsPanelProps['list']>([]);
  return {
    list,
    onSave: (name) =>
      void runStep(store, 'Save', async (signal) => {
        const saved = await saveEstimation(services, name, signal);
        store
          .getState()
          .say('success', 'Saved', `Estimation "${saved.name}" saved (version ${saved.version}).`);
      }),
    onRefresh: () =>
      void runStep(store, 'Load estimations', async (signal) =>
        setList((await api.listEstimations(signal)).items),
      ),
    onOpen: (id) =>
      void runStep(
        store,
        'Open',
        async (signal) => void (await openEstimation(services, id, signal)),
      ),
    onClone: () =>
      void runStep(store, 'Clone', async (signal) => {
        const clone = await cloneEstimation(services, signal);
        store
          .getState()
          .say('success', 'Cloned', `This workbook now holds the copy "${clone.name}".`);
      }),
  };
}
