import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { physicalName } from '../../core';

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
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: physicalName(props.envName, 'users'),
      // Accounts are created by an Admin (README: first admin user), not by self sign-up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        givenName: { required: false, mutable: true },
        familyName: { required: false, mutable: true },
      },
      customAttributes: {
        role: new cognito.StringAttribute({ mutable: true, minLen: 1, maxLen: 32 }),
      },
      passwordPolicy: {
        minLength: 8,
        requireUppercase: true,
        requireLowercase: true,
        requireDigits: true,
        requireSymbols: false,
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // OPTIONAL + TOTP: a user may enrol an authenticator app; nobody is enrolled by default.
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      deletionProtection: props.retain,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    const standard = { email: true, givenName: true, familyName: true };
    this.client = this.userPool.addClient('AppClient', {
      userPoolClientName: physicalName(props.envName, 'app-client'),
      generateSecret: false,
      // SRP for production sign-in; USER_PASSWORD for cognito-local parity and scripted clients.
      authFlows: { userSrp: true, userPassword: true },
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // No hosted UI: the clients sign in with the Cognito API (Amplify), so no OAuth flows.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ ...standard, emailVerified: true })
        .withCustomAttributes('role'),
      // custom:role is deliberately NOT writable by the client: a user must not promote himself.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes(standard),
    });

    new cognito.CfnUserPoolGroup(this, 'AdminsGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: 'admins',
      description:
        'Administrators; mirrors custom:role = Admin for tools that read cognito:groups.',
    });
  }
}
