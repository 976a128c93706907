import { useCallback, useState } from 'react';
import type { EstimationSummary } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import { cloneEstimation } from '../../workflow/estimation-actions';
import { describeFailure, runStep } from '../../workflow/step-runner';
import type { EstimationsPanelProps } from '../components/estimations-panel';
import { openStep, repriceStep, saveStep } from './estimation-steps';

export type EstimationsTab = Pick<
  EstimationsPanelProps,
  'list' | 'listState' | 'listProblem' | 'onShow' | 'onSave' | 'onOpen' | 'onClone' | 'onReprice'
>;

/** The Estimations tab: save this workbook's estimation; list (loaded on showing), open, clone. */
export function useEstimationsTab(services: AddinServices): EstimationsTab {
  const { store, api } = services;
  const [list, setList] = useState<readonly EstimationSummary[]>([]);
  const [listState, setListState] = useState<EstimationsPanelProps['listState']>('idle');
  const [listProblem, setListProblem] = useState<string | null>(null);

  // Quiet: a list (re)load is no step of its own, so it never replaces a Save or Open message;
  // a failure shows in the list's place.
  const load = useCallback(async () => {
    setListState('loading');
    try {
      setList((await api.listEstimations()).items);
      setListState('loaded');
    } catch (error) {
      setListProblem(describeFailure('Loading your estimations', error).text);
      setListState('failed');
    }
  }, [api]);

  const onShow = useCallback(() => void load(), [load]);

  return {
    list,
    listState,
    listProblem,
    onShow,
    onSave: (draft) => void saveStep(services, draft).then(load),
    onOpen: (id) => void openStep(services, id),
    onReprice: () => void repriceStep(services, 'current'),
    onClone: () =>
      void runStep(store, 'Clone', 'estimation', async (signal) => {
        const clone = await cloneEstimation(services, signal);
        store
          .getState()
          .say('success', 'Cloned', `This workbook now saves to the copy "${clone.name}".`);
      }).then(load),
  };
}
