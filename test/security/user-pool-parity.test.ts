import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { appClientRequest, userPoolRequest } from '../../backend/local/bootstrap';
import { buildForTest, onlyProps } from '../infra/build-system';

/**
 * Issue 15, finding 2: the local bootstrap did not copy the CDK app client's settings, so
 * cognito-local let a Sales user write custom:role or sign up. Both now build from core's
 * USER_POOL_SETTINGS; this compares what the bootstrap asks cognito-local for with what the CDK
 * app synthesizes, and with what the running cognito-local stored.
 */
const prod = buildForTest('prod');
const pool = onlyProps(prod.stateful, 'AWS::Cognito::UserPool') as {
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: boolean };
  Policies: { PasswordPolicy: Record<string, unknown> };
  Schema: { Name: string; Mutable: boolean; StringAttributeConstraints?: Record<string, string> }[];
};
const client = onlyProps(prod.stateful, 'AWS::Cognito::UserPoolClient') as {
  ExplicitAuthFlows: string[];
  ReadAttributes: string[];
  WriteAttributes: string[];
  AccessTokenValidity: number;
  IdTokenValidity: number;
  RefreshTokenValidity: number;
  TokenValidityUnits: Record<string, string>;
  EnableTokenRevocation: boolean;
  PreventUserExistenceErrors: string;
};

/** Minutes of a validity in `unit` (CloudFormation and Cognito use minutes/hours/days). */
function minutes(value: number | undefined, unit: string | undefined): number {
  const per: Record<string, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };
  return (value ?? NaN) * (per[unit ?? ''] ?? NaN);
}

const local = userPoolRequest();
const localClient = appClientRequest('local_pool');

describe('the local user pool is built from the settings the CDK app deploys', () => {
  it('self sign-up is off in both', () => {
    expect(pool.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(local.AdminCreateUserConfig?.AllowAdminCreateUserOnly).toBe(true);
  });

  it('same password policy and custom:role attribute', () => {
    const p = local.Policies?.PasswordPolicy;
    expect(pool.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: p?.MinimumLength,
      RequireUppercase: p?.RequireUppercase,
      RequireLowercase: p?.RequireLowercase,
      RequireNumbers: p?.RequireNumbers,
      RequireSymbols: p?.RequireSymbols,
    });
    const role = pool.Schema.find((a) => a.Name === 'role');
    const localRole = local.Schema?.find((a) => a.Name === 'role');
    expect(role?.StringAttributeConstraints).toEqual(localRole?.StringAttributeConstraints);
    expect(role?.Mutable).toBe(localRole?.Mutable);
  });

  it('same app client: flows, read and write attributes (no custom:role), token validity', () => {
    expect([...client.ExplicitAuthFlows].sort()).toEqual(
      [...(localClient.ExplicitAuthFlows ?? [])].sort(),
    );
    expect([...client.ReadAttributes].sort()).toEqual(
      [...(localClient.ReadAttributes ?? [])].sort(),
    );
    expect([...client.WriteAttributes].sort()).toEqual(
      [...(localClient.WriteAttributes ?? [])].sort(),
    );
    expect(client.WriteAttributes).not.toContain('custom:role');
    const units = client.TokenValidityUnits;
    const localUnits = localClient.TokenValidityUnits;
    expect(minutes(client.AccessTokenValidity, units.AccessToken)).toBe(
      minutes(localClient.AccessTokenValidity, localUnits?.AccessToken),
    );
    expect(minutes(client.IdTokenValidity, units.IdToken)).toBe(
      minutes(localClient.IdTokenValidity, localUnits?.IdToken),
    );
    expect(minutes(client.RefreshTokenValidity, units.RefreshToken)).toBe(
      minutes(localClient.RefreshTokenValidity, localUnits?.RefreshToken),
    );
    expect(client.EnableTokenRevocation).toBe(localClient.EnableTokenRevocation);
    expect(client.PreventUserExistenceErrors).toBe(localClient.PreventUserExistenceErrors);
  });

  it('the running cognito-local stored those settings', async () => {
    const idp = new CognitoIdentityProviderClient({
      endpoint: process.env.COGNITO_ENDPOINT,
      region: 'us-east-1',
    });
    const UserPoolId = process.env.USER_POOL_ID;
    const stored = await idp.send(new DescribeUserPoolCommand({ UserPoolId }));
    expect(stored.UserPool?.AdminCreateUserConfig?.AllowAdminCreateUserOnly).toBe(true);
    const storedClient = await idp.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: process.env.USER_POOL_CLIENT_ID }),
    );
    expect([...(storedClient.UserPoolClient?.WriteAttributes ?? [])].sort()).toEqual(
      [...client.WriteAttributes].sort(),
    );
    expect(
      minutes(
        storedClient.UserPoolClient?.IdTokenValidity,
        storedClient.UserPoolClient?.TokenValidityUnits?.IdToken,
      ),
    ).toBe(minutes(client.IdTokenValidity, units(client)));
  });
});

function units(c: typeof client): string | undefined {
  return c.TokenValidityUnits.IdToken;
}
