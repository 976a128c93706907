import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { EstimationSummary } from '../../../core';
import { coverageShortText, isFullyPriced } from '../../../core';
import { moneyText } from '../../../client-shared/format/money-text';

export interface EstimationsPanelProps {
  readonly estimationId: string | null;
  readonly list: readonly EstimationSummary[];
  readonly busy: boolean;
  readonly onSave: (name: string) => void;
  readonly onRefresh: () => void;
  readonly onOpen: (id: string) => void;
  readonly onClone: () => void;
}

/** Save, open and clone estimations; the workbook remembers the one it holds. */
export function EstimationsPanel(props: EstimationsPanelProps) {
  const [name, setName] = useState('');
  return (
    <section aria-label="Estimations" style={{ display: 'grid', gap: 8 }}>
      <div>
        {props.estimationId
          ? `This workbook holds estimation ${props.estimationId}.`
          : 'Not saved yet.'}
      </div>
      <Field label="Name">
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" onClick={() => props.onSave(name)} disabled={props.busy}>
          Save
        </Button>
        <Button onClick={props.onClone} disabled={props.busy || !props.estimationId}>
          Clone
        </Button>
        <Button onClick={props.onRefresh} disabled={props.busy}>
          Refresh list
        </Button>
      </div>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {props.list.map((e) => (
          <li key={e.estimationId}>
            <Button appearance="subtle" size="small" onClick={() => props.onOpen(e.estimationId)}>
              {e.name}
            </Button>{' '}
            {e.customer}{' '}
            {e.monthlyTotal ? `· ${moneyText(e.monthlyTotal, e.currency ?? 'USD', 'code')}/mo` : ''}
            {e.coverage && !isFullyPriced(e.coverage) ? ` (${coverageShortText(e.coverage)})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
