import './jsdom-polyfills';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AdminApp } from '../../web-admin/app';
import { ADMIN, FakeAdminApi, FakeAuth, SALES } from './fakes';

/** Render inside act so the initial session check settles before the test types. */
async function renderApp(ui: ReactElement) {
  await act(async () => {
    render(ui);
  });
}

async function fill(label: RegExp, value: string) {
  fireEvent.change(await screen.findByLabelText(label), { target: { value } });
}

async function signIn(email: string, password: string) {
  await fill(/^Email/, email);
  await fill(/^Password/, password);
  // act flushes the sign-in promise chain, so its store updates land before the assertions.
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  });
}

describe('sign-in', () => {
  const accounts = {
    'admin@example.com': { password: 'pw-admin', user: ADMIN },
    'sales@example.com': { password: 'pw-sales', user: SALES },
  };

  it('lets an Admin in and opens the users page', async () => {
    await renderApp(<AdminApp api={new FakeAdminApi()} auth={new FakeAuth(accounts)} />);
    await signIn('admin@example.com', 'pw-admin');
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
    expect(await screen.findByText('user1@example.com')).toBeTruthy();
    expect(screen.getByText('admin@example.com')).toBeTruthy();
  });

  it('signs a Sales user out again and says the console needs the Admin role', async () => {
    const auth = new FakeAuth(accounts);
    await renderApp(<AdminApp api={new FakeAdminApi()} auth={auth} />);
    await signIn('sales@example.com', 'pw-sales');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /sales@example.com has the Sales role.*needs the Admin role/,
    );
    expect(auth.signOuts).toBe(1);
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
  });

  it('shows the reason when the password is wrong', async () => {
    await renderApp(<AdminApp api={new FakeAdminApi()} auth={new FakeAuth(accounts)} />);
    await signIn('admin@example.com', 'nope');
    expect((await screen.findByRole('alert')).textContent).toContain('Email or password is wrong');
  });

  it('keeps an existing Admin session without asking again', async () => {
    const auth = new FakeAuth(accounts);
    auth.signedIn = ADMIN;
    await renderApp(<AdminApp api={new FakeAdminApi()} auth={auth} />);
    expect(await screen.findByRole('heading', { name: 'Users' })).toBeTruthy();
  });
});
