import type { DocumentJob, Estimation, UploadResponse } from '../../core';
import { sampleRequirements } from '../contracts/fixtures';
import { pollUntil } from '../helpers/awaiting';
import type { TestUser } from '../helpers/stack-client';
import { api, apiUrl } from '../helpers/stack-client';

/** Create an estimation over HTTP as `user` and return it (fails the test on any other status). */
export async function createEstimationAs(
  user: TestUser,
  name = 'Acme web shop',
  lines = 2,
): Promise<Estimation> {
  const res = await api<Estimation>('/estimations', {
    method: 'POST',
    token: user.idToken,
    body: { name, customer: 'Acme', requirements: sampleRequirements(lines) },
  });
  if (res.status !== 201) throw new Error(`create estimation: ${res.status} ${res.text}`);
  return res.body;
}

/** An estimation whose result comes from /calculations/cost, so documents can be generated from it. */
export async function createPricedEstimationAs(
  user: TestUser,
  name = 'Priced',
): Promise<Estimation> {
  const e = await createEstimationAs(user, name);
  const cost = await api<Estimation['result']>('/calculations/cost', {
    method: 'POST',
    token: user.idToken,
    body: { requirements: e.requirements },
  });
  if (cost.status !== 200) throw new Error(`cost: ${cost.status} ${cost.text}`);
  const put = await api<Estimation>(`/estimations/${e.estimationId}`, {
    method: 'PUT',
    token: user.idToken,
    body: { version: e.version, result: cost.body },
  });
  if (put.status !== 200) throw new Error(`store result: ${put.status} ${put.text}`);
  return put.body;
}

/**
 * A document job once it leaves pending/running. The job runs in the stack's process after the
 * answer; its status is read until it changes, with the test's timeout as the only bound (a
 * timeout names the job and the states it went through: test/helpers/awaiting.ts).
 */
export async function waitForDocument(user: TestUser, documentId: string): Promise<DocumentJob> {
  return pollUntil(
    `document ${documentId} to be ready or failed`,
    async () => {
      const res = await api<DocumentJob>(`/documents/${documentId}/status`, {
        token: user.idToken,
      });
      if (res.status !== 200)
        throw new Error(`status of document ${documentId}: ${res.status} ${res.text}`);
      return res.body;
    },
    (job) => job.status === 'ready' || job.status === 'failed',
    { show: (job) => `${job.status} (${job.format}, attempt ${job.attempts})` },
  );
}

/** Upload a workbook as `user` (base64 JSON body) and return its id. */
export async function uploadAs(
  user: TestUser,
  bytes: Uint8Array,
  fileName = 'requirements.xlsx',
): Promise<UploadResponse> {
  const res = await api<UploadResponse>('/excel/upload', {
    method: 'POST',
    token: user.idToken,
    body: { fileName, contentBase64: Buffer.from(bytes).toString('base64') },
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${res.text}`);
  return res.body;
}

export async function templateBytes(): Promise<Uint8Array> {
  const res = await fetch(`${apiUrl()}/excel/template`);
  if (res.status !== 200) throw new Error(`template: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
