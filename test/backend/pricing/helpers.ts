import path from 'node:path';
import type { PriceRecord } from '../../../core';
import { ImportContext } from '../../../backend/pricing/import-context';
import type { OfferReadResult } from '../../../backend/pricing/offer-file-json';
import { readJsonOfferFile } from '../../../backend/pricing/offer-file-json';
import { readCsvOfferFile } from '../../../backend/pricing/offer-file-csv';
import type { ServiceFilter } from '../../../backend/pricing/service-filters';
import { serviceFilter } from '../../../backend/pricing/service-filters';
import { needs, sharedPath } from '../../helpers/needs';

/** The real Price List samples (read in place, never copied into the repository). */
export const SAMPLES = sharedPath('aws-price-list-samples');
export const FIXTURES = path.resolve(__dirname, '../../fixtures/price-list');
/** Tests on the real samples: `describeIf(realSamples, …)` registers them as skipped when absent. */
export const realSamples = needs.shared('aws-price-list-samples');
export const samplesPresent = realSamples.met;

export const sample = (name: string): string => path.join(SAMPLES, name);
export const fixture = (name: string): string => path.join(FIXTURES, name);

export function filterFor(service: string): ServiceFilter {
  const filter = serviceFilter(service);
  if (!filter) throw new Error(`no filter for ${service}`);
  return filter;
}

export interface Collected extends OfferReadResult {
  readonly records: PriceRecord[];
  readonly ctx: ImportContext;
}

export async function collect(file: string, filter: ServiceFilter): Promise<Collected> {
  const ctx = new ImportContext();
  const records: PriceRecord[] = [];
  const read = file.endsWith('.csv') ? readCsvOfferFile : readJsonOfferFile;
  const result = await read(file, { filter, ctx, onRecord: (r) => records.push(r) });
  return { ...result, records, ctx };
}

/** Feed a buffer in chunks of `size` bytes (to test chunk-boundary handling). */
export async function* chunks(buffer: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

/** The reserved offer term codes and their terms, from the samples README (and AWS's files). */
export const RESERVED_TERM_CODES: Readonly<Record<string, [string, string, string]>> = {
  '4NA7Y494T4': ['1yr', 'standard', 'No Upfront'],
  HU7G6KETJZ: ['1yr', 'standard', 'Partial Upfront'],
  '6QCMYABX3D': ['1yr', 'standard', 'All Upfront'],
  '7NE97W5U4E': ['1yr', 'convertible', 'No Upfront'],
  CUZHX8X6JH: ['1yr', 'convertible', 'Partial Upfront'],
  VJWZNREJX2: ['1yr', 'convertible', 'All Upfront'],
  BPH4J8HBKS: ['3yr', 'standard', 'No Upfront'],
  '38NPMPTW36': ['3yr', 'standard', 'Partial Upfront'],
  NQ3QZPMQV9: ['3yr', 'standard', 'All Upfront'],
  Z2E3P23VKM: ['3yr', 'convertible', 'No Upfront'],
  R5XV2EPZQZ: ['3yr', 'convertible', 'Partial Upfront'],
  MZU6U2429S: ['3yr', 'convertible', 'All Upfront'],
};
