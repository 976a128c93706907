import { Badge, Button, Select, TableCell, TableRow } from '@fluentui/react-components';
import type { AdminUserUpdate, Role, UserProfile } from '../../../core';

export interface UserRowProps {
  readonly user: UserProfile;
  /** The signed-in admin's own row: role and status cannot be changed from it. */
  readonly self: boolean;
  readonly busy: boolean;
  readonly onUpdate: (change: AdminUserUpdate, what: string) => void;
}

/** One user: role select, status badge, last seen, and the disable/enable button. */
export function UserRow({ user: u, self, busy, onUpdate }: UserRowProps) {
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
          onChange={(_, d) => onUpdate({ role: d.value as Role }, `role set to ${d.value}`)}
        >
          <option value="Sales">Sales</option>
          <option value="Admin">Admin</option>
        </Select>
      </TableCell>
      <TableCell>
        <Badge color={active ? 'success' : 'danger'}>{u.status}</Badge>
      </TableCell>
      <TableCell>{u.lastSeenAt ? new Date(u.lastSeenAt).toLocaleString() : '—'}</TableCell>
      <TableCell>
        <Button
          size="small"
          disabled={busy || self}
          title={self ? 'You cannot disable your own account' : undefined}
          onClick={() =>
            onUpdate({ status: active ? 'disabled' : 'active' }, active ? 'disabled' : 'enabled')
          }
        >
          {active ? `Disable ${u.email}` : `Enable ${u.email}`}
        </Button>
      </TableCell>
    </TableRow>
  );
}
