/**
 * The add-in benchmarks' one stand-in for Excel and the API (bench/addin.bench.ts,
 * bench/functions-mixed.bench.ts): the `CustomFunctions` global the functions throw through, and
 * add-in services whose fetch answers GET /calculations/pricing-data as the API does — the
 * region's shards and the global ones, in core's codec (the embedded catalog's, re-encoded as the API does) —
 * counting the requests (a recalculation must make one at most).
 */
import { encodeShard } from '../core';
import { embeddedRegionShards } from '../backend/adapters/embedded-catalog-files';
import { createServices, setServices } from '../addin/runtime/services';
import { createAppStore } from '../addin/state/app-store';
import type { WorkbookPort } from '../addin/excel/workbook-port';

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
  const shards = [...embeddedRegionShards(region), ...embeddedRegionShards('global')];
  return JSON.stringify({ catalogVersion: 'bench', region, shards: shards.map(encodeShard) });
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
