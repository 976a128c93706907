import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { USER_POOL_SETTINGS, physicalName } from '../../core';

export interface UserDirectoryProps {
  readonly envName: string;
  readonly retain: boolean;
}

/**
 * The Cognito user pool of seed §3.1: e-mail sign-in, the seed's password policy, recovery by
 * verified e-mail, `custom:role` (Admin | Sales, default Sales when absent), TOTP MFA available
 * but not required, and one public app client (no secret) for the add-in and the admin console.
 */
export class UserDirectory extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    const settings = USER_POOL_SETTINGS;
    const attribute = (name: string) =>
      settings.standardAttributes.find((a) => a.name === name) ?? {
        required: false,
        mutable: true,
      };
    const std = (a: { required: boolean; mutable: boolean }) => ({
      required: a.required,
      mutable: a.mutable,
    });
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: physicalName(props.envName, 'users'),
      // Accounts are created by an Admin (README: first admin user), not by self sign-up.
      selfSignUpEnabled: settings.selfSignUp,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: std(attribute('email')),
        givenName: std(attribute('given_name')),
        familyName: std(attribute('family_name')),
      },
      customAttributes: Object.fromEntries(
        settings.customAttributes.map((a) => [
          a.name,
          new cognito.StringAttribute({ mutable: a.mutable, minLen: a.minLen, maxLen: a.maxLen }),
        ]),
      ),
      passwordPolicy: { ...settings.passwordPolicy },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // OPTIONAL + TOTP: a user may enrol an authenticator app; nobody is enrolled by default.
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const client = settings.client;
    const flows = new Set(client.authFlows);
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: physicalName(props.envName, 'app-client'),
      generateSecret: client.generateSecret,
      authFlows: {
        userSrp: flows.has('ALLOW_USER_SRP_AUTH'),
        userPassword: flows.has('ALLOW_USER_PASSWORD_AUTH'),
      },
      accessTokenValidity: Duration.minutes(client.accessTokenMinutes),
      idTokenValidity: Duration.minutes(client.idTokenMinutes),
      refreshTokenValidity: Duration.days(client.refreshTokenDays),
      // No hosted UI: the clients sign in with the Cognito API (Amplify), so no OAuth flows.
      disableOAuth: true,
      preventUserExistenceErrors: client.preventUserExistenceErrors,
      enableTokenRevocation: client.enableTokenRevocation,
      readAttributes: clientAttributes(client.readAttributes),
      // custom:role is deliberately NOT writable by the client: a user must not promote himself.
      writeAttributes: clientAttributes(client.writeAttributes),
    });

    new cognito.CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: 'admins',
      description:
        'Administrators; mirrors custom:role = Admin for tools that read cognito:groups.',
    });
  }
}

/** Cognito attribute names (`given_name`, `custom:role`) -> CDK's ClientAttributes. */
function clientAttributes(names: readonly string[]): cognito.ClientAttributes {
  const standard: Record<string, keyof cognito.StandardAttributesMask> = {
    email: 'email',
    email_verified: 'emailVerified',
    given_name: 'givenName',
    family_name: 'familyName',
  };
  const mask: cognito.StandardAttributesMask = {};
  const custom: string[] = [];
  for (const name of names) {
    if (name.startsWith('custom:')) custom.push(name.slice('custom:'.length));
    else if (standard[name]) (mask as Record<string, boolean>)[standard[name]] = true;
    else throw new Error(`No CDK mapping for the client attribute "${name}".`);
  }
  return new cognito.ClientAttributes()
    .withStandardAttributes(mask)
    .withCustomAttributes(...custom);
}
