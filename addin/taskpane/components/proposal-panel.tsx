import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { DocumentFormat } from '../../../core';
import { DOCUMENT_FORMAT_CHOICES, downloadLinkText } from './document-formats';

export interface ProposalPanelProps {
  readonly busy: boolean;
  readonly url: string | null;
  readonly format: DocumentFormat | null;
  readonly onGenerate: (format: DocumentFormat) => void;
  /** The ready job's warnings (DocumentJob.warnings): what the file leaves out and why. */
  readonly warnings?: readonly string[];
}

/** Generate a proposal for the saved estimation, preview it (PDF) and download it. */
export function ProposalPanel({ busy, url, format, onGenerate, warnings }: ProposalPanelProps) {
  const [choice, setChoice] = useState<DocumentFormat>('pdf');
  return (
    <section aria-label="Proposal" style={{ display: 'grid', gap: 8 }}>
      <Field label="Format">
        <Select value={choice} onChange={(_, d) => setChoice(d.value as DocumentFormat)}>
          {DOCUMENT_FORMAT_CHOICES.map((c) => (
            <option key={c.format} value={c.format}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => onGenerate(choice)} disabled={busy}>
        Generate proposal
      </Button>
      {url && (
        <>
          <Link href={url} target="_blank" rel="noopener noreferrer">
            {downloadLinkText(format)}
          </Link>
          {warnings && warnings.length > 0 && (
            // Shown beside the link: the file is usable, but the user must price these separately.
            <MessageBar intent="warning">
              <MessageBarBody>
                <MessageBarTitle>
                  {`The file leaves out ${warnings.length} item${warnings.length === 1 ? '' : 's'}; add ${warnings.length === 1 ? 'it' : 'them'} by hand:`}
                </MessageBarTitle>
                <ul aria-label="Left out of the file">
                  {warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
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
