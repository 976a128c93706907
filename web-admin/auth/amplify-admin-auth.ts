import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import type { AdminConfig } from '../config/admin-config';
import { SignInError, type AdminAuth, type AdminUser } from './admin-auth';

/**
 * Amplify v6 against the Cognito user pool. USER_PASSWORD_AUTH by default: cognito-local has no
 * SRP, and the deployed app client enables the flow for the console (see web-admin/README.md).
 */
export class AmplifyAdminAuth implements AdminAuth {
  constructor(private readonly config: AdminConfig) {
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

  async signIn(email: string, password: string): Promise<AdminUser> {
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
        `Sign-in needs another step (${result.nextStep.signInStep}), which this console does not support yet.`,
      );
    }
    const user = await this.currentUser();
    if (!user)
      throw new SignInError(
        'Signed in, but no session was stored. Allow cookies and site storage for this page.',
      );
    return user;
  }

  async signOut(): Promise<void> {
    await signOut();
  }

  async currentUser(): Promise<AdminUser | null> {
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
    const session = await fetchAuthSession();
    return session.tokens?.idToken?.toString() ?? null;
  }
}

function signInMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAuthorizedException' || name === 'UserNotFoundException')
    return 'Email or password is wrong. Check both and try again.';
  if (name === 'PasswordResetRequiredException')
    return 'Your password must be reset before you can sign in.';
  // Amplify reports a failed fetch as NetworkError; a bare fetch failure is a TypeError.
  if (error instanceof TypeError || name === 'NetworkError')
    return 'The sign-in service is unreachable. Check your network connection and the console config (cognitoEndpoint).';
  return `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
}
