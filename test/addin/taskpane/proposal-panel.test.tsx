import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { ProposalPanel } from '../../../addin/taskpane/components/proposal-panel';

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function renderPanel(warnings?: readonly string[], url: string | null = 'https://s3/x.xlsx') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ProposalPanel
        busy={false}
        url={url}
        format="xlsx"
        onGenerate={() => undefined}
        warnings={warnings}
      />
    </FluentProvider>,
  );
}

describe('proposal panel: job warnings', () => {
  it('lists every warning of the ready job beside the download link', () => {
    const warnings = [
      'db-1: RDS is not in the EC2 bulk-import template; price it separately',
      'web-2: Reserved Instances cannot be imported; choose the term in the calculator',
    ];
    renderPanel(warnings);
    expect(screen.getByText('The file leaves out 2 items; add them by hand:')).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Left out of the file' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(warnings);
    expect(screen.getByRole('link', { name: 'Download the XLSX proposal' })).toBeTruthy();
  });

  it('says nothing when the job has no warnings, or no file yet', () => {
    const { unmount } = renderPanel(undefined);
    expect(screen.queryByText(/leaves out/)).toBeNull();
    unmount();
    renderPanel(['x: left out'], null);
    expect(screen.queryByText(/leaves out/)).toBeNull();
  });
});

describe('proposal panel: preview under the CSP', () => {
  it('frames nothing: a PDF opens outside the pane', () => {
    const onOpen = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ProposalPanel
          busy={false}
          url="https://s3/p.pdf"
          format="pdf"
          onGenerate={() => undefined}
          onOpen={onOpen}
        />
      </FluentProvider>,
    );
    expect(document.querySelector('iframe')).toBeNull();
    screen.getByRole('button', { name: 'Preview the PDF in your browser' }).click();
    expect(onOpen).toHaveBeenCalledWith('https://s3/p.pdf');
  });
});
