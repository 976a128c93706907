import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Estimate, EstimationSummary } from '../../../core';
import { EstimationsPanel } from '../../../addin/taskpane/components/estimations-panel';
import { WorkbookPanel } from '../../../addin/taskpane/components/workbook-panel';

const ui = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
const noop = () => undefined;

describe('amounts in the task pane go through core formatMoney (exact, half-up, grouped)', () => {
  it('shows the estimate totals of the workbook panel', () => {
    // Only the fields the summary reads; the rest of an Estimate is irrelevant here.
    const estimate = {
      currency: 'USD',
      totals: {
        monthly: '1234.565',
        first12Months: '14814.78',
        upfront: '0',
        termMonths: 12,
        totalOverTerm: '14814.78',
      },
      lines: [
        { group: [], monthly: '1000', upfront: '0', components: [] },
        { group: [], monthly: '234.565', upfront: '0', components: [] },
      ],
      coverage: { lines: 2, priced: 2, partial: 0, unpriced: 0, unpricedIds: [], partialIds: [] },
      catalogVersion: 'v1',
    } as unknown as Estimate;
    ui(
      <WorkbookPanel
        format={null}
        issues={[]}
        estimate={estimate}
        requirements={null}
        busy={false}
        onInsertTemplate={noop}
        onValidate={noop}
        onCalculate={noop}
        onSelectIssue={noop}
        onSelectCell={noop}
        firstRun={false}
        onDismissFirstRun={noop}
        onShowFirstRun={noop}
      />,
    );
    expect(screen.getByLabelText('Estimate summary')).toHaveTextContent(
      'UpfrontUSD 0.00MonthlyUSD 1,234.57First 12 monthsUSD 14,814.78Over the term (12 months)USD 14,814.782 lines · catalog v1',
    );
  });

  it('shows each saved estimation with its monthly total in its currency', () => {
    const row = (id: string, monthlyTotal: string | null, currency: string | null) =>
      ({
        estimationId: id,
        name: id,
        customer: 'Acme',
        monthlyTotal,
        currency,
      }) as EstimationSummary;
    ui(
      <EstimationsPanel
        link={null}
        list={[row('a', '0.125', 'EUR'), row('b', null, null), row('c', '2000', null)]}
        listState="loaded"
        busy={false}
        onSave={noop}
        onShow={noop}
        onReprice={noop}
        onOpen={noop}
        onClone={noop}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['aAcme · EUR 0.13/mo', 'bAcme', 'cAcme · USD 2,000.00/mo']);
  });
});
