import type { APIGatewayProxyEvent } from 'aws-lambda';
import { UnauthorizedError } from './errors';

import type { Role } from '../../core';
export type { Role };

/** The signed-in user, from the Cognito claims API Gateway (or the local adapter) verified. */
export interface Caller {
  readonly userId: string;
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly role: Role;
}

/** Seed §3.1 `extractUserContext`: claims -> caller; role defaults to Sales. */
export function callerFromEvent(event: APIGatewayProxyEvent): Caller {
  const claims = (event.requestContext.authorizer?.claims ?? undefined) as
    Record<string, string | undefined> | undefined;
  const sub = claims?.sub;
  if (!claims || !sub)
    throw new UnauthorizedError('Sign in first: the request carries no verified identity.');
  return {
    userId: sub,
    email: claims.email ?? '',
    firstName: claims.given_name,
    lastName: claims.family_name,
    role: claims['custom:role'] === 'Admin' ? 'Admin' : 'Sales',
  };
}
