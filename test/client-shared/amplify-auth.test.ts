/** @jest-environment node */
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';
import { AmplifyAuth } from '../../client-shared/auth/amplify-auth';
import { SignInError } from '../../client-shared/auth/auth-port';

jest.mock('aws-amplify', () => ({ Amplify: { configure: jest.fn() } }));
jest.mock('aws-amplify/auth', () => ({
  signIn: jest.fn(),
  signOut: jest.fn(),
  getCurrentUser: jest.fn(),
  fetchAuthSession: jest.fn(),
}));

const local = {
  apiUrl: 'http://127.0.0.1:3001',
  userPoolId: 'us-east-1_Local',
  userPoolClientId: 'client',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  authFlowType: 'USER_PASSWORD_AUTH' as const,
};
const wording = { otherStep: 'Complete it in the admin console.', storageScope: 'this add-in' };
const session = {
  tokens: {
    idToken: {
      payload: { email: 'ana@example.com', 'custom:role': 'Admin' },
      toString: () => 'jwt-id',
    },
  },
};

beforeEach(() => jest.clearAllMocks());

describe('AmplifyAuth', () => {
  it('configures the user pool with the cognito-local endpoint', () => {
    new AmplifyAuth(local, wording);
    expect(Amplify.configure).toHaveBeenCalledWith({
      Auth: {
        Cognito: {
          userPoolId: 'us-east-1_Local',
          userPoolClientId: 'client',
          userPoolEndpoint: 'http://127.0.0.1:9229',
        },
      },
    });
  });

  it('signs in with USER_PASSWORD_AUTH and reads email and role from the ID token', async () => {
    jest
      .mocked(getCurrentUser)
      .mockRejectedValueOnce(new Error('UserUnAuthenticatedException'))
      .mockResolvedValue({ username: 'ana', userId: 'sub-1' });
    jest.mocked(signIn).mockResolvedValue({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    jest.mocked(fetchAuthSession).mockResolvedValue(session as never);
    const user = await new AmplifyAuth(local, wording).signIn(' ana@example.com ', 'pw');
    expect(signIn).toHaveBeenCalledWith({
      username: 'ana@example.com',
      password: 'pw',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    expect(user).toEqual({ username: 'ana', email: 'ana@example.com', role: 'Admin' });
  });

  it('explains a wrong password and an unfinished challenge', async () => {
    jest.mocked(getCurrentUser).mockRejectedValue(new Error('signed out'));
    const wrong = Object.assign(new Error('Incorrect username or password.'), {
      name: 'NotAuthorizedException',
    });
    jest.mocked(signIn).mockRejectedValueOnce(wrong);
    await expect(new AmplifyAuth(local, wording).signIn('ana@example.com', 'bad')).rejects.toThrow(
      'Email or password is wrong',
    );
    jest.mocked(signIn).mockResolvedValueOnce({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' },
    } as never);
    await expect(new AmplifyAuth(local, wording).signIn('ana@example.com', 'pw')).rejects.toThrow(
      SignInError,
    );
    await expect(new AmplifyAuth(local, wording).signIn('', 'pw')).rejects.toThrow(
      'Enter your email address and password.',
    );
  });

  it('hands out the (refreshed) ID token, or null when signed out', async () => {
    jest.mocked(fetchAuthSession).mockResolvedValueOnce(session as never);
    await expect(new AmplifyAuth(local, wording).idToken()).resolves.toBe('jwt-id');
    jest.mocked(fetchAuthSession).mockResolvedValueOnce({ tokens: undefined } as never);
    await expect(new AmplifyAuth(local, wording).idToken()).resolves.toBeNull();
    await new AmplifyAuth(local, wording).signOut();
    expect(signOut).toHaveBeenCalled();
  });

  it("says what this front end's user should do, and when Cognito is unreachable", async () => {
    jest.mocked(getCurrentUser).mockRejectedValue(new Error('signed out'));
    jest.mocked(signIn).mockResolvedValueOnce({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    } as never);
    await expect(new AmplifyAuth(local, wording).signIn('ana@example.com', 'pw')).rejects.toThrow(
      'Sign-in needs another step (CONFIRM_SIGN_IN_WITH_TOTP_CODE). Complete it in the admin console.',
    );
    jest.mocked(signIn).mockResolvedValueOnce({ isSignedIn: true, nextStep: {} } as never);
    await expect(new AmplifyAuth(local, wording).signIn('ana@example.com', 'pw')).rejects.toThrow(
      'Signed in, but no session was stored. Allow cookies and site storage for this add-in.',
    );
    const offline = Object.assign(new Error('fetch failed'), { name: 'NetworkError' });
    jest.mocked(signIn).mockRejectedValueOnce(offline);
    await expect(new AmplifyAuth(local, wording).signIn('ana@example.com', 'pw')).rejects.toThrow(
      'The sign-in service is unreachable.',
    );
  });

  it('gives no token (not an exception) when the session cannot be refreshed', async () => {
    jest.mocked(fetchAuthSession).mockRejectedValueOnce(new Error('refresh token expired'));
    await expect(new AmplifyAuth(local, wording).idToken()).resolves.toBeNull();
  });
});
