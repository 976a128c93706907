import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Estimate, Requirements } from '../../../core';
import type { AuthPort, SignedInUser } from '../../../client-shared/auth/auth-port';
import { createServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import { App } from '../../../addin/taskpane/app';
import { SETTING_ESTIMATION } from '../../../addin/workflow/workbook-link';
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

const answer = (status: number, body: unknown) =>
  ({ ok: status < 400, status, text: async () => JSON.stringify(body) }) as Response;

/** The API: creates e1 (then e2), and answers 409 to any update (someone else saved meanwhile). */
function conflictingApi(requests: string[]) {
  let next = 1;
  return async (url: string, init?: RequestInit): Promise<Response> => {
    const method = init?.method ?? 'GET';
    const route = `${method} ${new URL(url).pathname}`;
    requests.push(route);
    if (route === 'GET /users/me') return answer(200, { preferences: {} });
    if (route === 'GET /estimations') return answer(200, { items: [], nextCursor: null });
    if (route === 'POST /estimations') {
      const body = JSON.parse(String(init?.body)) as { name: string };
      return answer(201, { estimationId: `e${next++}`, version: 1, name: body.name, requirements });
    }
    if (method === 'PUT')
      return answer(409, { error: 'conflict', message: 'version 1 is not the latest (2)' });
    return answer(404, { error: 'not_found', message: 'no such route' });
  };
}

const requirements = {
  name: 'Acme',
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [],
} as unknown as Requirements;
const estimate = {
  lines: [],
  coverage: { lines: 0, priced: 0, partial: 0, unpriced: 0, unpricedIds: [], partialIds: [] },
  currency: 'USD',
  catalogVersion: 'v1',
  totals: { upfront: '0', monthly: '0', first12Months: '0', termMonths: 12, totalOverTerm: '0' },
} as unknown as Estimate;

describe('Save after someone else saved (HTTP 409)', () => {
  it('offers Reload or Save as a copy; the copy becomes the estimation the workbook holds', async () => {
    const requests: string[] = [];
    const store = createAppStore();
    const workbook = new MemoryWorkbook([]);
    const services = createServices(
      {
        apiUrl: 'http://api.test',
        userPoolId: 'p',
        userPoolClientId: 'c',
        cognitoEndpoint: '',
        authFlowType: 'USER_PASSWORD_AUTH',
      },
      { auth: fakeAuth(), workbook, store, fetch: conflictingApi(requests) },
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={services} />
      </FluentProvider>,
    );
    fireEvent.change(await screen.findByLabelText(/Email/), { target: { value: 'a@x.com' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'pw' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
    act(() => store.getState().set({ requirements, estimate }));
    const tab = screen.queryByRole('tab', { name: 'Estimations' });
    if (tab) await act(async () => void fireEvent.click(tab));
    else {
      await act(async () => void fireEvent.click(screen.getByRole('tab', { name: /^More/ })));
      const item = await screen.findByRole('menuitem', { name: 'Estimations' });
      await act(async () => void fireEvent.click(item));
    }
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Acme web' } });
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: 'Save as new' })),
    );
    await screen.findByText('"Acme web" is saved (version 1).');

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    await screen.findByText('Saved estimation changed');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await act(
      async () => void fireEvent.click(screen.getByRole('button', { name: 'Save as a copy' })),
    );
    await screen.findByText('This workbook now saves to "Acme web (copy)".');
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([
      'POST /estimations',
      'PUT /estimations/e1',
      'POST /estimations',
    ]);
    await waitFor(() =>
      expect(JSON.parse(workbook.settings.get(SETTING_ESTIMATION) ?? '{}')).toMatchObject({
        estimationId: 'e2',
        version: 1,
      }),
    );
    expect(screen.queryByText('Saved estimation changed')).toBeNull();
  });
});
