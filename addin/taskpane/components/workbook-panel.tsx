import { Button, Link, tokens } from '@fluentui/react-components';
import type { Estimate, Requirements } from '../../../core';
import { coverageText, isFullyPriced } from '../../../core';
import type { WorkbookIssue } from '../../excel/workbook-port';
import { EstimateSummary } from './estimate-summary';
import { FirstRunPanel } from './first-run-panel';
import { IssueList } from './issue-list';

export interface WorkbookPanelProps {
  readonly format: string | null;
  readonly issues: readonly WorkbookIssue[];
  readonly estimate: Estimate | null;
  readonly requirements: Requirements | null;
  readonly busy: boolean;
  readonly onInsertTemplate: () => void;
  readonly onValidate: () => void;
  readonly onCalculate: () => void;
  readonly onSelectIssue: (issue: WorkbookIssue) => void;
  readonly onSelectCell: (sheet: string, address: string) => void;
  /** Show the getting-started panel (first run, or asked for again). */
  readonly firstRun: boolean;
  readonly onDismissFirstRun: () => void;
  readonly onShowFirstRun: () => void;
}

/** The open workbook: its format, validation in place, and the calculation. */
export function WorkbookPanel(props: WorkbookPanelProps) {
  const { format, issues, estimate, requirements, busy } = props;
  return (
    <section aria-label="Workbook" style={{ display: 'grid', gap: 8, minWidth: 0 }}>
      {props.firstRun ? (
        <FirstRunPanel
          busy={busy}
          onInsertTemplate={props.onInsertTemplate}
          onDismiss={props.onDismissFirstRun}
        />
      ) : (
        <Link onClick={props.onShowFirstRun} style={{ justifySelf: 'start' }}>
          Getting started
        </Link>
      )}
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
        <EstimateSummary
          estimate={estimate}
          requirements={requirements}
          onSelectCell={props.onSelectCell}
        />
      )}
      {estimate && !isFullyPriced(estimate.coverage) && (
        <p aria-label="Estimate coverage" style={{ color: tokens.colorPaletteMarigoldForeground2 }}>
          Coverage: {coverageText(estimate.coverage)}
        </p>
      )}
    </section>
  );
}
