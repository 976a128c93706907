import { createApiAdapter } from '../../backend/local/api-adapter';
import { loadHandlerModule } from '../../backend/local/stack';
import { cognitoLocalVerifier } from '../../backend/local/token-verifier';
import type { ApiErrorBody } from '../../core';
import type { Listening } from '../helpers/listen';
import { listenEphemeral } from '../helpers/listen';
import type { TestUser } from '../helpers/stack-client';
import { createTestUser } from '../helpers/stack-client';

/** Every timer and clock source but `Date`: only the wall-clock time the handlers read is held. */
const REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** The limit this test's API is configured with (the stack's own stays 1,000 for other tests). */
const LIMIT = 5;

function claims(idToken: string): { iss: string } {
  return JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    iss: string;
  };
}

/**
 * The per-user limit over HTTP (RATE_LIMIT_PER_MINUTE; fixed one-minute windows counted in
 * DynamoDB). Deterministic under any load: this file serves the API itself — the local API adapter
 * and the same Lambda handler module as the stack, against the stack's DynamoDB and Cognito — with
 * a limit of LIMIT and the clock the handlers read held 30 s into a minute, so no burst straddles
 * a window however slowly the requests run, and Retry-After is exactly 30.
 */
describe('rate limit per user', () => {
  let greedy: TestUser;
  let polite: TestUser;
  let api: Listening;
  let held: number;
  const configured = process.env.RATE_LIMIT_PER_MINUTE;

  beforeAll(async () => {
    [greedy, polite] = await Promise.all([
      createTestUser('Sales', 'greedy'),
      createTestUser('Sales', 'polite'),
    ]);
    // Read when the handler module builds its adapters, at this file's first request.
    process.env.RATE_LIMIT_PER_MINUTE = String(LIMIT);
    // 30 s into the next minute: never before the tokens were issued.
    held = (Math.floor(Date.now() / 60_000) + 1) * 60_000 + 30_000;
    jest.useFakeTimers({ doNotFake: [...REAL], now: held });
    const verifier = cognitoLocalVerifier({
      issuer: claims(greedy.idToken).iss,
      clientId: process.env.USER_POOL_CLIENT_ID ?? '',
    });
    api = await listenEphemeral(createApiAdapter({ verifier, loadHandler: loadHandlerModule }));
  });

  afterAll(async () => {
    jest.useRealTimers();
    await api?.close();
    process.env.RATE_LIMIT_PER_MINUTE = configured;
  });

  const metrics = async (user: TestUser) => {
    const res = await fetch(`${api.url}/dashboard/metrics`, {
      headers: { Authorization: `Bearer ${user.idToken}` },
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      text: await res.text(),
    };
  };

  it('answers 429 with Retry-After once a user exceeds the limit, without affecting other users', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await metrics(greedy)).status);
    expect(statuses).toEqual(Array.from({ length: LIMIT }, () => 200));
    const refused = await metrics(greedy);
    expect(refused.status).toBe(429);
    expect((JSON.parse(refused.text) as ApiErrorBody).error).toBe('TooManyRequests');
    expect(refused.retryAfter).toBe('30');
    expect((await metrics(polite)).status).toBe(200);
    // The next minute is a new window.
    jest.setSystemTime(held + 60_000);
    expect((await metrics(greedy)).status).toBe(200);
  });
});
