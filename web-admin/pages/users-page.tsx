import {
  Badge,
  Button,
  Input,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { AdminUserUpdate, Role, UserProfile } from '../../core';
import type { AdminApi } from '../api/admin-api';
import { useNotifyError } from '../components/use-notify-error';
import { useAdmin } from '../state/admin-store';

/** Users: search, change role, disable/enable (PUT /admin/users/{userId}); cursor paging. */
export function UsersPage({ api }: { api: AdminApi }) {
  const me = useAdmin((s) => s.user);
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const [search, setSearch] = useState('');
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

  async function update(user: UserProfile, change: AdminUserUpdate, what: string) {
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
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void load(search, null);
  }

  return (
    <section aria-labelledby="users-title">
      <Title3 id="users-title" as="h2">
        Users
      </Title3>
      <form onSubmit={submit} style={{ display: 'flex', gap: 8, margin: '12px 0' }}>
        <Input
          aria-label="Search users"
          placeholder="Email or name"
          value={search}
          onChange={(_, d) => setSearch(d.value)}
        />
        <Button type="submit">Search</Button>
      </form>
      <Table aria-label="Users" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Email</TableHeaderCell>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Company</TableHeaderCell>
            <TableHeaderCell>Role</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
            <TableHeaderCell>Last seen</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => {
            const self = u.userId === me?.username || u.email === me?.email;
            const busy = savingId === u.userId;
            return (
              <TableRow key={u.userId}>
                <TableCell>{u.email}</TableCell>
                <TableCell>{`${u.firstName} ${u.lastName}`.trim()}</TableCell>
                <TableCell>{u.company}</TableCell>
                <TableCell>
                  <Select
                    aria-label={`Role of ${u.email}`}
                    value={u.role}
                    disabled={busy || self}
                    onChange={(_, d) =>
                      void update(u, { role: d.value as Role }, `role set to ${d.value}`)
                    }
                  >
                    <option value="Sales">Sales</option>
                    <option value="Admin">Admin</option>
                  </Select>
                </TableCell>
                <TableCell>
                  <Badge color={u.status === 'active' ? 'success' : 'danger'}>{u.status}</Badge>
                </TableCell>
                <TableCell>
                  {u.lastSeenAt ? new Date(u.lastSeenAt).toLocaleString() : '—'}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={busy || self}
                    title={self ? 'You cannot disable your own account' : undefined}
                    onClick={() =>
                      void update(
                        u,
                        { status: u.status === 'active' ? 'disabled' : 'active' },
                        u.status === 'active' ? 'disabled' : 'enabled',
                      )
                    }
                  >
                    {u.status === 'active' ? `Disable ${u.email}` : `Enable ${u.email}`}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {loading && <Spinner size="small" label="Loading users…" />}
      {!loading && users.length === 0 && <p>No users match.</p>}
      {cursor && !loading && <Button onClick={() => void load(search, cursor)}>Load more</Button>}
    </section>
  );
}
