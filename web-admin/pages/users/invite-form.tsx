import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { InviteUserRequest, Role } from '../../../core';

const EMPTY: InviteUserRequest = { email: '', firstName: '', lastName: '', role: 'Sales' };

/** Invite a user by email with a role (POST /admin/users); Cognito emails the invitation. */
export function InviteForm({
  busy,
  onInvite,
}: {
  busy: boolean;
  onInvite: (invite: InviteUserRequest) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState<InviteUserRequest>(EMPTY);
  const set = (field: keyof InviteUserRequest) => (_: unknown, d: { value: string }) =>
    setDraft((prev) => ({ ...prev, [field]: d.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await onInvite(draft)) setDraft(EMPTY);
  }

  return (
    <form
      aria-label="Invite a user"
      onSubmit={(e) => void submit(e)}
      style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap', margin: '12px 0' }}
    >
      <Field label="Email" required>
        <Input type="email" value={draft.email} onChange={set('email')} />
      </Field>
      <Field label="First name" required>
        <Input value={draft.firstName} onChange={set('firstName')} />
      </Field>
      <Field label="Last name" required>
        <Input value={draft.lastName} onChange={set('lastName')} />
      </Field>
      <Field label="Role">
        <Select
          value={draft.role}
          onChange={(_, d) => setDraft((prev) => ({ ...prev, role: d.value as Role }))}
        >
          <option value="Sales">Sales</option>
          <option value="Admin">Admin</option>
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={busy}>
        Invite
      </Button>
    </form>
  );
}
