import type {
  AttributeType,
  CognitoIdentityProviderClient,
  UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Role } from '../../../core';
import type {
  DirectoryPage,
  DirectoryQuery,
  DirectoryUser,
  IdentityAdmin,
  NewDirectoryUser,
} from '../../ports/identity-admin';
import { DirectoryUserExistsError } from '../../ports/identity-admin';
import { InvalidCursorError } from '../../ports/paging';
import { cursorKey } from '../cursor-key';
import { readSignedCursor, signCursor } from '../signed-cursor';

/** ListUsers returns at most 60 accounts a call. */
const COGNITO_PAGE_MAX = 60;

/** Accounts, role (the `custom:role` claim of the next token) and sign-in status in the Cognito user pool. */
export class CognitoIdentityAdmin implements IdentityAdmin {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  /**
   * The pool's PaginationToken travels signed (as every cursor of the API), bound to the pool and
   * the filter: a crafted or altered token is an InvalidCursorError, whatever the pool would do.
   */
  async listUsers(q: DirectoryQuery): Promise<DirectoryPage> {
    const key = await cursorKey();
    const scope = `users|${this.userPoolId}|${q.emailPrefix ?? '*'}`;
    const token = q.token ? readSignedCursor(key, scope, q.token, isTokenPayload).t : undefined;
    try {
      const out = await this.cognito.send(
        new ListUsersCommand({
          UserPoolId: this.userPoolId,
          Limit: Math.min(q.limit, COGNITO_PAGE_MAX),
          PaginationToken: token,
          Filter: q.emailPrefix ? `email ^= "${filterValue(q.emailPrefix)}"` : undefined,
        }),
      );
      return {
        users: (out.Users ?? []).map(toDirectoryUser),
        nextToken: out.PaginationToken ? signCursor(key, scope, { t: out.PaginationToken }) : null,
      };
    } catch (err) {
      if (q.token && (err as Error).name === 'InvalidParameterException') {
        throw new InvalidCursorError(q.token);
      }
      throw err;
    }
  }

  async findBySub(sub: string): Promise<DirectoryUser | null> {
    const out = await this.cognito.send(
      new ListUsersCommand({
        UserPoolId: this.userPoolId,
        Limit: 1,
        Filter: `sub = "${filterValue(sub)}"`,
      }),
    );
    const user = out.Users?.[0];
    return user ? toDirectoryUser(user) : null;
  }

  async invite(user: NewDirectoryUser): Promise<DirectoryUser> {
    try {
      const out = await this.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: user.email,
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'given_name', Value: user.firstName },
            { Name: 'family_name', Value: user.lastName },
            { Name: 'custom:role', Value: user.role },
          ],
        }),
      );
      if (!out.User) throw new Error('Cognito AdminCreateUser returned no user.');
      return toDirectoryUser(out.User);
    } catch (err) {
      if ((err as Error).name === 'UsernameExistsException') {
        throw new DirectoryUserExistsError(user.email);
      }
      throw err;
    }
  }

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

function isTokenPayload(v: unknown): v is { t: string } {
  return typeof v === 'object' && v !== null && typeof (v as { t?: unknown }).t === 'string';
}

/** A value inside a ListUsers filter's double quotes. */
function filterValue(v: string): string {
  return v.replace(/["\\]/g, (c) => `\\${c}`);
}

function toDirectoryUser(u: UserType): DirectoryUser {
  const attr = (name: string) => attribute(u.Attributes, name);
  return {
    username: u.Username ?? '',
    sub: attr('sub'),
    email: attr('email'),
    firstName: attr('given_name'),
    lastName: attr('family_name'),
    role: attr('custom:role') === 'Admin' ? 'Admin' : 'Sales',
    enabled: u.Enabled !== false,
    invited: u.UserStatus === 'FORCE_CHANGE_PASSWORD',
    createdAt: toIso(u.UserCreateDate),
  };
}

function attribute(attrs: AttributeType[] | undefined, name: string): string {
  return attrs?.find((a) => a.Name === name)?.Value ?? '';
}

function toIso(d: Date | string | undefined): string {
  if (!d) return '';
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
