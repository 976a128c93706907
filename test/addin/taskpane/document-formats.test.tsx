import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { DocumentFormat } from '../../../core';
import { downloadLinkText } from '../../../addin/taskpane/components/document-formats';
import { ProposalPanel } from '../../../addin/taskpane/components/proposal-panel';

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function renderPanel(onGenerate: (f: DocumentFormat) => void, format: DocumentFormat | null) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ProposalPanel
        busy={false}
        url={format ? 'https://s3/x' : null}
        format={format}
        onGenerate={onGenerate}
      />
    </FluentProvider>,
  );
}

describe('proposal panel: document formats', () => {
  it('offers the proposals and the three AWS Pricing Calculator bulk-import workbooks', () => {
    renderPanel(() => undefined, null);
    const options = within(screen.getByRole('combobox'))
      .getAllByRole('option')
      .map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options).toEqual([
      ['pdf', 'PDF'],
      ['docx', 'Word'],
      ['xlsx', 'Excel'],
      ['bulk-import-ec2-xlsx', 'AWS Pricing Calculator bulk import — EC2'],
      ['bulk-import-ebs-xlsx', 'AWS Pricing Calculator bulk import — EBS'],
      ['bulk-import-hosts-xlsx', 'AWS Pricing Calculator bulk import — Dedicated Hosts'],
    ]);
  });

  it.each(['bulk-import-ec2-xlsx', 'bulk-import-ebs-xlsx', 'bulk-import-hosts-xlsx'] as const)(
    'generates %s when it is chosen',
    (format) => {
      const asked: DocumentFormat[] = [];
      renderPanel((f) => asked.push(f), null);
      fireEvent.change(screen.getByRole('combobox'), { target: { value: format } });
      fireEvent.click(screen.getByRole('button', { name: 'Generate proposal' }));
      expect(asked).toEqual([format]);
    },
  );

  it('names a ready bulk-import file by its label, a proposal by its format', () => {
    renderPanel(() => undefined, 'bulk-import-ebs-xlsx');
    expect(
      screen.getByRole('link', {
        name: 'Download the AWS Pricing Calculator bulk import — EBS workbook',
      }),
    ).toBeTruthy();
    expect(downloadLinkText('pdf')).toBe('Download the PDF proposal');
    expect(downloadLinkText('bulk-import-ec2-xlsx')).toBe(
      'Download the AWS Pricing Calculator bulk import — EC2 workbook',
    );
  });
});
