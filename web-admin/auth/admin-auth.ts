import type { Role } from '../../core';

/** The signed-in person as the console needs it; the role comes from the `custom:role` claim. */
export interface AdminUser {
  readonly username: string;
  readonly email: string;
  readonly role: Role;
}

/** Sign-in behind a port so tests pass a fake instead of mocking Amplify. */
export interface AdminAuth {
  signIn(email: string, password: string): Promise<AdminUser>;
  signOut(): Promise<void>;
  currentUser(): Promise<AdminUser | null>;
  /** The current ID token (refreshed when needed), or null when signed out. */
  idToken(): Promise<string | null>;
}

export class SignInError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignInError';
  }
}
