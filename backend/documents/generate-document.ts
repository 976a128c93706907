import type { DocumentFormat, Estimation, SystemSettings } from '../../core';
import { UnsupportedDocumentFormatError } from './document-errors';
import { renderCsvExport } from './csv-export';
import { renderDocxProposal } from './docx-proposal';
import { renderJsonExport } from './json-export';
import { pdfCurrencyDisplay } from './pdf-currency';
import { renderPdfProposal } from './pdf-proposal';
import { renderXlsxExport } from './xlsx-export';
import { buildProposalModel, requireResult, type DocumentOptions } from './proposal-model';

/**
 * The one entry point the document worker calls: estimation + settings (+ logo bytes) in,
 * file bytes out. Pure apart from the clock default; storage and job status are the caller's.
 */
export interface GeneratedDocument {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly fileName: string;
}

export const CONTENT_TYPES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'bulk-import-xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const EXTENSIONS: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  'bulk-import-xlsx': 'xlsx',
  csv: 'csv',
  json: 'json',
};

/** `Acme Corp - Web platform (2026-11-26).pdf` with characters that break download headers removed. */
export function documentFileName(estimation: Estimation, format: DocumentFormat, at: Date): string {
  const base =
    [estimation.customer, estimation.name].filter(Boolean).join(' - ') || estimation.estimationId;
  const safe = base
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  const suffix = format === 'bulk-import-xlsx' ? ' bulk import' : '';
  return `${safe}${suffix} (${at.toISOString().slice(0, 10)}).${EXTENSIONS[format]}`;
}

async function render(
  format: DocumentFormat,
  estimation: Estimation,
  settings: SystemSettings | null,
  options: DocumentOptions,
  at: Date,
): Promise<Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'pdf': {
      const locale = options.locale ?? 'en-US';
      const display = options.currencyDisplay ?? pdfCurrencyDisplay(estimation, locale);
      return renderPdfProposal(
        buildProposalModel(estimation, settings, {
          ...options,
          currencyDisplay: display,
          generatedAt: at,
        }),
      );
    }
    case 'docx':
      return renderDocxProposal(
        buildProposalModel(estimation, settings, { ...options, generatedAt: at }),
      );
    case 'csv':
      return text(renderCsvExport(estimation, requireResult(estimation)));
    case 'json':
      return text(renderJsonExport(estimation, requireResult(estimation), at));
    case 'xlsx':
      return renderXlsxExport(estimation, requireResult(estimation));
    case 'bulk-import-xlsx':
      // The calculator imports EC2 and EBS from two separate workbooks (each with one `Inputs`
      // sheet), which one download of one file cannot carry; see backend/documents/README.md.
      throw new UnsupportedDocumentFormatError(
        format,
        'the AWS Pricing Calculator bulk-import needs one workbook per service (EC2, EBS); it is not produced as a single document yet',
      );
  }
}

export async function generateDocument(
  format: DocumentFormat,
  estimation: Estimation,
  settings: SystemSettings | null,
  options: DocumentOptions = {},
): Promise<GeneratedDocument> {
  const at = options.generatedAt ?? new Date();
  const body = await render(format, estimation, settings, options, at);
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: documentFileName(estimation, format, at),
  };
}
