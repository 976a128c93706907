import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityAdmin } from '../../backend/adapters/aws/cognito-identity-admin';
import { identityAdminContract } from '../contracts/identity-admin.contract';

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
