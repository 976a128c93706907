/**
 * Document generation benchmark (issue 8): a 200-line estimate with three scenarios rendered as
 * a PDF of 20+ pages and as a Word file, each within 1.5 s. Run standalone:
 *   node --import tsx bench/documents.bench.ts
 * One warm-up run (module loading, font metrics) then the median of five.
 */
import { generateDocument } from '../backend/documents';
import { buildEstimation, buildSettings } from '../test/backend/documents/estimation-fixture';

const TARGET_MS = 1500;
const RUNS = 5;

function pdfPageCount(body: Uint8Array): number {
  // pdfkit writes one `/Type /Page` object per page (the tree root is `/Type /Pages`).
  return (
    Buffer.from(body)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}

async function measure(
  format: 'pdf' | 'docx',
): Promise<{ ms: number; bytes: number; pages: number | null }> {
  const estimation = buildEstimation(200);
  const settings = buildSettings();
  await generateDocument(format, estimation, settings);
  const times: number[] = [];
  let last: Uint8Array = new Uint8Array();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = (await generateDocument(format, estimation, settings, { preparedBy: 'Bench' })).body;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(RUNS / 2)] ?? NaN,
    bytes: last.length,
    pages: format === 'pdf' ? pdfPageCount(last) : null,
  };
}

async function main(): Promise<void> {
  const pdf = await measure('pdf');
  const docx = await measure('docx');
  const row = (name: string, r: typeof pdf, extra: string) =>
    `| ${name} | ${r.ms.toFixed(0)} ms | ≤ ${TARGET_MS} ms | ${(r.bytes / 1024).toFixed(0)} KiB | ${extra} | ${r.ms <= TARGET_MS ? 'ok' : 'MISSED'} |`;
  console.log(
    '| document (200 lines, 3 scenarios) | median of 5 | target | size | pages | result |',
  );
  console.log('|---|---|---|---|---|---|');
  console.log(
    row('PDF proposal', pdf, `${pdf.pages} (target ≥ 20)${(pdf.pages ?? 0) < 20 ? ' MISSED' : ''}`),
  );
  console.log(row('Word proposal', docx, 'n/a (Word paginates)'));
  if (pdf.ms > TARGET_MS || docx.ms > TARGET_MS || (pdf.pages ?? 0) < 20) process.exitCode = 1;
}

void main();
