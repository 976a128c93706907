/**
 * The add-in benchmarks' one stand-in for Excel and the API (bench/addin.bench.ts,
 * bench/functions-mixed.bench.ts): the `CustomFunctions` global the functions throw through, and
 * add-in services whose fetch answers GET /calculations/pricing-data as the API does — the
 * region's shards and the global ones, in core's codec as the committed region files hold them —
 * counting the requests (a recalculation must make one at most).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EncodedRegion } from '../core';
import { createServices, setServices } from '../addin/runtime/services';
import { createAppStore } from '../addin/state/app-store';
import type { WorkbookPort } from '../addin/excel/workbook-port';

const root = path.resolve(__dirname, '..');

/** Excel's CustomFunctions namespace, as much of it as the functions use outside Excel. */
export function installCustomFunctionsStub(): void {
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: class extends Error {
        constructor(code: string, message?: string) {
          super(`${code} ${message ?? ''}`);
        }
      },
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      associate: () => undefined,
    },
  });
}

/** The body of GET /calculations/pricing-data?region=R (catalog version `bench`). */
export function pricingDataBody(region: string): string {
  const read = (name: string) =>
    (
      JSON.parse(
        readFileSync(path.join(root, `core/catalog/data/${name}.json`), 'utf8'),
      ) as EncodedRegion
    ).shards;
  return JSON.stringify({
    catalogVersion: 'bench',
    region,
    shards: [...read(region), ...read('global')],
  });
}

/** Installs the stubs and signed-in add-in services for `region`; `requests()` counts catalog fetches. */
export function installBenchServices(region: string): { requests: () => number } {
  installCustomFunctionsStub();
  const body = pricingDataBody(region);
  let requests = 0;
  setServices(
    createServices(
      {
        apiUrl: 'http://bench.local',
        userPoolId: '',
        userPoolClientId: '',
        cognitoEndpoint: '',
        authFlowType: 'USER_PASSWORD_AUTH',
      },
      {
        auth: {
          signIn: async () => ({ username: 'b', email: 'b', role: 'Sales' }),
          signOut: async () => undefined,
          currentUser: async () => null,
          idToken: async () => 'token',
        },
        fetch: async () => {
          requests++;
          return new Response(body, { status: 200, headers: { ETag: '"bench"' } });
        },
        workbook: {} as WorkbookPort,
        store: createAppStore(),
      },
    ),
  );
  return { requests: () => requests };
}

export function removeBenchServices(): void {
  setServices(undefined);
}
