import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type {
  CognitoIdentityProviderClient,
  ExplicitAuthFlowsType,
  CreateUserPoolClientCommandInput,
  CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { USER_POOL_SETTINGS } from '../../core';

export const POOL_NAME = 'aws-cost-estimation-users';
export const CLIENT_NAME = 'aws-cost-estimation-client';

/** CreateUserPool for cognito-local from core's USER_POOL_SETTINGS (what the CDK app deploys). */
export function userPoolRequest(): CreateUserPoolCommandInput {
  const s = USER_POOL_SETTINGS;
  return {
    PoolName: POOL_NAME,
    Policies: {
      PasswordPolicy: {
        MinimumLength: s.passwordPolicy.minLength,
        RequireUppercase: s.passwordPolicy.requireUppercase,
        RequireLowercase: s.passwordPolicy.requireLowercase,
        RequireNumbers: s.passwordPolicy.requireDigits,
        RequireSymbols: s.passwordPolicy.requireSymbols,
      },
    },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: !s.selfSignUp },
    MfaConfiguration: 'OFF',
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    Schema: [
      ...s.standardAttributes.map((a) => ({
        Name: a.name,
        AttributeDataType: 'String' as const,
        Required: a.required,
        Mutable: a.mutable,
      })),
      ...s.customAttributes.map((a) => ({
        Name: a.name,
        AttributeDataType: 'String' as const,
        Required: false,
        Mutable: a.mutable,
        StringAttributeConstraints: { MinLength: String(a.minLen), MaxLength: String(a.maxLen) },
      })),
    ],
  };
}

/** CreateUserPoolClient from the same settings: flows, token validity, read/write attributes. */
export function appClientRequest(userPoolId: string): CreateUserPoolClientCommandInput {
  const c = USER_POOL_SETTINGS.client;
  return {
    UserPoolId: userPoolId,
    ClientName: CLIENT_NAME,
    GenerateSecret: c.generateSecret,
    ExplicitAuthFlows: c.authFlows.map((f) => f as ExplicitAuthFlowsType),
    AccessTokenValidity: c.accessTokenMinutes,
    IdTokenValidity: c.idTokenMinutes,
    RefreshTokenValidity: c.refreshTokenDays,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    EnableTokenRevocation: c.enableTokenRevocation,
    PreventUserExistenceErrors: c.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    ReadAttributes: [...c.readAttributes],
    WriteAttributes: [...c.writeAttributes],
  };
}

/**
 * The user pool and its app client, created from the shared settings, or brought back in line
 * with them when they exist (a `.local/` kept from an older start).
 */
export async function ensureUserPool(
  cognito: CognitoIdentityProviderClient,
): Promise<{ userPoolId: string; clientId: string }> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((p) => p.Name === POOL_NAME)?.Id;
  const pool = userPoolRequest();
  if (!userPoolId) {
    userPoolId = (await cognito.send(new CreateUserPoolCommand(pool))).UserPool?.Id;
  } else {
    await cognito.send(
      new UpdateUserPoolCommand({
        UserPoolId: userPoolId,
        Policies: pool.Policies,
        AdminCreateUserConfig: pool.AdminCreateUserConfig,
        MfaConfiguration: pool.MfaConfiguration,
        AccountRecoverySetting: pool.AccountRecoverySetting,
      }),
    );
  }
  if (!userPoolId) throw new Error('cognito-local did not return a user pool id.');
  const clients = await cognito.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  let clientId = clients.UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
  const client = appClientRequest(userPoolId);
  if (!clientId) {
    clientId = (await cognito.send(new CreateUserPoolClientCommand(client))).UserPoolClient
      ?.ClientId;
  } else {
    const { GenerateSecret: _fixed, ...update } = client;
    await cognito.send(new UpdateUserPoolClientCommand({ ...update, ClientId: clientId }));
  }
  if (!clientId) throw new Error('cognito-local did not return an app client id.');
  return { userPoolId, clientId };
}

export interface SeedUser {
  readonly email: string;
  readonly password: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly role: 'Admin' | 'Sales';
}

/** Create a confirmed user with a permanent password unless the email is taken. */
export async function ensureUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  user: SeedUser,
): Promise<void> {
  try {
    await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }));
    return;
  } catch (err) {
    if (!(err instanceof UserNotFoundException) && (err as Error).name !== 'UserNotFoundException')
      throw err;
  }
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'given_name', Value: user.givenName },
        { Name: 'family_name', Value: user.familyName },
        { Name: 'custom:role', Value: user.role },
      ],
    }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
}
