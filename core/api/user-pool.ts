/**
 * The Cognito user pool and app client settings, as data: the CDK construct
 * (infra/constructs/user-directory.ts) and the local bootstrap (backend/local/user-pool.ts) both
 * build from here, and test/security compares the bootstrap's requests with the synthesized
 * template, so the local stack refuses what the deployed pool refuses.
 */
export interface UserPoolSettings {
  /** Accounts are created by an Admin (infra README: first admin user), never by self sign-up. */
  readonly selfSignUp: boolean;
  readonly passwordPolicy: {
    readonly minLength: number;
    readonly requireUppercase: boolean;
    readonly requireLowercase: boolean;
    readonly requireDigits: boolean;
    readonly requireSymbols: boolean;
  };
  /** Standard attributes (OIDC names) with required/mutable. */
  readonly standardAttributes: readonly { name: string; required: boolean; mutable: boolean }[];
  /** Custom attributes without the `custom:` prefix. */
  readonly customAttributes: readonly {
    name: string;
    minLen: number;
    maxLen: number;
    mutable: boolean;
  }[];
  readonly client: {
    readonly generateSecret: boolean;
    /** Cognito's ExplicitAuthFlows names. */
    readonly authFlows: readonly string[];
    readonly accessTokenMinutes: number;
    readonly idTokenMinutes: number;
    readonly refreshTokenDays: number;
    readonly enableTokenRevocation: boolean;
    readonly preventUserExistenceErrors: boolean;
    readonly readAttributes: readonly string[];
    /** `custom:role` is deliberately absent: a user must not promote himself. */
    readonly writeAttributes: readonly string[];
  };
}

export const USER_POOL_SETTINGS: UserPoolSettings = {
  selfSignUp: false,
  passwordPolicy: {
    minLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireDigits: true,
    requireSymbols: false,
  },
  standardAttributes: [
    { name: 'email', required: true, mutable: true },
    { name: 'given_name', required: false, mutable: true },
    { name: 'family_name', required: false, mutable: true },
  ],
  customAttributes: [{ name: 'role', minLen: 1, maxLen: 32, mutable: true }],
  client: {
    generateSecret: false,
    // SRP for production sign-in; USER_PASSWORD for cognito-local (no SRP) and scripted clients.
    authFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    accessTokenMinutes: 60,
    idTokenMinutes: 60,
    refreshTokenDays: 30,
    enableTokenRevocation: true,
    preventUserExistenceErrors: true,
    readAttributes: ['custom:role', 'email', 'email_verified', 'family_name', 'given_name'],
    writeAttributes: ['email', 'family_name', 'given_name'],
  },
};
