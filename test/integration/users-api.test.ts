import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { SignJWT, generateKeyPair, importJWK } from 'jose';
import type { JWK } from 'jose';
import cognitoLocalKeyFile from 'cognito-local/lib/keys/cognitoLocal.private.json';
import type { UserProfile } from '../../core';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import { api, createTestUser } from '../helpers/stack-client';
import { auditEntriesFor } from './audit-entries';

/** The foundation slice over HTTP: sign in, GET /users/me creates the profile, PUT persists it. */
describe('users/me over HTTP against the local stack', () => {
  it('creates the profile from the token claims on first GET, and returns the same one after', async () => {
    const user = await createTestUser('Sales', 'maria');
    const first = await api<UserProfile>('/users/me', { token: user.idToken });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      userId: user.sub,
      email: user.email,
      role: 'Sales',
      status: 'active',
    });
    const second = await api<UserProfile>('/users/me', { token: user.idToken });
    expect(second.body).toEqual(first.body);
  });

  it('PUT updates the editable fields, persists them in DynamoDB and audits the change', async () => {
    const user = await createTestUser('Sales', 'jose');
    const res = await api<UserProfile>('/users/me', {
      method: 'PUT',
      token: user.idToken,
      body: {
        company: 'Sagesoft',
        jobTitle: 'Presales',
        preferences: { defaultRegion: 'ap-southeast-1', currency: 'PHP' },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      company: 'Sagesoft',
      jobTitle: 'Presales',
      preferences: { defaultRegion: 'ap-southeast-1', currency: 'PHP' },
    });

    const config = loadConfig();
    const { dynamo } = awsClients(config);
    const stored = await dynamo.send(
      new GetCommand({ TableName: tableName(config, 'users'), Key: { userId: user.sub } }),
    );
    expect(stored.Item).toMatchObject({ company: 'Sagesoft', jobTitle: 'Presales' });
    const audit = await auditEntriesFor(user.sub);
    const actions = audit.map((i) => i.action).sort();
    expect(actions).toEqual(['user.profile.create', 'user.profile.update']);
    const update = audit.find((i) => i.action === 'user.profile.update');
    expect(update?.changes).toMatchObject({ company: ['', 'Sagesoft'] });
  });

  it('refuses to let a user change their own role, naming the field', async () => {
    const user = await createTestUser('Sales', 'eve');
    const res = await api<{ error: string; details: { issues: { path: string }[] } }>('/users/me', {
      method: 'PUT',
      token: user.idToken,
      body: { role: 'Admin' },
    });
    expect(res.status).toBe(400);
    expect(res.body.details.issues[0]?.path).toBe('$.role');
    const me = await api<UserProfile>('/users/me', { token: user.idToken });
    expect(me.body.role).toBe('Sales');
  });

  it('rejects unknown fields and bad values with JSON paths', async () => {
    const user = await createTestUser('Sales', 'bad');
    const res = await api<{ details: { issues: { path: string }[] } }>('/users/me', {
      method: 'PUT',
      token: user.idToken,
      body: { phone: 'call me', preferences: { currency: 'pesos' }, shoeSize: 42 },
    });
    expect(res.status).toBe(400);
    const paths = res.body.details.issues.map((i) => i.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['$', '$.phone', '$.preferences.currency']));
  });

  it('answers 401 with a JSON error for no token, a garbage token, a forged token and an expired token', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ sub: 'x', token_use: 'id', 'custom:role': 'Admin' })
      .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
      .setIssuer(`${process.env.COGNITO_ENDPOINT}/${process.env.USER_POOL_ID}`)
      .setAudience(process.env.USER_POOL_CLIENT_ID ?? '')
      .setExpirationTime('1h')
      .sign(privateKey);
    // cognito-local signs with a key published in its package: sign a token that expired an hour ago.
    const user = await createTestUser('Sales', 'exp');
    const claims = JSON.parse(
      Buffer.from(user.idToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    const localKey = await importJWK(cognitoLocalKeyFile.jwk as JWK, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
      .sign(localKey);
    const tampered = `${user.idToken.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, 'custom:role': 'Admin' })).toString('base64url')}.${user.idToken.split('.')[2]}`;
    for (const token of [null, 'not-a-jwt', forged, tampered, expired]) {
      const res = await api<{ error: string; message: string }>('/users/me', { token });
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('Unauthorized');
      expect(res.body.message.length).toBeGreaterThan(10);
      if (token === expired) expect(res.body.message).toMatch(/expired/i);
    }
  });
});
