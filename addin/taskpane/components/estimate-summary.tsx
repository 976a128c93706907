import { Link } from '@fluentui/react-components';
import { groupTotals } from '../../../core';
import type { CostLine, Estimate, GroupTotals, Requirements } from '../../../core';
import { moneyText } from '../../../client-shared/format/money-text';

export interface EstimateSummaryProps {
  readonly estimate: Estimate;
  /** The requirements priced: where each line came from (sheet and row), for the links. */
  readonly requirements: Requirements | null;
  /** Select a cell, e.g. ('Compute', 'A12'). */
  readonly onSelectCell: (sheet: string, address: string) => void;
}

/**
 * The estimate at a glance: upfront, monthly, first 12 months and over the term (after every
 * adjustment), the top-level groups at list price, and every line that is not fully priced with a
 * link to the row it came from — a missing price is a visible gap, never $0.
 */
export function EstimateSummary({ estimate, requirements, onSelectCell }: EstimateSummaryProps) {
  const { totals, currency } = estimate;
  const money = (amount: string, inCurrency = currency) => moneyText(amount, inCurrency, 'code');
  const groups = groupTotals(estimate.lines).groups;
  const unpriced = estimate.lines.filter((l) => l.incomplete);
  return (
    <section aria-label="Estimate summary" style={{ display: 'grid', gap: 8, minWidth: 0 }}>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'auto minmax(0, 1fr)',
          gap: '2px 8px',
          margin: 0,
        }}
      >
        <Row term="Upfront" value={money(totals.upfront)} />
        <Row term="Monthly" value={money(totals.monthly)} />
        <Row term="First 12 months" value={money(totals.first12Months)} />
        <Row
          term={`Over the term (${totals.termMonths} months)`}
          value={money(totals.totalOverTerm)}
        />
      </dl>
      <span style={{ fontSize: 12 }}>
        {estimate.lines.length} line{estimate.lines.length === 1 ? '' : 's'} · catalog{' '}
        {estimate.catalogVersion}
      </span>
      {groups.length > 0 && <Groups groups={groups} money={(a) => money(a, 'USD')} />}
      {unpriced.length > 0 && (
        <Unpriced lines={unpriced} requirements={requirements} onSelectCell={onSelectCell} />
      )}
    </section>
  );
}

function Row({ term, value }: { readonly term: string; readonly value: string }) {
  return (
    <>
      <dt style={{ margin: 0 }}>{term}</dt>
      <dd style={{ margin: 0, textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>{value}</dd>
    </>
  );
}

function Groups({
  groups,
  money,
}: {
  readonly groups: readonly GroupTotals[];
  readonly money: (amount: string) => string;
}) {
  return (
    <section aria-label="Group totals">
      <h3 style={{ margin: 0, fontSize: 14 }}>By group (list price, USD)</h3>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {groups.map((g) => (
          <li key={g.name} style={{ overflowWrap: 'anywhere' }}>
            {g.name}: {money(g.monthly)}/mo
            {Number(g.upfront) !== 0 ? ` + ${money(g.upfront)} upfront` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Unpriced({
  lines,
  requirements,
  onSelectCell,
}: {
  readonly lines: readonly CostLine[];
  readonly requirements: Requirements | null;
  readonly onSelectCell: (sheet: string, address: string) => void;
}) {
  return (
    <section aria-label="Unpriced lines">
      <h3 style={{ margin: 0, fontSize: 14 }}>
        Not fully priced ({lines.length}): the totals leave these out
      </h3>
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {lines.map((line) => {
          const source = requirements?.items.find((i) => i.id === line.itemId)?.source;
          const gaps = line.components.filter((c) => c.status !== 'priced').map((c) => c.name);
          return (
            <li key={line.id} style={{ overflowWrap: 'anywhere' }}>
              {source ? (
                <Link onClick={() => onSelectCell(source.sheet, `A${source.row}`)}>
                  {`${source.sheet}!${source.row}`}
                </Link>
              ) : null}{' '}
              {line.description}: {gaps.join(', ') || 'no price'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
