import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Role } from '../../../core';
import type { IdentityAdmin } from '../../ports/identity-admin';

/** Role and sign-in status in the Cognito user pool (the `custom:role` claim of the next token). */
export class CognitoIdentityAdmin implements IdentityAdmin {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async setRole(username: string, role: Role): Promise<void> {
    await this.cognito.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: this.userPoolId,
        Username: username,
        UserAttributes: [{ Name: 'custom:role', Value: role }],
      }),
    );
  }

  async setEnabled(username: string, enabled: boolean): Promise<void> {
    const input = { UserPoolId: this.userPoolId, Username: username };
    await this.cognito.send(
      enabled ? new AdminEnableUserCommand(input) : new AdminDisableUserCommand(input),
    );
  }

  async signOut(username: string): Promise<void> {
    await this.cognito.send(
      new AdminUserGlobalSignOutCommand({ UserPoolId: this.userPoolId, Username: username }),
    );
  }
}
