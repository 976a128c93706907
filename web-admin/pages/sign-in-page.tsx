import { Button, Card, Field, Input, Spinner, Title3 } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { AdminAuth } from '../auth/admin-auth';
import { useAdmin } from '../state/admin-store';

/** Email + password against Cognito; a Sales user is signed out again with an explanation. */
export function SignInPage({ auth }: { auth: AdminAuth }) {
  const setUser = useAdmin((s) => s.setUser);
  const notify = useAdmin((s) => s.notify);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    notify(null);
    try {
      const user = await auth.signIn(email, password);
      if (user.role !== 'Admin') {
        await auth.signOut();
        notify({
          intent: 'error',
          text: `${user.email} has the ${user.role} role. The admin console needs the Admin role; ask an administrator.`,
        });
        return;
      }
      setUser(user);
    } catch (err) {
      notify({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card style={{ maxWidth: 380, margin: '48px auto', padding: 24 }}>
      <Title3 as="h1">Sign in to the admin console</Title3>
      <form onSubmit={(e) => void submit(e)} style={{ display: 'grid', gap: 12 }}>
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
        <Button appearance="primary" type="submit" disabled={busy}>
          {busy ? <Spinner size="tiny" label="Signing in…" /> : 'Sign in'}
        </Button>
      </form>
    </Card>
  );
}
