import type { DocumentFormat } from '../../../core';

/**
 * The document formats the task pane offers, in menu order, with the label the user sees. The
 * bulk-import workbooks are the AWS Pricing Calculator's own import templates, not proposals.
 */
export const DOCUMENT_FORMAT_CHOICES: readonly {
  readonly format: DocumentFormat;
  readonly label: string;
}[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word' },
  { format: 'xlsx', label: 'Excel' },
  { format: 'bulk-import-ec2-xlsx', label: 'AWS Pricing Calculator bulk import — EC2' },
  { format: 'bulk-import-ebs-xlsx', label: 'AWS Pricing Calculator bulk import — EBS' },
  {
    format: 'bulk-import-hosts-xlsx',
    label: 'AWS Pricing Calculator bulk import — Dedicated Hosts',
  },
];

/** The download link's text for a generated file. */
export function downloadLinkText(format: DocumentFormat | null): string {
  if (format?.startsWith('bulk-import-')) {
    const label = DOCUMENT_FORMAT_CHOICES.find((c) => c.format === format)!.label;
    return `Download the ${label} workbook`;
  }
  return `Download the ${format?.toUpperCase() ?? ''} proposal`;
}
