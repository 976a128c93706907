import { Button, Field, Input, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';

export interface SignInFormProps {
  readonly onSignIn: (email: string, password: string) => Promise<void>;
  /** While true the button is disabled (one sign-in at a time) and shows a spinner. */
  readonly busy: boolean;
}

/** Email + password sign-in (Cognito through Amplify; no redirect or popup, so it works in the pane). */
export function SignInForm({ onSignIn, busy }: SignInFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSignIn(email, password);
  };
  return (
    <form onSubmit={submit} aria-label="Sign in" style={{ display: 'grid', gap: 8 }}>
      <Field label="Email" required>
        <Input
          type="email"
          value={email}
          onChange={(_, d) => setEmail(d.value)}
          autoComplete="username"
        />
      </Field>
      <Field label="Password" required>
        <Input
          type="password"
          value={password}
          onChange={(_, d) => setPassword(d.value)}
          autoComplete="current-password"
        />
      </Field>
      <Button
        appearance="primary"
        type="submit"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
      >
        Sign in
      </Button>
    </form>
  );
}
