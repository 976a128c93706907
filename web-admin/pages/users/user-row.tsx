import { Badge, Button, Select, TableCell, TableRow } from '@fluentui/react-components';
import type { AdminUser, AdminUserUpdate, Role } from '../../../core';

export interface UserRowProps {
  readonly user: AdminUser;
  /** The signed-in admin's own row: role and status cannot be changed from it. */
  readonly self: boolean;
  readonly busy: boolean;
  /** Asks for confirmation of a change (`what`, for the success message: "role set to Admin"). */
  readonly onChange: (change: AdminUserUpdate, what: string) => void;
}

/** One user: role select, status and sign-in badges, last seen, and the disable/enable button. */
export function UserRow({ user: u, self, busy, onChange }: UserRowProps) {
  const active = u.status === 'active';
  return (
    <TableRow>
      <TableCell>{u.email}</TableCell>
      <TableCell>{`${u.firstName} ${u.lastName}`.trim()}</TableCell>
      <TableCell>{u.company}</TableCell>
      <TableCell>
        <Select
          aria-label={`Role of ${u.email}`}
          value={u.role}
          disabled={busy || self}
          onChange={(_, d) => onChange({ role: d.value as Role }, `role set to ${d.value}`)}
        >
          <option value="Sales">Sales</option>
          <option value="Admin">Admin</option>
        </Select>
      </TableCell>
      <TableCell>
        <Badge color={active ? 'success' : 'danger'}>{u.status}</Badge>{' '}
        {u.invited && <Badge color="informative">invited</Badge>}
      </TableCell>
      <TableCell>
        {u.lastSeenAt ? new Date(u.lastSeenAt).toLocaleString() : 'never signed in'}
      </TableCell>
      <TableCell>
        <Button
          size="small"
          disabled={busy || self}
          title={self ? 'You cannot disable your own account' : undefined}
          onClick={() =>
            onChange({ status: active ? 'disabled' : 'active' }, active ? 'disabled' : 'enabled')
          }
        >
          {active ? `Disable ${u.email}` : `Enable ${u.email}`}
        </Button>
      </TableCell>
    </TableRow>
  );
}
