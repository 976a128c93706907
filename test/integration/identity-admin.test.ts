import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityAdmin } from '../../backend/adapters/aws/cognito-identity-admin';
import { identityAdminContract } from '../contracts/identity-admin.contract';
import { InvalidCursorError } from '../../backend/ports/paging';

identityAdminContract('Cognito adapter on cognito-local', async () => {
  const endpoint = process.env.COGNITO_ENDPOINT;
  const pool = process.env.USER_POOL_ID;
  if (!endpoint || !pool)
    throw new Error('COGNITO_ENDPOINT and USER_POOL_ID come from the stack setup.');
  return new CognitoIdentityAdmin(
    new CognitoIdentityProviderClient({ endpoint, region: 'us-east-1' }),
    pool,
  );
});

describe('CognitoIdentityAdmin paging tokens', () => {
  it('refuses a token it did not sign, naming the cursor', async () => {
    const dir = new CognitoIdentityAdmin(
      new CognitoIdentityProviderClient({
        endpoint: process.env.COGNITO_ENDPOINT,
        region: 'us-east-1',
      }),
      String(process.env.USER_POOL_ID),
    );
    await expect(dir.listUsers({ limit: 5, token: 'eyJhIjoxfQ' })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});
