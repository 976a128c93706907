import { request } from 'node:http';
import { apiUrl, createTestUser } from '../helpers/stack-client';

/**
 * The admin IP allow-list over HTTP against the local stack. The local API adapter takes the
 * caller's address from the socket, as API Gateway's `requestContext.identity.sourceIp`; on Linux
 * every 127.x address is loopback, so a client bound to 127.0.0.2 is "another address".
 */
function callFrom(
  localAddress: string,
  path: string,
  token: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const url = new URL(path, apiUrl());
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        localAddress,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(text) as Record<string, unknown>,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('admin IP allow-list on the local stack', () => {
  it('refuses a list without the caller, enforces a saved list on /admin/* only, and audits the refusal', async () => {
    const admin = await createTestUser('Admin', 'allowlist');
    const token = admin.idToken;
    const me = await callFrom('127.0.0.1', '/admin/whoami', token);
    expect(me).toEqual({
      status: 200,
      json: {
        userId: admin.sub,
        email: admin.email,
        role: 'Admin',
        sourceIp: '127.0.0.1',
        allowed: true,
      },
    });
    const version = (await callFrom('127.0.0.1', '/admin/settings', token)).json.version as number;

    const lockOut = await callFrom('127.0.0.1', '/admin/settings', token, 'PUT', {
      version,
      adminIpAllowList: ['10.0.0.0/8'],
    });
    expect(lockOut.status).toBe(409);
    expect(lockOut.json.message).toContain(
      'Your current address 127.0.0.1 is in none of the allowed ranges',
    );

    const saved = await callFrom('127.0.0.1', '/admin/settings', token, 'PUT', {
      version,
      adminIpAllowList: ['127.0.0.1/32'],
    });
    expect(saved.status).toBe(200);
    try {
      const refused = await callFrom('127.0.0.2', '/admin/users', token);
      expect(refused.status).toBe(403);
      expect(refused.json.message).toContain('127.0.0.2 is not in the admin IP allow-list');
      expect((await callFrom('127.0.0.2', '/admin/whoami', token)).status).toBe(403);
      // The list guards /admin/* only; from inside it the admin routes answer.
      expect((await callFrom('127.0.0.2', '/users/me', token)).status).toBe(200);
      expect((await callFrom('127.0.0.1', '/admin/users', token)).status).toBe(200);

      const log = await callFrom(
        '127.0.0.1',
        `/admin/audit-logs?userId=${admin.sub}&action=admin.ip-refused`,
        token,
      );
      expect(log.status).toBe(200);
      const items = log.json.items as { targetId: string; changes: Record<string, unknown> }[];
      expect(items.map((e) => [e.targetId, e.changes])).toEqual([
        ['GET /admin/whoami', { sourceIp: '127.0.0.2', path: '/admin/whoami' }],
        ['GET /admin/users', { sourceIp: '127.0.0.2', path: '/admin/users' }],
      ]);
    } finally {
      const now = (await callFrom('127.0.0.1', '/admin/settings', token)).json.version as number;
      const cleared = await callFrom('127.0.0.1', '/admin/settings', token, 'PUT', {
        version: now,
        adminIpAllowList: [],
      });
      expect(cleared.status).toBe(200);
    }
    expect((await callFrom('127.0.0.2', '/admin/users', token)).status).toBe(200);
  });
});
