import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { GridValue } from '../../../core';
import { BULK_EC2_COLUMNS } from '../../../core/sheets/formats/bulk-import-layout';
import type { AuthPort, SignedInUser } from '../../../client-shared/auth/auth-port';
import { SignInError } from '../../../client-shared/auth/auth-port';
import { createServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import { App } from '../../../addin/taskpane/app';
import { MemoryWorkbook } from '../helpers/memory-workbook';

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const ana: SignedInUser = { username: 'ana', email: 'ana@example.com', role: 'Sales' };

function fakeAuth(): AuthPort {
  let user: SignedInUser | null = null;
  return {
    signIn: async (email, password) => {
      if (password !== 'right')
        throw new SignInError('Email or password is wrong. Check both and try again.');
      user = { ...ana, email };
      return user;
    },
    signOut: async () => {
      user = null;
    },
    currentUser: async () => user,
    idToken: async () => (user ? 'token' : null),
  };
}

function inputs(quantity: GridValue) {
  const header: GridValue[] = [null, ...BULK_EC2_COLUMNS.map((c) => c.header)];
  const v: Record<string, GridValue> = {
    region: 'us-east-1',
    os: 'Linux',
    instanceType: 'm7g.large',
    tenancy: 'Shared Instances',
    quantity,
    usageType: 'Always On',
    purchasingOption: 'On-Demand',
  };
  return {
    name: 'Inputs',
    rows: [[], [], header, [1, ...BULK_EC2_COLUMNS.map((c) => v[c.field] ?? null)]],
  };
}

function setup(fetchImpl: (input: string, init?: RequestInit) => Promise<Response>) {
  const workbook = new MemoryWorkbook([inputs('two')]);
  const services = createServices(
    {
      apiUrl: 'http://api.test',
      userPoolId: '',
      userPoolClientId: '',
      cognitoEndpoint: '',
      authFlowType: 'USER_PASSWORD_AUTH',
    },
    { auth: fakeAuth(), workbook, fetch: fetchImpl, store: createAppStore() },
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
  return { workbook, services };
}

async function signIn(password: string) {
  fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'ana@example.com' } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: password } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
}

describe('task pane', () => {
  it('says what to do when sign-in fails, and shows the workbook panel once signed in', async () => {
    setup(async () => new Response('{}'));
    await signIn('wrong');
    expect(
      await screen.findByText('Email or password is wrong. Check both and try again.'),
    ).toBeInTheDocument();
    await signIn('right');
    expect(await screen.findByText(/Signed in as/)).toHaveTextContent('ana@example.com');
    expect(screen.getByRole('button', { name: 'Calculate' })).toBeInTheDocument();
  });

  it('validates in place: lists the bad cell, a click selects it in the workbook', async () => {
    const { workbook } = setup(async () => new Response('{}'));
    await signIn('right');
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Validate' })));
    expect(await screen.findByText('Fix the marked cells')).toBeInTheDocument();
    expect(workbook.marked.map((i) => i.cell)).toContain('Inputs!H4');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Inputs!H4' })));
    await waitFor(() => expect(workbook.selected).toBe('Inputs!H4'));
  });

  it('when the API is down, calculation says so and the workbook is not changed', async () => {
    const { workbook } = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    workbook.sheets = [inputs(2)];
    await signIn('right');
    await act(async () =>
      fireEvent.click(await screen.findByRole('button', { name: 'Calculate' })),
    );
    expect(await screen.findByText('Pricing service unreachable')).toBeInTheDocument();
    expect(
      screen.getByText(/^The pricing service .* did not answer\. Check your network connection/),
    ).toBeInTheDocument();
    expect(workbook.replaced).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
