/** @jest-environment node */
import {
  ConfigError,
  fetchServedConfig,
  mergeConfig,
  missingConfig,
} from '../../../addin/config/addin-config';

const answer = (status: number, body: string) =>
  (async () => ({
    ok: status < 400,
    status,
    json: async () => JSON.parse(body),
  })) as unknown as typeof fetch;

describe('add-in configuration', () => {
  it('served values win over the build; a Cognito endpoint implies USER_PASSWORD_AUTH', () => {
    const config = mergeConfig(
      { apiUrl: 'https://build.example/prod/', userPoolId: 'build-pool', userPoolClientId: '' },
      {
        apiUrl: 'http://127.0.0.1:49001/',
        userPoolClientId: 'client',
        cognitoEndpoint: 'http://127.0.0.1:49002',
      },
    );
    expect(config).toEqual({
      apiUrl: 'http://127.0.0.1:49001',
      userPoolId: 'build-pool',
      userPoolClientId: 'client',
      cognitoEndpoint: 'http://127.0.0.1:49002',
      authFlowType: 'USER_PASSWORD_AUTH',
    });
    expect(mergeConfig({ userPoolId: 'p', userPoolClientId: 'c' }, {}).authFlowType).toBe(
      'USER_SRP_AUTH',
    );
  });

  it('names what is missing for sign-in', () => {
    expect(missingConfig(mergeConfig({}, { userPoolId: 'p' }))).toMatch(
      /^The add-in is not configured: the app client id is missing\./,
    );
    expect(missingConfig(mergeConfig({}, { userPoolId: 'p', userPoolClientId: 'c' }))).toBeNull();
  });

  it('reads config.json beside the page; no file is fine, a bad one is a clear error', async () => {
    const page = 'http://localhost:3000/taskpane.html';
    await expect(
      fetchServedConfig(page, answer(200, '{"apiUrl":"http://api","region":"x","other":1}')),
    ).resolves.toEqual({ apiUrl: 'http://api' });
    await expect(fetchServedConfig(page, answer(404, ''))).resolves.toEqual({});
    await expect(fetchServedConfig(page, answer(200, '{"userPoolId":7}'))).rejects.toThrow(
      new ConfigError('http://localhost:3000/config.json: $.userPoolId must be a string.'),
    );
    await expect(fetchServedConfig(page, answer(500, ''))).rejects.toThrow('answered HTTP 500');
  });
});
