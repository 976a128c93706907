import { Link, tokens } from '@fluentui/react-components';
import type { WorkbookIssue } from '../../excel/workbook-port';

export interface IssueListProps {
  readonly issues: readonly WorkbookIssue[];
  /** Select the issue's cell in the workbook. */
  readonly onSelect: (issue: WorkbookIssue) => void;
}

/** Validation findings, errors first; each links to its cell. */
export function IssueList({ issues, onSelect }: IssueListProps) {
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <section aria-label="Validation results">
      <p>
        {errors} error{errors === 1 ? '' : 's'}, {issues.length - errors} warning
        {issues.length - errors === 1 ? '' : 's'}. Click a cell to go to it; marks clear on the next
        run.
      </p>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {sorted.map((issue, i) => (
          <li
            key={`${issue.cell}-${issue.rule}-${i}`}
            style={{
              color:
                issue.severity === 'error'
                  ? tokens.colorPaletteRedForeground1
                  : tokens.colorPaletteMarigoldForeground2,
            }}
          >
            <Link onClick={() => onSelect(issue)}>{issue.cell}</Link>{' '}
            {issue.message.replace(`${issue.cell}: `, '')}
          </li>
        ))}
      </ul>
    </section>
  );
}
