import { Button } from '@fluentui/react-components';
import type { Estimate } from '../../../core';
import { coverageText, isFullyPriced } from '../../../core';
import { moneyText } from '../../../client-shared/format/money-text';
import type { WorkbookIssue } from '../../excel/workbook-port';
import { IssueList } from './issue-list';

export interface WorkbookPanelProps {
  readonly format: string | null;
  readonly issues: readonly WorkbookIssue[];
  readonly estimate: Estimate | null;
  readonly busy: boolean;
  readonly onInsertTemplate: () => void;
  readonly onValidate: () => void;
  readonly onCalculate: () => void;
  readonly onSelectIssue: (issue: WorkbookIssue) => void;
}

/** The open workbook: its format, validation in place, and the calculation. */
export function WorkbookPanel(props: WorkbookPanelProps) {
  const { format, issues, estimate, busy } = props;
  return (
    <section aria-label="Workbook" style={{ display: 'grid', gap: 8 }}>
      <div>Format: {format ?? 'not checked yet — press Validate'}</div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button onClick={props.onInsertTemplate} disabled={busy}>
          Insert template
        </Button>
        <Button onClick={props.onValidate} disabled={busy}>
          Validate
        </Button>
        <Button appearance="primary" onClick={props.onCalculate} disabled={busy}>
          Calculate
        </Button>
      </div>
      <IssueList issues={issues} onSelect={props.onSelectIssue} />
      {estimate && (
        <p aria-label="Estimate summary">
          Monthly {moneyText(estimate.totals.monthly, estimate.currency, 'code')} · first 12 months{' '}
          {moneyText(estimate.totals.first12Months, estimate.currency, 'code')} ·{' '}
          {estimate.lines.length} lines · catalog {estimate.catalogVersion}
        </p>
      )}
      {estimate && !isFullyPriced(estimate.coverage) && (
        <p aria-label="Estimate coverage" style={{ color: '#9C5700' }}>
          Coverage: {coverageText(estimate.coverage)}
        </p>
      )}
    </section>
  );
}
