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

/** Click a tab; one that does not fit the tab row is in the "More" menu (jsdom measures nothing). */
async function openTab(name: string): Promise<void> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) {
    await act(async () => void fireEvent.click(tab));
    return;
  }
  await act(async () => void fireEvent.click(screen.getByRole('tab', { name: /^More sections/ })));
  const item = await screen.findByRole('menuitem', { name });
  await act(async () => void fireEvent.click(item));
}

describe('task pane tabs (one hook each)', () => {
  it('loads the estimation list on showing, keeps it across tab switches, and forgets it on sign-out', async () => {
    const { requests } = renderPane();
    await signIn();
    expect(requests).toEqual(['http://api.test/users/me']);
    await openTab('Estimations');
    await waitFor(() => expect(listed()).toEqual(['Acme webAcme · USD 2,000.01/mo']));
    expect(requests.at(-1)).toBe('http://api.test/estimations');

    await openTab('Settings');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' })));
    await waitFor(() =>
      expect(screen.getByText(/Formulas without a region now use us-east-1;/)).toBeInTheDocument(),
    );
    expect(requests.at(-1)).toBe('http://api.test/users/me');
    await openTab('Estimations');
    expect(listed()).toEqual(['Acme webAcme · USD 2,000.01/mo']);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign out' })));
    await signIn();
    await openTab('Estimations');
    expect(screen.getByText(/^Not saved yet/)).toBeInTheDocument();
  });
});

describe('first run', () => {
  it('explains the three ways in until dismissed, remembers that, and shows it again on request', async () => {
    localStorage.clear();
    renderPane();
    await signIn();
    const panel = screen.getByLabelText('Getting started');
    expect(panel).toHaveTextContent('Three ways to start an estimate');
    expect(panel).toHaveTextContent(
      '=AWS.EC2COST("m7g.large","us-east-1","Linux","on-demand",730,2)',
    );
    expect(screen.getByRole('button', { name: 'Insert the template' })).toBeInTheDocument();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Got it' })));
    expect(screen.queryByLabelText('Getting started')).toBeNull();
    expect(localStorage.getItem('awsCost.firstRunDone')).toBe('yes');

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Sign out' })));
    await signIn();
    expect(screen.queryByLabelText('Getting started')).toBeNull();
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: 'Getting started' })),
    );
    expect(screen.getByLabelText('Getting started')).toBeInTheDocument();
  });
});
