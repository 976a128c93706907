import { Button, Card, CardHeader, Text } from '@fluentui/react-components';

export interface FirstRunPanelProps {
  readonly onInsertTemplate: () => void;
  readonly onDismiss: () => void;
  readonly busy: boolean;
}

/** A sample formula a user can paste into any cell (monthly USD cost of two m7g.large). */
export const SAMPLE_FORMULA = '=AWS.EC2COST("m7g.large","us-east-1","Linux","on-demand",730,2)';

/**
 * First run: the three ways into an estimate, each with what to do next. Shown on the Workbook
 * tab until dismissed (remembered on this computer); "Getting started" brings it back.
 */
export function FirstRunPanel({ onInsertTemplate, onDismiss, busy }: FirstRunPanelProps) {
  return (
    <Card aria-label="Getting started" style={{ minWidth: 0 }}>
      <CardHeader header={<Text weight="semibold">Three ways to start an estimate</Text>} />
      <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6, overflowWrap: 'anywhere' }}>
        <li>
          <strong>Our template:</strong> insert it, fill the Compute, Storage, Database and Network
          sheets (a sample row is in each), then Validate and Calculate.{' '}
          <Button size="small" onClick={onInsertTemplate} disabled={busy}>
            Insert the template
          </Button>
        </li>
        <li>
          <strong>A workbook you have:</strong> open an RVTools export (vInfo sheet) or an AWS
          Pricing Calculator bulk-import workbook in Excel, then press Validate: the format is
          recognised and any bad cell is marked.
        </li>
        <li>
          <strong>Formulas:</strong> type =AWS.* functions in any cell, for example{' '}
          <code style={{ overflowWrap: 'anywhere' }}>{SAMPLE_FORMULA}</code> (the monthly USD cost
          of two m7g.large instances).
        </li>
      </ol>
      <Button
        appearance="primary"
        size="small"
        onClick={onDismiss}
        style={{ justifySelf: 'start' }}
      >
        Got it
      </Button>
    </Card>
  );
}
