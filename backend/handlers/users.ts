import { awsAdapters } from '../adapters/aws/container';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { usersRoutes } from '../routes/users';
import { limited } from './limits';

/** Composition root of the `users` function: GET and PUT /users/me. */
const aws = awsAdapters();

export const handler = limited(
  'users',
  usersRoutes({ users: aws.users, clock: systemClock, ids: randomIds }),
  aws,
);
