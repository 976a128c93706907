import type { Estimation } from '../../core';
import { sampleRequirements } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
import { api } from '../helpers/stack-client';

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
