import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IssueList } from '../../../addin/taskpane/components/issue-list';
import { MessageBars } from '../../../addin/taskpane/components/message-bars';
import { ProgressPanel } from '../../../addin/taskpane/components/progress-panel';
import { SettingsPanel } from '../../../addin/taskpane/components/settings-panel';
import { ComparePanel } from '../../../addin/taskpane/components/compare-panel';
import { EstimationsPanel } from '../../../addin/taskpane/components/estimations-panel';
import { WorkbookPanel } from '../../../addin/taskpane/components/workbook-panel';
import type { WorkbookIssue } from '../../../addin/excel/workbook-port';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width for layout only.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const ui = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

describe('IssueList', () => {
  const issues: WorkbookIssue[] = [
    {
      sheet: 'Compute',
      cell: 'Compute!B3',
      rule: 'region.default',
      message: 'Compute!B3: no region, us-east-1 assumed',
      severity: 'warning',
    },
    {
      sheet: 'Compute',
      cell: 'Compute!E12',
      rule: 'number.positive',
      message: 'Compute!E12: memory must be a number of GiB greater than 0, got "sixteen"',
      severity: 'error',
    },
  ];

  it('lists errors before warnings, and a click selects the cell', () => {
    const onSelect = jest.fn();
    ui(<IssueList issues={issues} onSelect={onSelect} />);
    expect(screen.getByText(/1 error, 1 warning/)).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Compute!E12 memory must be a number of GiB greater than 0, got "sixteen"',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compute!E12' }));
    expect(onSelect).toHaveBeenCalledWith(issues[1]);
  });

  it('shows nothing when the workbook is clean', () => {
    const { container } = ui(<IssueList issues={[]} onSelect={jest.fn()} />);
    expect(container.querySelector('section')).toBeNull();
  });
});

describe('ProgressPanel and MessageBars', () => {
  it('shows the running step and cancels it', () => {
    const onCancel = jest.fn();
    ui(<ProgressPanel progress={{ step: 'Pricing', fraction: 0.5 }} onCancel={onCancel} />);
    expect(screen.getByText('Pricing')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows each message with what to do and dismisses it', () => {
    const onDismiss = jest.fn();
    ui(
      <MessageBars
        messages={[
          {
            id: 7,
            intent: 'error',
            title: 'Pricing service unreachable',
            text: 'Check your network connection.',
            topic: 'compare',
          },
        ]}
        onDismiss={onDismiss}
      />,
    );
    expect(screen.getByText('Pricing service unreachable')).toBeInTheDocument();
    expect(screen.getByText(/Check your network connection/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Pricing service unreachable' }));
    expect(onDismiss).toHaveBeenCalledWith(7);
  });
});

describe('SettingsPanel', () => {
  it('saves region, currency and a customer discount', () => {
    const onSave = jest.fn();
    ui(
      <SettingsPanel
        settings={{ region: 'us-east-1', currency: 'USD', discounts: [] }}
        onSave={onSave}
      />,
    );
    // Every region of core's vocabulary is offered, not only the first six.
    const picker = screen.getByLabelText('Default region');
    expect(picker.querySelectorAll('option')).toHaveLength(32);
    fireEvent.change(picker, { target: { value: 'me-central-1' } });
    fireEvent.change(screen.getByLabelText('Customer discount %'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      region: 'me-central-1',
      currency: 'USD',
      discounts: [{ name: 'Customer discount', percent: 12 }],
      sizingPolicy: {},
    });
  });

  it('saves a sizing policy, and refuses a minimum generation that is not 1–20', () => {
    const onSave = jest.fn();
    ui(
      <SettingsPanel
        settings={{ region: 'us-east-1', currency: 'USD', discounts: [] }}
        onSave={onSave}
      />,
    );
    fireEvent.change(screen.getByLabelText('Burstable types (sizing)'), {
      target: { value: 'excluded' },
    });
    fireEvent.change(screen.getByLabelText('Processor (sizing)'), { target: { value: 'intel' } });
    fireEvent.change(screen.getByLabelText('Minimum generation (sizing)'), {
      target: { value: '0' },
    });
    expect(
      screen.getByText('Enter a whole number from 1 to 20, or leave it blank for any.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Minimum generation (sizing)'), {
      target: { value: '6' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({
      region: 'us-east-1',
      currency: 'USD',
      discounts: [],
      sizingPolicy: { burstable: false, processor: 'intel', minGeneration: 6 },
    });
  });

  it('refuses a discount outside 0–100 with a message', () => {
    ui(
      <SettingsPanel
        settings={{ region: 'us-east-1', currency: 'USD', discounts: [] }}
        onSave={jest.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Customer discount %'), { target: { value: '150' } });
    expect(screen.getByText('Enter a percentage between 0 and 100.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });
});

describe('ComparePanel', () => {
  it('builds the On-Demand baseline plus the scenarios ticked', () => {
    const onCompare = jest.fn();
    ui(<ComparePanel defaultRegion="us-east-1" busy={false} onCompare={onCompare} />);
    fireEvent.click(screen.getByLabelText('Graviton swap'));
    fireEvent.change(screen.getByLabelText('Another region'), { target: { value: 'eu-west-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const scenarios = onCompare.mock.calls[0]?.[0] as { name: string }[];
    expect(scenarios.map((s) => s.name)).toEqual([
      'On-Demand',
      '1 yr Compute SP',
      'Graviton',
      'eu-west-1',
    ]);
  });

  it('adds the sizing-policy presets ticked, On-Demand over the workbook policy it names', () => {
    const onCompare = jest.fn();
    ui(
      <ComparePanel
        defaultRegion="us-east-1"
        sizingPolicy={{ minGeneration: 6 }}
        busy={false}
        onCompare={onCompare}
      />,
    );
    expect(
      screen.getByText(
        /sized under this workbook's policy: burstable allowed, any processor, generation ≥ 6/,
      ),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('1 yr Compute Savings Plan'));
    fireEvent.click(screen.getByLabelText('No burstable'));
    fireEvent.click(screen.getByLabelText('AMD only'));
    fireEvent.click(screen.getByLabelText('Intel only'));
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(onCompare.mock.calls[0]?.[0]).toEqual([
      { name: 'On-Demand', pricingModel: { kind: 'on-demand' } },
      {
        name: 'No burstable',
        pricingModel: { kind: 'on-demand' },
        sizingPolicy: { burstable: false },
      },
      {
        name: 'Intel only',
        pricingModel: { kind: 'on-demand' },
        sizingPolicy: { processor: 'intel' },
      },
      { name: 'AMD only', pricingModel: { kind: 'on-demand' }, sizingPolicy: { processor: 'amd' } },
    ]);
  });
});

describe('totals shown with their coverage', () => {
  const coverage = {
    lines: 3,
    priced: 1,
    partial: 0,
    unpriced: 2,
    unpricedIds: ['Inputs-4', 'Inputs-5'],
    partialIds: [],
  };

  it('WorkbookPanel states the coverage beside the estimate total when it is below 100 %', () => {
    const estimate = {
      scenario: 'Base',
      region: 'us-east-1',
      currency: 'USD',
      catalogVersion: 'embedded-2026-11-26',
      lines: [],
      listTotals: {
        upfront: '0',
        monthly: '155',
        first12Months: '1860',
        termMonths: 12,
        totalOverTerm: '1860',
      },
      adjustments: [],
      totals: {
        upfront: '0',
        monthly: '155',
        first12Months: '1860',
        termMonths: 12,
        totalOverTerm: '1860',
      },
      coverage,
      warnings: [],
      createdAt: '2026-11-26T00:00:00Z',
    };
    const props = {
      format: 'AWS Pricing Calculator bulk import (EC2)',
      issues: [],
      busy: false,
      onInsertTemplate: jest.fn(),
      onValidate: jest.fn(),
      onCalculate: jest.fn(),
      onSelectIssue: jest.fn(),
      requirements: null,
      onSelectCell: jest.fn(),
      firstRun: false,
      onDismissFirstRun: jest.fn(),
      onShowFirstRun: jest.fn(),
    };
    const { rerender } = ui(<WorkbookPanel {...props} estimate={estimate} />);
    expect(screen.getByLabelText('Estimate coverage')).toHaveTextContent(
      'Coverage: 1 of 3 lines priced (33 %); 2 not priced — the totals leave out what is not priced.',
    );
    const complete = { ...coverage, priced: 3, unpriced: 0, unpricedIds: [] };
    rerender(
      <FluentProvider theme={webLightTheme}>
        <WorkbookPanel {...props} estimate={{ ...estimate, coverage: complete }} />
      </FluentProvider>,
    );
    expect(screen.queryByLabelText('Estimate coverage')).toBeNull();
  });

  it('EstimationsPanel puts the coverage beside a saved total that leaves lines out', () => {
    const row = {
      estimationId: 'e1',
      userId: 'u1',
      name: 'Migration',
      customer: 'Acme',
      reference: '',
      status: 'draft' as const,
      version: 1,
      createdAt: '2026-11-26T00:00:00Z',
      updatedAt: '2026-11-26T00:00:00Z',
      monthlyTotal: '155',
      currency: 'USD',
      coverage,
      figures: {
        items: 3,
        monthlyTotal: '155',
        upfrontTotal: '0',
        currency: 'USD',
        resultLines: 3,
        catalogVersion: 'v1',
        comparedScenarios: null,
        cheapestScenario: null,
        coverage,
      },
    };
    ui(
      <EstimationsPanel
        link={null}
        list={[row]}
        listState="loaded"
        busy={false}
        onSave={jest.fn()}
        onShow={jest.fn()}
        onOpen={jest.fn()}
        onClone={jest.fn()}
        onReprice={jest.fn()}
      />,
    );
    expect(screen.getByText(/USD 155\.00\/mo · 1\/3 lines priced \(33 %\)/)).toBeInTheDocument();
  });
});
