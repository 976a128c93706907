import './jsdom-polyfills';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { UsersPage } from '../../web-admin/pages/users-page';
import { FakeAdminApi, user } from './fakes';
import { renderPage } from './render-page';

describe('users page', () => {
  it('lists users a page at a time and loads more with the cursor', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    expect(await screen.findByText('user1@example.com')).toBeTruthy();
    expect(screen.queryByText('user3@example.com')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('user3@example.com')).toBeTruthy();
    expect(api.calls.filter((c) => c.method === 'listUsers').map((c) => c.args[0])).toEqual([
      { search: undefined, cursor: undefined },
      { search: undefined, cursor: '2' },
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('searches by the typed term', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    await screen.findByText('user1@example.com');
    fireEvent.change(screen.getByLabelText('Search users'), { target: { value: ' user3 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(screen.queryByText('user1@example.com')).toBeNull());
    expect(screen.getByText('user3@example.com')).toBeTruthy();
    expect(api.calls.at(-1)?.args[0]).toEqual({ search: 'user3', cursor: undefined });
  });

  it('changes a role through PUT /admin/users/{userId} and shows the saved value', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    const select = (await screen.findByLabelText('Role of user2@example.com')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'Admin' } });
    expect((await screen.findByRole('dialog')).textContent).toContain(
      'Set the role of user2@example.com to Admin?',
    );
    expect(api.calls.some((c) => c.method === 'updateUser')).toBe(false);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm', hidden: true }));
    expect(await screen.findByText('user2@example.com: role set to Admin.')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'updateUser')?.args).toEqual([
      'u-2',
      { role: 'Admin' },
    ]);
    expect((screen.getByLabelText('Role of user2@example.com') as HTMLSelectElement).value).toBe(
      'Admin',
    );
  });

  it('disables and re-enables a user', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Disable user1@example.com' }));
    expect((await screen.findByRole('dialog')).textContent).toContain(
      'Disable user1@example.com? They can no longer sign in.',
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm', hidden: true }));
    fireEvent.click(await screen.findByRole('button', { name: 'Enable user1@example.com' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm', hidden: true }));
    await screen.findByRole('button', { name: 'Disable user1@example.com' });
    expect(api.calls.filter((c) => c.method === 'updateUser').map((c) => c.args[1])).toEqual([
      { status: 'disabled' },
      { status: 'active' },
    ]);
  });

  it('does not let an admin demote or disable their own account', async () => {
    const api = new FakeAdminApi();
    api.users = [
      user(9, { userId: 'u-admin', email: 'admin@example.com', role: 'Admin' }),
      user(1),
    ];
    renderPage(<UsersPage api={api} />);
    const own = (await screen.findByLabelText('Role of admin@example.com')) as HTMLSelectElement;
    expect(own.disabled).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Disable admin@example.com' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('shows the API error with its field issues in the message bar', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    await screen.findByText('user1@example.com');
    api.failNext = new ApiResponseError(
      400,
      {
        error: 'ValidationFailed',
        message: 'Request body is invalid',
        details: { issues: [{ path: 'role', message: 'must be Admin or Sales' }] },
        requestId: 'req-9',
      },
      '',
    );
    fireEvent.change(screen.getByLabelText('Role of user1@example.com'), {
      target: { value: 'Admin' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm', hidden: true }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Updating user1@example.com failed: Request body is invalid — role: must be Admin or Sales (request req-9)',
    );
  });

  it('cancelling the confirmation sends nothing', async () => {
    const api = new FakeAdminApi();
    renderPage(<UsersPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Disable user2@example.com' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull());
    expect(api.calls.some((c) => c.method === 'updateUser')).toBe(false);
    expect(screen.getByRole('button', { name: 'Disable user2@example.com' })).toBeTruthy();
  });

  it('lists users who never signed in, and invites one with a role', async () => {
    const api = new FakeAdminApi();
    api.users = [user(1, { invited: true, lastSeenAt: null })];
    renderPage(<UsersPage api={api} />);
    expect(await screen.findByText('never signed in')).toBeTruthy();
    expect(screen.getByText('invited')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'new@example.com' } });
    fireEvent.change(screen.getByLabelText(/^First name/), { target: { value: 'Nia' } });
    fireEvent.change(screen.getByLabelText(/^Last name/), { target: { value: 'Ortiz' } });
    fireEvent.change(screen.getByLabelText(/^Role$/), { target: { value: 'Admin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('new@example.com invited as Admin.')).toBeTruthy();
    expect(api.calls.find((c) => c.method === 'inviteUser')?.args[0]).toEqual({
      email: 'new@example.com',
      firstName: 'Nia',
      lastName: 'Ortiz',
      role: 'Admin',
    });
    expect(screen.getByText('new@example.com')).toBeTruthy();
  });
});
