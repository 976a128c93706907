import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import type { AuthConfig, AuthPort, SignedInUser } from './auth-port';
import { SignInError } from './auth-port';

/** The two sentences of sign-in that depend on the front end. */
export interface SignInWording {
  /** What to do when Cognito asks for a step this front end cannot complete (new password, MFA). */
  readonly otherStep: string;
  /** What must allow cookies and site storage: "this add-in", "this page". */
  readonly storageScope: string;
}

/**
 * Amplify v6 sign-in against the Cognito user pool, configured once per page (in the add-in the
 * task pane and the custom functions share this module instance: webpack `runtimeChunk: 'single'`).
 * `fetchAuthSession()` refreshes expired tokens through the refresh token.
 */
export class AmplifyAuth implements AuthPort {
  constructor(
    private readonly config: AuthConfig,
    private readonly wording: SignInWording,
  ) {
    Amplify.configure({
      Auth: {
        Cognito: {
          userPoolId: config.userPoolId,
          userPoolClientId: config.userPoolClientId,
          ...(config.cognitoEndpoint ? { userPoolEndpoint: config.cognitoEndpoint } : {}),
        },
      },
    });
  }

  async signIn(email: string, password: string): Promise<SignedInUser> {
    if (!email.trim() || !password) throw new SignInError('Enter your email address and password.');
    if (await this.currentUser()) await signOut();
    let result;
    try {
      result = await signIn({
        username: email.trim(),
        password,
        options: { authFlowType: this.config.authFlowType },
      });
    } catch (error) {
      throw new SignInError(signInMessage(error), { cause: error });
    }
    if (!result.isSignedIn) {
      throw new SignInError(
        `Sign-in needs another step (${result.nextStep.signInStep}). ${this.wording.otherStep}`,
      );
    }
    const user = await this.currentUser();
    if (!user)
      throw new SignInError(
        `Signed in, but no session was stored. Allow cookies and site storage for ${this.wording.storageScope}.`,
      );
    return user;
  }

  async signOut(): Promise<void> {
    await signOut();
  }

  async currentUser(): Promise<SignedInUser | null> {
    try {
      const user = await getCurrentUser();
      const session = await fetchAuthSession();
      const claims = session.tokens?.idToken?.payload ?? {};
      return {
        username: user.username,
        email: typeof claims.email === 'string' ? claims.email : user.username,
        role: claims['custom:role'] === 'Admin' ? 'Admin' : 'Sales',
      };
    } catch {
      // getCurrentUser throws UserUnAuthenticatedException when nobody is signed in: that is "no user".
      return null;
    }
  }

  async idToken(): Promise<string | null> {
    try {
      const session = await fetchAuthSession();
      return session.tokens?.idToken?.toString() ?? null;
    } catch {
      // No session that can be refreshed: the HTTP client then says "not signed in".
      return null;
    }
  }
}

function signInMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAuthorizedException' || name === 'UserNotFoundException')
    return 'Email or password is wrong. Check both and try again.';
  if (name === 'PasswordResetRequiredException')
    return 'Your password must be reset before you can sign in. Ask an administrator.';
  // Amplify reports a failed fetch as NetworkError; a bare fetch failure is a TypeError.
  if (error instanceof TypeError || name === 'NetworkError')
    return 'The sign-in service is unreachable. Check your network connection and try again; if it persists, ask the operator to check the Cognito endpoint in the configuration.';
  return `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
}
