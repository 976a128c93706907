import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AdminUser } from '../../../core';
import type { AdminApi } from '../../api/admin-api';

/** How long typing pauses before the users list is asked (one request per pause, not per key). */
const PAUSE_MS = 250;

export interface PickedUser {
  readonly userId: string;
  readonly email: string;
}

/**
 * The user filter: type part of an email (from its start, as the user pool searches) and pick the
 * user from the matches — the users list the Users page shows. Clearing the text clears the pick.
 */
export function UserPicker({
  api,
  picked,
  onPick,
}: {
  api: AdminApi;
  picked: PickedUser | null;
  onPick: (user: PickedUser | null) => void;
}) {
  const [text, setText] = useState(picked?.email ?? '');
  const [matches, setMatches] = useState<readonly AdminUser[]>([]);
  const [failed, setFailed] = useState(false);
  // Opened when the matches for the typed text arrive, so they show without another key press.
  const [open, setOpen] = useState(false);

  useEffect(() => setText(picked?.email ?? ''), [picked]);

  useEffect(() => {
    const term = text.trim();
    if (!term || term === picked?.email) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .listUsers({ search: term, limit: 20 })
        .then((page) => {
          if (!live) return;
          setMatches(page.items);
          setFailed(false);
          setOpen(page.items.length > 0);
        })
        .catch(() => live && setFailed(true));
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text, picked]);

  return (
    <Field
      label="User"
      validationState={failed ? 'error' : 'none'}
      validationMessage={failed ? 'The users list could not be loaded; try again.' : undefined}
    >
      <Combobox
        freeform
        placeholder="Type an email…"
        value={text}
        open={open}
        onOpenChange={(_, d) => setOpen(d.open)}
        selectedOptions={picked ? [picked.userId] : []}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value) onPick(null);
        }}
        onOptionSelect={(_, d) => {
          const user = matches.find((u) => u.userId === d.optionValue);
          if (user) onPick({ userId: user.userId, email: user.email });
          setOpen(false);
        }}
      >
        {matches.map((u) => (
          <Option key={u.userId} value={u.userId} text={u.email}>
            {u.email}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
