import { useCallback, useEffect, useState } from 'react';
import type { AdminUserUpdate, UserProfile } from '../../../core';
import type { AdminApi } from '../../api/admin-api';
import { useNotifyError } from '../../components/use-notify-error';
import { useAdmin } from '../../state/admin-store';

export interface UsersState {
  readonly users: readonly UserProfile[];
  /** The next page's cursor, or null on the last page. */
  readonly cursor: string | null;
  readonly loading: boolean;
  /** The user whose change is being saved (their controls are disabled meanwhile). */
  readonly savingId: string | null;
  /** First page of `term` (after = null), or the page after `after` appended. */
  load(term: string, after: string | null): Promise<void>;
  /** Save a role or status change; `what` is the success message (`role set to Admin`). */
  update(user: UserProfile, change: AdminUserUpdate, what: string): Promise<void>;
}

/** The users list with cursor paging and per-user updates (GET/PUT /admin/users). */
export function useUsers(api: AdminApi): UsersState {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [users, setUsers] = useState<UserProfile[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [savingId, setSavingId] = useState<string | null>(null);

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
    void load('', null);
  }, [load]);

  const update = useCallback(
    async (user: UserProfile, change: AdminUserUpdate, what: string) => {
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

  return { users, cursor, loading, savingId, load, update };
}
