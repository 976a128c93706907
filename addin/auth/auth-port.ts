/** What the task pane and the API client need from sign-in; Amplify implements it in the add-in. */
export interface SignedInUser {
  readonly username: string;
  readonly email: string;
  readonly role: 'Admin' | 'Sales';
}

export interface AuthPort {
  signIn(username: string, password: string): Promise<SignedInUser>;
  signOut(): Promise<void>;
  /** The signed-in user, or null. Never prompts. */
  currentUser(): Promise<SignedInUser | null>;
  /** A valid ID token (refreshed when it is about to expire), or null when signed out. */
  idToken(): Promise<string | null>;
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
