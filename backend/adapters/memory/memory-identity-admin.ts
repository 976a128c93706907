import type { Role } from '../../../core';
import type { IdentityAdmin } from '../../ports/identity-admin';

/** Records what Cognito would have been told. */
export class MemoryIdentityAdmin implements IdentityAdmin {
  readonly roles = new Map<string, Role>();
  readonly enabled = new Map<string, boolean>();
  /** Users signed out of every session, in order. */
  readonly signedOut: string[] = [];

  async setRole(username: string, role: Role): Promise<void> {
    this.roles.set(username, role);
  }

  async setEnabled(username: string, enabled: boolean): Promise<void> {
    this.enabled.set(username, enabled);
  }

  async signOut(username: string): Promise<void> {
    this.signedOut.push(username);
  }
}
