import { useState } from 'react';
import type { DocumentFormat } from '../../../core';
import type { AddinServices } from '../../runtime/services';
import { generateProposal } from '../../workflow/proposal-actions';
import { runStep } from '../../workflow/step-runner';
import type { ProposalPanelProps } from '../components/proposal-panel';

export type ProposalTab = Pick<ProposalPanelProps, 'url' | 'format' | 'warnings' | 'onGenerate'>;

/** The Proposal tab: generate a document of the saved estimation and link to the ready file. */
export function useProposalTab(services: AddinServices): ProposalTab {
  const { store } = services;
  const [proposal, setProposal] = useState<{
    url: string;
    format: DocumentFormat;
    warnings?: readonly string[];
  } | null>(null);
  return {
    url: proposal?.url ?? null,
    format: proposal?.format ?? null,
    warnings: proposal?.warnings,
    onGenerate: (format) =>
      void runStep(store, 'Generate proposal', 'proposal', async (signal, progress) => {
        const { url, job } = await generateProposal(services, format, signal, progress);
        setProposal({ url, format, warnings: job.warnings });
      }),
  };
}
