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

import { openOutside } from '../open-url';

export interface ProposalPanelProps {
  readonly busy: boolean;
  readonly url: string | null;
  readonly format: DocumentFormat | null;
  readonly onGenerate: (format: DocumentFormat) => void;
  /** The ready job's warnings (DocumentJob.warnings): what the file leaves out and why. */
  readonly warnings?: readonly string[];
  /** Open the file outside the pane (the CSP frames nothing); default: Office's browser window. */
  readonly onOpen?: (url: string) => void;
}

/** Generate a proposal for the saved estimation, open it (preview) or download it. */
export function ProposalPanel({
  busy,
  url,
  format,
  onGenerate,
  warnings,
  onOpen = openOutside,
}: ProposalPanelProps) {
  const [choice, setChoice] = useState<DocumentFormat>('pdf');
  return (
    <section aria-label="Proposal" style={{ display: 'grid', gap: 8, minWidth: 0 }}>
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
          <Link
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
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
            <Button onClick={() => onOpen(url)}>Preview the PDF in your browser</Button>
          )}
        </>
      )}
    </section>
  );
}
