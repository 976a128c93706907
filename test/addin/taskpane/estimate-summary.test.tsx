import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { Estimate, Requirements } from '../../../core';
import { EstimateSummary } from '../../../addin/taskpane/components/estimate-summary';

// Only the fields the summary reads. Worked by hand: Production = 100.005 + 20 = 120.005/mo
// (USD 120.01 half-up) + 50 upfront; first 12 months = 50 + 12 × 120.005 = 1,490.06; over 36
// months = 50 + 36 × 120.005 = 4,370.18.
const line = (id: string, group: string[], monthly: string, upfront: string, gap?: string) => ({
  id,
  itemId: `Compute-${id}`,
  group,
  description: `line ${id}`,
  monthly,
  upfront,
  incomplete: gap !== undefined,
  components: gap ? [{ name: gap, status: 'price-not-in-catalog' }] : [],
});
const estimate = {
  currency: 'USD',
  catalogVersion: '2026-12-01',
  totals: {
    upfront: '50',
    monthly: '120.005',
    first12Months: '1490.06',
    termMonths: 36,
    totalOverTerm: '4370.18',
  },
  lines: [
    line('1', ['Production', 'Web'], '100.005', '0'),
    line('2', ['Production'], '20', '50'),
    line('7', ['Test'], '0', '0', 'Instance usage (Linux, On-Demand, x9.huge)'),
  ],
} as unknown as Estimate;
const requirements = {
  items: [{ id: 'Compute-7', source: { sheet: 'Compute', row: 12 } }],
} as unknown as Requirements;

describe('estimate summary in the pane', () => {
  it('shows upfront, monthly, 12-month and term totals, group totals, and links unpriced lines to their rows', () => {
    const onSelectCell = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <EstimateSummary
          estimate={estimate}
          requirements={requirements}
          onSelectCell={onSelectCell}
        />
      </FluentProvider>,
    );
    const summary = screen.getByLabelText('Estimate summary');
    expect(summary).toHaveTextContent(
      'UpfrontUSD 50.00MonthlyUSD 120.01First 12 monthsUSD 1,490.06Over the term (36 months)USD 4,370.18',
    );
    const groups = within(screen.getByLabelText('Group totals')).getAllByRole('listitem');
    expect(groups.map((g) => g.textContent)).toEqual([
      'Production: USD 120.01/mo + USD 50.00 upfront',
      'Test: USD 0.00/mo',
    ]);
    const unpriced = screen.getByLabelText('Unpriced lines');
    expect(unpriced).toHaveTextContent('Not fully priced (1)');
    expect(unpriced).toHaveTextContent('line 7: Instance usage (Linux, On-Demand, x9.huge)');
    fireEvent.click(within(unpriced).getByRole('button', { name: 'Compute!12' }));
    expect(onSelectCell).toHaveBeenCalledWith('Compute', 'A12');
  });
});
