import type { DocumentFormat, DocumentJob, DownloadResponse, Estimation } from '../../core';
import { readWorkbook } from '../../backend/excel';
import { readRequirements } from '../../core';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { createPricedEstimationAs, waitForDocument } from './api-fixtures';

/**
 * Every document format from a real saved estimation on the local stack: generated asynchronously,
 * downloaded through its presigned URL, and checked for what it must contain.
 */
describe('document formats over HTTP', () => {
  let sales: TestUser;
  let estimation: Estimation;

  beforeAll(async () => {
    sales = await createTestUser('Sales', 'formats');
    estimation = await createPricedEstimationAs(sales, 'Every format');
  });

  // A job runs in the stack's process after the answer; its wait has no deadline of its own
  // (waitForDocument), so each test's timeout is its bound: generous, for a loaded machine.
  const JOB_TEST_MS = 180_000;

  async function download(format: DocumentFormat): Promise<{ job: DocumentJob; bytes: Buffer }> {
    const accepted = await api<DocumentJob>('/documents/generate', {
      method: 'POST',
      token: sales.idToken,
      body: { estimationId: estimation.estimationId, format },
    });
    expect(accepted.status).toBe(202);
    const job = await waitForDocument(sales, accepted.body.documentId);
    expect(job).toMatchObject({ status: 'ready', error: null, format });
    const link = await api<DownloadResponse>(`/documents/${job.documentId}/download`, {
      token: sales.idToken,
    });
    expect(link.status).toBe(200);
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.length).toBe(job.sizeBytes);
    return { job, bytes };
  }

  it(
    'a Word proposal (an OOXML package)',
    async () => {
      const { bytes } = await download('docx');
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    },
    JOB_TEST_MS,
  );

  it(
    'a JSON export whose totals are the saved estimate’s',
    async () => {
      const { bytes } = await download('json');
      const text = bytes.toString('utf8');
      expect(text).toContain(estimation.result?.totals.monthly as string);
      expect(text).toContain(estimation.result?.catalogVersion as string);
    },
    JOB_TEST_MS,
  );

  it(
    'a CSV export with a row per line and its price ids',
    async () => {
      const { bytes } = await download('csv');
      const text = bytes.toString('utf8');
      const priceIds =
        estimation.result?.lines.flatMap((l) => l.components.map((c) => c.priceId)) ?? [];
      for (const id of priceIds) if (id) expect(text).toContain(id);
    },
    JOB_TEST_MS,
  );

  it(
    'an Excel export that reads back as a workbook with the AWS Estimate sheet',
    async () => {
      const { bytes } = await download('xlsx');
      const grid = await readWorkbook(new Uint8Array(bytes));
      expect(grid.sheets.map((s) => s.name)).toEqual(
        expect.arrayContaining(['AWS Estimate', 'Assumptions']),
      );
    },
    JOB_TEST_MS,
  );

  it(
    'the AWS Pricing Calculator bulk-import workbooks for EC2 and EBS, which our reader recognises',
    async () => {
      for (const [format, expected] of [
        ['bulk-import-ec2-xlsx', 'aws-bulk-ec2'],
        ['bulk-import-ebs-xlsx', 'aws-bulk-ebs'],
      ] as const) {
        const { bytes } = await download(format);
        const read = readRequirements(await readWorkbook(new Uint8Array(bytes)));
        expect(read.format).toBe(expected);
        expect(read.errors).toEqual([]);
        expect(read.requirements?.items.length).toBeGreaterThan(0);
      }
    },
    JOB_TEST_MS,
  );
});
