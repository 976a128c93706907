import type { DocumentFormat } from '../../../core';
import { InProcessDispatcher } from '../../../backend/adapters/memory/in-process-dispatcher';
import { ConflictError, NotFoundError } from '../../../backend/http/errors';
import type { DocumentGenerator } from '../../../backend/ports/document-generator';
import { PermanentDocumentError } from '../../../backend/ports/document-generator';
import {
  documentDownload,
  documentStatus,
} from '../../../backend/use-cases/documents/read-documents';
import { requestDocument } from '../../../backend/use-cases/documents/request-document';
import { runDocumentJob } from '../../../backend/use-cases/documents/run-document-job';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { sampleRequirements } from '../../contracts/fixtures';
import { alice, bob, ctx, fakes, root } from './fakes';

/** A generator that fails with the given errors first, then renders `format:name`. */
function scripted(
  failures: Error[],
  warnings?: readonly string[],
): DocumentGenerator & { calls: number } {
  const g = {
    calls: 0,
    async generate(format: DocumentFormat, estimation: { name: string }) {
      g.calls++;
      const next = failures.shift();
      if (next) throw next;
      return {
        body: new TextEncoder().encode(`${format}:${estimation.name}`),
        contentType: 'text/plain',
        fileName: `${estimation.name}.${format}`,
        ...(warnings ? { warnings } : {}),
      };
    },
  };
  return g;
}

async function setup(failures: Error[] = [], warnings?: readonly string[]) {
  const f = fakes();
  const generator = scripted(failures, warnings);
  const base = { ...f, generator };
  const dispatcher = new InProcessDispatcher((id) =>
    runDocumentJob(base, id, { backoffMs: () => 0 }),
  );
  const deps = { ...base, dispatcher };
  const e = await createEstimation(f, ctx(alice), {
    name: 'Shop',
    requirements: sampleRequirements(),
  });
  return { f, deps, dispatcher, generator, e };
}

describe('document jobs (in-memory fakes)', () => {
  it('answers pending at once, then the worker makes it ready with the file stored under documents/', async () => {
    const { f, deps, dispatcher, e } = await setup();
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'pdf' },
      'document.generate',
    );
    expect(job).toMatchObject({
      status: 'pending',
      attempts: 0,
      userId: 'alice',
      estimationId: e.estimationId,
    });
    expect(f.audit.entries.at(-1)).toMatchObject({
      action: 'document.generate',
      targetId: job.documentId,
    });
    await dispatcher.idle();
    const done = await documentStatus(deps, alice, job.documentId);
    expect(done).toMatchObject({
      status: 'ready',
      attempts: 1,
      fileName: 'Shop.pdf',
      sizeBytes: 8,
      error: null,
    });
    expect(done).not.toHaveProperty('s3Key');
    const stored = [...f.blobs.objects.keys()].filter((k) => k.startsWith('documents/'));
    expect(stored).toEqual([`documents/documents/alice/${job.documentId}/Shop.pdf`]);
    const link = await documentDownload(deps, alice, job.documentId);
    expect(link.url).toContain(encodeURIComponent(`documents/alice/${job.documentId}/Shop.pdf`));
    expect(Date.parse(link.expiresAt) - f.clock.now().getTime()).toBe(300_000);
  });

  it("keeps the generator's warnings on the ready job and returns them with the status", async () => {
    const left = ['db-1: RDS is not in the EC2 bulk-import template; price it separately'];
    const { deps, dispatcher, e } = await setup([new Error('S3 throttled')], left);
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'bulk-import-ec2-xlsx' },
      'document.export',
    );
    expect(job).not.toHaveProperty('warnings');
    await dispatcher.idle();
    expect(await documentStatus(deps, alice, job.documentId)).toMatchObject({
      status: 'ready',
      attempts: 2,
      warnings: left,
    });
  });

  it('leaves warnings off a job whose file leaves nothing out', async () => {
    const { deps, dispatcher, e } = await setup([], []);
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'pdf' },
      'document.generate',
    );
    await dispatcher.idle();
    const done = await documentStatus(deps, alice, job.documentId);
    expect(done.status).toBe('ready');
    expect(done).not.toHaveProperty('warnings');
  });

  it('retries transient failures and records the attempts', async () => {
    const { deps, dispatcher, generator, e } = await setup([
      new Error('S3 throttled'),
      new Error('timeout'),
    ]);
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'docx' },
      'document.generate',
    );
    await dispatcher.idle();
    expect(await documentStatus(deps, alice, job.documentId)).toMatchObject({
      status: 'ready',
      attempts: 3,
    });
    expect(generator.calls).toBe(3);
  });

  it('fails after the last attempt with the error, and download says why', async () => {
    const { deps, dispatcher, e } = await setup([
      new Error('a'),
      new Error('b'),
      new Error('disk full'),
    ]);
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'pdf' },
      'document.generate',
    );
    await dispatcher.idle();
    expect(await documentStatus(deps, alice, job.documentId)).toMatchObject({
      status: 'failed',
      attempts: 3,
      error: 'Failed after 3 attempts: disk full',
    });
    await expect(documentDownload(deps, alice, job.documentId)).rejects.toThrow(
      /failed: Failed after 3 attempts: disk full/,
    );
  });

  it('fails at once, without retrying, on bad input', async () => {
    const { deps, dispatcher, generator, e } = await setup([
      new PermanentDocumentError('result: calculate the estimate first'),
    ]);
    const job = await requestDocument(
      deps,
      ctx(alice),
      { estimationId: e.estimationId, format: 'pdf' },
      'document.generate',
    );
    await dispatcher.idle();
    expect(await documentStatus(deps, alice, job.documentId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'result: calculate the estimate first',
    });
    expect(generator.calls).toBe(1);
  });

  it("refuses a download before the file is ready, and hides others' documents", async () => {
    const { deps, e } = await setup();
    const job = await requestDocument(
      { ...deps, dispatcher: { dispatch: async () => undefined } },
      ctx(alice),
      { estimationId: e.estimationId, format: 'csv' },
      'document.export',
    );
    await expect(documentDownload(deps, alice, job.documentId)).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(documentStatus(deps, bob, job.documentId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await documentStatus(deps, root, job.documentId)).status).toBe('pending');
    await expect(
      requestDocument(
        deps,
        ctx(bob),
        { estimationId: e.estimationId, format: 'pdf' },
        'document.generate',
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
