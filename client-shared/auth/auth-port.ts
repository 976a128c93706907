import type { Role } from '../../core';

/** The signed-in person as the front ends need it; the role comes from the `custom:role` claim. */
export interface SignedInUser {
  readonly username: string;
  readonly email: string;
  readonly role: Role;
}

/** Sign-in behind a port, so the apps' tests pass a fake instead of mocking Amplify. */
export interface AuthPort {
  signIn(email: string, password: string): Promise<SignedInUser>;
  signOut(): Promise<void>;
  /** The signed-in user, or null. Never prompts. */
  currentUser(): Promise<SignedInUser | null>;
  /** A valid ID token (refreshed when it is about to expire), or null when signed out. */
  idToken(): Promise<string | null>;
}

/** Where the user pool is; both front ends' configurations include it. */
export interface AuthConfig {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Only for cognito-local: `http://127.0.0.1:9229`. Empty for real Cognito. */
  readonly cognitoEndpoint: string;
  /** `USER_PASSWORD_AUTH` against cognito-local (it has no SRP); `USER_SRP_AUTH` in AWS. */
  readonly authFlowType: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
