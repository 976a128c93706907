import type { Role } from '../../core';

/** The user directory (Cognito): role claim and sign-in status. Identified by Cognito username. */
export interface IdentityAdmin {
  setRole(username: string, role: Role): Promise<void>;
  setEnabled(username: string, enabled: boolean): Promise<void>;
  /** Revokes every refresh token of the user (Cognito global sign-out): no new tokens by refresh. */
  signOut(username: string): Promise<void>;
}
