import { useCallback, useEffect, useState } from 'react';
import type { AdminUser, AdminUserUpdate, InviteUserRequest } from '../../../core';
import type { AdminApi } from '../../api/admin-api';
import { useNotifyError } from '../../components/use-notify-error';
import { useAdmin } from '../../state/admin-store';

export interface UsersState {
  readonly users: readonly AdminUser[];
  /** The next page's cursor, or null on the last page. */
  readonly cursor: string | null;
  readonly loading: boolean;
  /** The user whose change is being saved (their controls are disabled meanwhile). */
  readonly savingId: string | null;
  readonly inviting: boolean;
  /** First page of `term` (after = null), or the page after `after` appended. */
  load(term: string, after: string | null): Promise<void>;
  /** Save a role or status change; `what` names it in the success message. */
  update(user: AdminUser, change: AdminUserUpdate, what: string): Promise<void>;
  /** Invite a user; true when the invitation was created. */
  invite(invite: InviteUserRequest): Promise<boolean>;
}

/**
 * The users list (user pool joined with profiles) with cursor paging, invitations and updates;
 * the first page is `initialSearch`'s (a link from the audit log opens the page filtered).
 */
export function useUsers(api: AdminApi, initialSearch = ''): UsersState {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [savingId, setSavingId] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);

  const load = useCallback(
    async (term: string, after: string | null) => {
      setLoading(true);
      try {
        const page = await api.listUsers({
          search: term.trim() || undefined,
          cursor: after ?? undefined,
        });
        setUsers((prev) => (after ? [...prev, ...page.items] : [...page.items]));
        setCursor(page.nextCursor);
      } catch (err) {
        notifyError(err, 'Loading users failed');
      } finally {
        setLoading(false);
      }
    },
    [api, notifyError],
  );

  useEffect(() => {
    void load(initialSearch, null);
  }, [load, initialSearch]);

  const update = useCallback(
    async (user: AdminUser, change: AdminUserUpdate, what: string) => {
      setSavingId(user.userId);
      try {
        const saved = await api.updateUser(user.userId, change);
        setUsers((prev) => prev.map((u) => (u.userId === saved.userId ? saved : u)));
        notify({ intent: 'success', text: `${saved.email}: ${what}.` });
      } catch (err) {
        notifyError(err, `Updating ${user.email} failed`);
      } finally {
        setSavingId(null);
      }
    },
    [api, notify, notifyError],
  );

  const invite = useCallback(
    async (request: InviteUserRequest) => {
      setInviting(true);
      try {
        const made = await api.inviteUser(request);
        setUsers((prev) => [made, ...prev.filter((u) => u.userId !== made.userId)]);
        notify({ intent: 'success', text: `${made.email} invited as ${made.role}.` });
        return true;
      } catch (err) {
        notifyError(err, `Inviting ${request.email} failed`);
        return false;
      } finally {
        setInviting(false);
      }
    },
    [api, notify, notifyError],
  );

  return { users, cursor, loading, savingId, inviting, load, update, invite };
}
