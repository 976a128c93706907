import { Button, Field, Link, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { DocumentFormat } from '../../../core';

export interface ProposalPanelProps {
  readonly busy: boolean;
  readonly url: string | null;
  readonly format: DocumentFormat | null;
  readonly onGenerate: (format: DocumentFormat) => void;
}

/** Generate a proposal for the saved estimation, preview it (PDF) and download it. */
export function ProposalPanel({ busy, url, format, onGenerate }: ProposalPanelProps) {
  const [choice, setChoice] = useState<DocumentFormat>('pdf');
  return (
    <section aria-label="Proposal" style={{ display: 'grid', gap: 8 }}>
      <Field label="Format">
        <Select value={choice} onChange={(_, d) => setChoice(d.value as DocumentFormat)}>
          <option value="pdf">PDF</option>
          <option value="docx">Word</option>
          <option value="xlsx">Excel</option>
        </Select>
      </Field>
      <Button onClick={() => onGenerate(choice)} disabled={busy}>
        Generate proposal
      </Button>
      {url && (
        <>
          <Link href={url} target="_blank" rel="noopener noreferrer">
            Download the {format?.toUpperCase()} proposal
          </Link>
          {format === 'pdf' && (
            <iframe
              title="Proposal preview"
              src={url}
              style={{ width: '100%', height: 320, border: 0 }}
            />
          )}
        </>
      )}
    </section>
  );
}
