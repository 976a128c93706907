import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { AdminUser, AdminUserUpdate } from '../../../core';

export interface PendingChange {
  readonly user: AdminUser;
  readonly change: AdminUserUpdate;
  /** For the success message: "role set to Admin", "disabled", "enabled". */
  readonly what: string;
}

/** The confirmation step before a role or status change is sent. */
export function ConfirmChange({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingChange | null;
  onConfirm: (p: PendingChange) => void;
  onCancel: () => void;
}) {
  const signsOut = pending?.change.role !== undefined || pending?.change.status === 'disabled';
  return (
    <Dialog open={pending !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-label="Confirm the change">
        <DialogBody>
          <DialogTitle>Confirm the change</DialogTitle>
          <DialogContent>
            {pending && question(pending)}
            {signsOut && ' They are signed out of every session.'}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => pending && onConfirm(pending)}>
              Confirm
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function question({ user, change }: PendingChange): string {
  if (change.role) return `Set the role of ${user.email} to ${change.role}?`;
  return change.status === 'disabled'
    ? `Disable ${user.email}? They can no longer sign in.`
    : `Enable ${user.email}? They can sign in again.`;
}
