/** @jest-environment node */
import '../helpers/custom-functions-stub';
import * as functions from '../../../addin/functions/functions';
import {
  FUNCTION_REFERENCE,
  exampleFormula,
} from '../../../addin/functions/reference/function-reference';
import { renderFunctionReference } from '../../../addin/functions/reference/render-reference';
import { createServices, setServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import type { WorkbookPort } from '../../../addin/excel/workbook-port';
import type { AuthPort } from '../../../client-shared/auth/auth-port';
import { SERVICE_SPECS } from '../../../core';
import { pricingFetch } from '../helpers/embedded-catalog';

const signedIn: AuthPort = {
  signIn: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  signOut: async () => undefined,
  currentUser: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  idToken: async () => 'token',
};

beforeEach(() => {
  setServices(
    createServices(
      {
        apiUrl: 'http://api.test',
        userPoolId: '',
        userPoolClientId: '',
        cognitoEndpoint: '',
        authFlowType: 'USER_PASSWORD_AUTH',
      },
      {
        auth: signedIn,
        fetch: pricingFetch().fetch,
        workbook: {} as WorkbookPort,
        store: createAppStore(),
      },
    ),
  );
});
afterEach(() => setServices(undefined));

type Fn = (...args: readonly (string | number)[]) => Promise<unknown>;

describe('the function reference page (functions.html)', () => {
  it.each(FUNCTION_REFERENCE.map((f) => [f.id, f] as const))(
    'AWS.%s: its example works against the embedded catalog',
    async (_id, ref) => {
      const fn = (functions as unknown as Record<string, Fn>)[ref.call.fn];
      expect(typeof fn).toBe('function');
      const value = await fn!(...ref.call.args);
      if (ref.id === 'PRICE') {
        const [[price, unit]] = value as [[number, string]];
        expect(price).toBeGreaterThan(0);
        expect(unit).toMatch(/hour|Hrs/i);
      } else if (ref.id === 'INSTANCE') expect(value).toMatch(/^[a-z0-9-]+\.[a-z0-9]+$/);
      else if (ref.id === 'CATALOG') expect(value).toMatch(/^embedded-us-east-1/);
      else expect(value).toBeGreaterThan(0);
    },
  );

  it('lists every function with its section, syntax and example, and every service grammar', () => {
    const html = renderFunctionReference();
    for (const ref of FUNCTION_REFERENCE) {
      expect(html).toContain(`<section id="${ref.id.toLowerCase()}">`);
      expect(html).toContain(`<h3>AWS.${ref.id}</h3>`);
      expect(html).toContain(exampleFormula(ref).replace(/"/g, '&quot;'));
    }
    for (const spec of SERVICE_SPECS) expect(html).toContain(`<tr id="spec-${spec.service}">`);
    expect(html).toContain('<tr id="spec-support">');
    expect(html).not.toMatch(/<script/i);
  });

  it('writes examples as a user types them', () => {
    const rds = FUNCTION_REFERENCE.find((f) => f.id === 'RDS')!;
    expect(exampleFormula(rds)).toBe(
      '=AWS.RDS("db.t3.small","postgresql","multi-az",100,"gp2","ap-southeast-1")',
    );
  });
});
