import {
  Button,
  Input,
  Spinner,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AdminApi } from '../api/admin-api';
import { useAdmin } from '../state/admin-store';
import { ConfirmChange, type PendingChange } from './users/confirm-change';
import { InviteForm } from './users/invite-form';
import { UserRow } from './users/user-row';
import { useUsers } from './users/use-users';

const COLUMNS = ['Email', 'Name', 'Company', 'Role', 'Status', 'Last seen', 'Actions'];

/**
 * Users: every account of the user pool (also those who never signed in), search by email
 * prefix, invite, change role and disable/enable after a confirmation; cursor paging.
 */
export function UsersPage({ api }: { api: AdminApi }) {
  const me = useAdmin((s) => s.user);
  const initialSearch = useAdmin((s) => s.usersSearch);
  const { users, cursor, loading, savingId, inviting, load, update, invite } = useUsers(
    api,
    initialSearch,
  );
  const [search, setSearch] = useState(initialSearch);
  const [pending, setPending] = useState<PendingChange | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    void load(search, null);
  }

  return (
    <section aria-labelledby="users-title">
      <Title3 id="users-title" as="h2">
        Users
      </Title3>
      <InviteForm busy={inviting} onInvite={invite} />
      <form onSubmit={submit} style={{ display: 'flex', gap: 8, margin: '12px 0' }}>
        <Input
          aria-label="Search users"
          placeholder="Email starts with…"
          value={search}
          onChange={(_, d) => setSearch(d.value)}
        />
        <Button type="submit">Search</Button>
      </form>
      <Table aria-label="Users" size="small">
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <UserRow
              key={u.userId}
              user={u}
              self={u.userId === me?.username || u.email === me?.email}
              busy={savingId === u.userId}
              onChange={(change, what) => setPending({ user: u, change, what })}
            />
          ))}
        </TableBody>
      </Table>
      {loading && <Spinner size="small" label="Loading users…" />}
      {!loading && users.length === 0 && <p>No users match.</p>}
      {cursor && !loading && <Button onClick={() => void load(search, cursor)}>Load more</Button>}
      <ConfirmChange
        pending={pending}
        onCancel={() => setPending(null)}
        onConfirm={(p) => {
          setPending(null);
          void update(p.user, p.change, p.what);
        }}
      />
    </section>
  );
}
