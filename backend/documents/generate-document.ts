import type { DocumentFormat, Estimation, SystemSettings } from '../../core';
import { bulkImportDocument } from './bulk-import-export';
import { UnsupportedDocumentFormatError } from './document-errors';
import { renderCsvExport } from './csv-export';
import { renderDocxProposal } from './docx-proposal';
import { renderJsonExport } from './json-export';
import { pdfCurrencyDisplay } from './pdf-currency';
import { renderPdfProposal } from './pdf-proposal';
import { renderXlsxExport } from './xlsx-export';
import { renderSheetsToWorkbook } from '../excel/render-sheets';
import { buildProposalModel, requireResult, type DocumentOptions } from './proposal-model';
import { upgradeSavedEstimation } from '../../core';

/**
 * The one entry point the document worker calls: estimation + settings (+ logo bytes) in,
 * file bytes out. Pure apart from the clock default; storage and job status are the caller's.
 */
export interface GeneratedDocument {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly fileName: string;
  /**
   * What the file leaves out and why, for the job record (bulk-import workbooks: items the
   * calculator's template cannot take, e.g. Reserved Instances). Absent when nothing is left out.
   */
  readonly warnings?: readonly string[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const CONTENT_TYPES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX,
  'bulk-import-ec2-xlsx': XLSX,
  'bulk-import-ebs-xlsx': XLSX,
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const EXTENSIONS: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  'bulk-import-ec2-xlsx': 'xlsx',
  'bulk-import-ebs-xlsx': 'xlsx',
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
  const suffix =
    format === 'bulk-import-ec2-xlsx'
      ? ' EC2 bulk import'
      : format === 'bulk-import-ebs-xlsx'
        ? ' EBS bulk import'
        : '';
  return `${safe}${suffix} (${at.toISOString().slice(0, 10)}).${EXTENSIONS[format]}`;
}

async function render(
  format: DocumentFormat,
  estimation: Estimation,
  settings: SystemSettings | null,
  options: DocumentOptions,
  at: Date,
): Promise<{ body: Uint8Array; warnings?: readonly string[] }> {
  const text = (s: string) => ({ body: new TextEncoder().encode(s) });
  switch (format) {
    case 'pdf': {
      const locale = options.locale ?? 'en-US';
      const display = options.currencyDisplay ?? pdfCurrencyDisplay(estimation, locale);
      const model = buildProposalModel(estimation, settings, {
        ...options,
        currencyDisplay: display,
        generatedAt: at,
      });
      const { body, warnings } = await renderPdfProposal(model);
      return { body, ...(warnings.length ? { warnings } : {}) };
    }
    case 'docx':
      return {
        body: await renderDocxProposal(
          buildProposalModel(estimation, settings, { ...options, generatedAt: at }),
        ),
      };
    case 'csv':
      return text(renderCsvExport(estimation, requireResult(estimation)));
    case 'json':
      return text(renderJsonExport(estimation, requireResult(estimation), at));
    case 'xlsx':
      return { body: await renderXlsxExport(estimation, requireResult(estimation)) };
    case 'bulk-import-ec2-xlsx':
    case 'bulk-import-ebs-xlsx': {
      // The calculator imports EC2 and EBS from separate workbooks (one `Inputs` sheet each).
      const { spec, skipped } = bulkImportDocument(
        estimation,
        format === 'bulk-import-ec2-xlsx' ? 'ec2' : 'ebs',
      );
      const body = new Uint8Array(await renderSheetsToWorkbook([spec]));
      return { body, ...(skipped.length ? { warnings: skipped } : {}) };
    }
    default: {
      // Only reachable with data from outside the type system (a job stored before a rename).
      const unknown: string = format;
      throw new UnsupportedDocumentFormatError(
        unknown,
        unknown === 'bulk-import-xlsx'
          ? 'the AWS Pricing Calculator takes EC2 and EBS from separate workbooks; ask for "bulk-import-ec2-xlsx" or "bulk-import-ebs-xlsx"'
          : 'use pdf, docx, xlsx, csv, json, bulk-import-ec2-xlsx or bulk-import-ebs-xlsx',
      );
    }
  }
}

export async function generateDocument(
  format: DocumentFormat,
  estimation: Estimation,
  settings: SystemSettings | null,
  options: DocumentOptions = {},
): Promise<GeneratedDocument> {
  const at = options.generatedAt ?? new Date();
  const current = upgradeSavedEstimation(estimation);
  const rendered = await render(format, current.estimation, settings, options, at);
  const warnings = [...current.warnings, ...(rendered.warnings ?? [])];
  return {
    body: rendered.body,
    contentType: CONTENT_TYPES[format],
    fileName: documentFileName(estimation, format, at),
    ...(warnings.length ? { warnings } : {}),
  };
}
