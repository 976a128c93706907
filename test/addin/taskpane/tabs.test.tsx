import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { AuthPort, SignedInUser } from '../../../client-shared/auth/auth-port';
import { createServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import { App } from '../../../addin/taskpane/app';
import { MemoryWorkbook } from '../helpers/memory-workbook';

globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function fakeAuth(): AuthPort {
  let user: SignedInUser | null = null;
  return {
    signIn: async (email) => (user = { username: 'ana', email, role: 'Sales' }),
    signOut: async () => void (user = null),
    currentUser: async () => user,
    idToken: async () => (user ? 'token' : null),
  };
}

const estimations = {
  items: [
    {
      estimationId: 'e1',
      name: 'Acme web',
      customer: 'Acme',
      monthlyTotal: '2000.005',
      currency: 'USD',
    },
  ],
  nextCursor: null,
};

function renderPane() {
  const requests: string[] = [];
  const services = createServices(
    {
      apiUrl: 'http://api.test',
      userPoolId: '',
      userPoolClientId: '',
      cognitoEndpoint: '',
      authFlowType: 'USER_PASSWORD_AUTH',
    },
    {
      auth: fakeAuth(),
      workbook: new MemoryWorkbook([]),
      store: createAppStore(),
      fetch: async (url) => {
        requests.push(url);
        // jsdom has no fetch Response; the client reads only these members.
        return { ok: true, status: 200, text: async () => JSON.stringify(estimations) } as Response;
      },
    },
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <App services={services} />
    </FluentProvider>,
  );
  return { requests };
}

async function signIn() {
  fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: 'ana@example.com' } });
  fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'pw' } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
}

const listed = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

const openTab = (name: string) =>
  act(async () => fireEvent.click(screen.getByRole('tab', { name })));

describe('task pane tabs (one hook each)', () => {
  it('keeps a loaded estimation list across tab switches and forgets it on sign-out', async () => {
    const { requests } = renderPane();
    await signIn();
    await openTab('Estimations');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refresh list' })));
    await waitFor(() => expect(listed()).toEqual(['Acme web Acme · USD 2,000.01/mo']));
    expect(requests).toEqual(['http://api.test/estimations']);

    await openTab('Settings');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    expect(screen.getByText('Formulas without a region now use us-east-1.')).toBeInTheDocument();
    await openTab('Estimations');
    expect(listed()).toEqual(['Acme web Acme · USD 2,000.01/mo']);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign out' })));
    await signIn();
    await openTab('Estimations');
    expect(listed()).toEqual([]);
    expect(screen.getByText('Not saved yet.')).toBeInTheDocument();
  });
});
