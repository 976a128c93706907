import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import type { RuntimeConfig } from '../config/runtime-config';
import type { AuthPort, SignedInUser } from './auth-port';
import { SignInError } from './auth-port';

/**
 * Amplify v6 sign-in (Cognito user pool) for the task pane. Configured once per page: the task
 * pane and the custom functions share this module instance (webpack `runtimeChunk: 'single'`).
 * `fetchAuthSession()` refreshes expired tokens through the refresh token.
 */
export class AmplifyAuth implements AuthPort {
  constructor(private readonly config: RuntimeConfig) {
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

  async signIn(username: string, password: string): Promise<SignedInUser> {
    if (!username.trim() || !password)
      throw new SignInError('Enter your email address and password.');
    if (await this.currentUser()) await signOut();
    let result;
    try {
      result = await signIn({
        username: username.trim(),
        password,
        options: { authFlowType: this.config.authFlowType },
      });
    } catch (error) {
      throw new SignInError(signInMessage(error), { cause: error });
    }
    if (!result.isSignedIn) {
      throw new SignInError(
        `Sign-in needs another step (${result.nextStep.signInStep}). Complete it in the admin console, then sign in here again.`,
      );
    }
    const user = await this.currentUser();
    if (!user)
      throw new SignInError(
        'Signed in, but no session was stored. Allow cookies and storage for this add-in.',
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
      // getCurrentUser throws UserUnAuthenticatedException when nobody is signed in.
      return null;
    }
  }

  async idToken(): Promise<string | null> {
    try {
      const session = await fetchAuthSession();
      return session.tokens?.idToken?.toString() ?? null;
    } catch {
      return null;
    }
  }
}

function signInMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAuthorizedException' || name === 'UserNotFoundException')
    return 'Email or password is wrong. Check both and try again.';
  if (name === 'PasswordResetRequiredException')
    return 'Your password must be reset. Ask an administrator.';
  if (error instanceof TypeError)
    return 'Sign-in service unreachable. Check your network connection and try again.';
  return `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
}
