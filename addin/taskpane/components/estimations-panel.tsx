import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { EstimationSummary } from '../../../core';
import { coverageShortText, isFullyPriced } from '../../../core';
import { moneyText } from '../../../client-shared/format/money-text';
import type { SaveDraft } from '../../workflow/estimation-actions';
import type { WorkbookLink } from '../../workflow/workbook-link';
import { dateText } from './date-text';

export interface EstimationsPanelProps {
  readonly link: WorkbookLink | null;
  readonly list: readonly EstimationSummary[];
  readonly listState: 'idle' | 'loading' | 'loaded' | 'failed';
  readonly listProblem?: string | null;
  readonly busy: boolean;
  /** The panel became visible: (re)load the list. */
  readonly onShow: () => void;
  readonly onSave: (draft: SaveDraft) => void;
  readonly onOpen: (id: string) => void;
  readonly onClone: () => void;
  /** Price the workbook again and compare with the saved result (catalog and sizing policy). */
  readonly onReprice: () => void;
}

/** Save this workbook's estimation; the user's estimations (loaded on showing) to open. */
export function EstimationsPanel(props: EstimationsPanelProps) {
  const { link, onShow } = props;
  const [name, setName] = useState(link?.name ?? '');
  const [customer, setCustomer] = useState(link?.customer ?? '');
  useEffect(() => {
    onShow();
  }, [onShow]);
  useEffect(() => {
    setName(link?.name ?? '');
    setCustomer(link?.customer ?? '');
  }, [link?.estimationId, link?.name, link?.customer]);
  return (
    <section aria-label="Estimations" style={{ display: 'grid', gap: 8, minWidth: 0 }}>
      <p style={{ margin: 0 }}>{linkText(link)}</p>
      <Field label="Name">
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="Customer">
        <Input value={customer} onChange={(_, d) => setCustomer(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button
          appearance="primary"
          onClick={() => props.onSave({ name, customer })}
          disabled={props.busy}
        >
          {link ? 'Save' : 'Save as new'}
        </Button>
        <Button onClick={props.onClone} disabled={props.busy || !link}>
          Clone
        </Button>
        <Button onClick={props.onReprice} disabled={props.busy || !link}>
          Re-price
        </Button>
      </div>
      <h3 style={{ margin: '8px 0 0', fontSize: 14 }}>Your estimations</h3>
      <EstimationList {...props} />
    </section>
  );
}

function EstimationList({
  link,
  list,
  listState,
  listProblem,
  busy,
  onOpen,
  onShow,
}: EstimationsPanelProps) {
  if (listState === 'loading' && list.length === 0)
    return <Spinner size="tiny" label="Loading your estimations…" />;
  if (listState === 'failed')
    return (
      <div role="alert">
        {listProblem}{' '}
        <Button size="small" onClick={onShow}>
          Try again
        </Button>
      </div>
    );
  if (listState === 'loaded' && list.length === 0)
    return <p style={{ margin: 0 }}>None saved yet.</p>;
  return (
    <ul aria-label="Your estimations" style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
      {list.map((e) => (
        <li key={e.estimationId} style={{ display: 'grid', padding: '4px 0', minWidth: 0 }}>
          <Button
            appearance="subtle"
            size="small"
            disabled={busy}
            onClick={() => onOpen(e.estimationId)}
            aria-label={`Open ${e.name}`}
            style={{ justifyContent: 'flex-start', overflowWrap: 'anywhere', textAlign: 'start' }}
          >
            {e.name}
            {link?.estimationId === e.estimationId ? ' (this workbook)' : ''}
          </Button>
          <span style={{ paddingLeft: 8, fontSize: 12, overflowWrap: 'anywhere' }}>
            {[
              e.customer,
              e.monthlyTotal
                ? `${moneyText(e.monthlyTotal, e.currency ?? 'USD', 'code')}/mo`
                : null,
              e.coverage && !isFullyPriced(e.coverage) ? coverageShortText(e.coverage) : null,
              dateText(e.updatedAt) ? `saved ${dateText(e.updatedAt)}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

function linkText(link: WorkbookLink | null): string {
  if (!link)
    return "Not saved yet: Save keeps this workbook's requirements and estimate in your estimations.";
  const who = link.customer ? ` for ${link.customer}` : '';
  const when = link.updatedAt ? `, saved ${dateText(link.updatedAt)}` : '';
  const version = link.version !== null ? ` (version ${link.version}${when})` : '';
  return `This workbook saves to "${link.name || 'its estimation'}"${who}${version}.`;
}
