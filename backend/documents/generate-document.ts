import type { BulkWorkbook, DocumentFormat, Estimation, SystemSettings } from '../../core';
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

type BulkFormat = 'bulk-import-ec2-xlsx' | 'bulk-import-ebs-xlsx' | 'bulk-import-hosts-xlsx';

/** The bulk-import formats and the calculator template each writes. */
const BULK_FORMATS: Readonly<Record<BulkFormat, BulkWorkbook>> = {
  'bulk-import-ec2-xlsx': 'ec2',
  'bulk-import-ebs-xlsx': 'ebs',
  'bulk-import-hosts-xlsx': 'hosts',
};

const BULK_SUFFIX: Readonly<Record<BulkWorkbook, string>> = {
  ec2: 'EC2',
  ebs: 'EBS',
  hosts: 'Dedicated Hosts',
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const CONTENT_TYPES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX,
  'bulk-import-ec2-xlsx': XLSX,
  'bulk-import-ebs-xlsx': XLSX,
  'bulk-import-hosts-xlsx': XLSX,
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

const EXTENSIONS: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  'bulk-import-ec2-xlsx': 'xlsx',
  'bulk-import-ebs-xlsx': 'xlsx',
  'bulk-import-hosts-xlsx': 'xlsx',
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
  const bulk = format in BULK_FORMATS ? BULK_FORMATS[format as BulkFormat] : undefined;
  const suffix = bulk ? ` ${BULK_SUFFIX[bulk]} bulk import` : '';
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
    case 'bulk-import-ebs-xlsx':
    case 'bulk-import-hosts-xlsx': {
      // One workbook per calculator template (an `Inputs` sheet each), plus what it leaves out.
      const { specs, skipped } = bulkImportDocument(estimation, BULK_FORMATS[format]);
      const body = new Uint8Array(await renderSheetsToWorkbook(specs));
      return { body, ...(skipped.length ? { warnings: skipped } : {}) };
    }
    default: {
      // Only reachable with data from outside the type system (a job stored before a rename).
      const unknown: string = format;
      throw new UnsupportedDocumentFormatError(
        unknown,
        unknown === 'bulk-import-xlsx'
          ? 'the AWS Pricing Calculator takes EC2, EBS and Dedicated Hosts from separate workbooks; ask for "bulk-import-ec2-xlsx", "bulk-import-ebs-xlsx" or "bulk-import-hosts-xlsx"'
          : 'use pdf, docx, xlsx, csv, json, bulk-import-ec2-xlsx, bulk-import-ebs-xlsx or bulk-import-hosts-xlsx',
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
