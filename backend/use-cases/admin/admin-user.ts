import type { AdminUser, UserProfile } from '../../../core';
import type { DirectoryUser } from '../../ports/identity-admin';

/**
 * One row of the console's user list: the pool's account joined with the profile. The profile
 * (the users table) is the authority for role and status once it exists; before the first sign-in
 * the pool's role claim and enabled flag are all there is.
 */
export function adminUser(account: DirectoryUser | null, profile: UserProfile | null): AdminUser {
  if (!account && !profile) throw new Error('adminUser needs an account or a profile.');
  return {
    userId: profile?.userId ?? account?.sub ?? '',
    email: profile?.email || account?.email || '',
    firstName: profile?.firstName || account?.firstName || '',
    lastName: profile?.lastName || account?.lastName || '',
    company: profile?.company ?? '',
    role: profile?.role ?? account?.role ?? 'Sales',
    status: profile?.status ?? (account?.enabled === false ? 'disabled' : 'active'),
    invited: account?.invited ?? false,
    createdAt: account?.createdAt || profile?.createdAt || '',
    lastSeenAt: profile?.lastSeenAt ?? null,
  };
}
