/**
 * The add-in benchmarks' one stand-in for Excel and the API (bench/addin.bench.ts,
 * bench/functions-mixed.bench.ts): the `CustomFunctions` global the functions throw through, and
 * add-in services whose fetch answers GET /calculations/pricing-data as the API does — the
 * region's shards and the global ones, in core's codec (the embedded catalog's, re-encoded as the API does) —
 * counting the requests (a recalculation must make one at most).
 */
import type { TermPart } from '../core';
import { TERM_PARTS, encodeShard, shardPartRecords } from '../core';
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

/**
 * The body of GET /calculations/pricing-data?region=R&terms=P (catalog version `bench`), as the
 * API answers it: the term part's records of the region's and the global shards (DECISIONS 95).
 */
export function pricingDataBody(region: string, terms: TermPart = 'on-demand'): string {
  const shards = [...embeddedRegionShards(region), ...embeddedRegionShards('global')]
    .map((s) => ({ ...s, records: shardPartRecords(s, terms) }))
    .filter((s) => terms === 'on-demand' || s.records.length > 0);
  return JSON.stringify({
    catalogVersion: 'bench',
    region,
    terms,
    shards: shards.map(encodeShard),
  });
}

/** Installs the stubs and signed-in add-in services for `region`; `requests()` counts catalog fetches. */
export function installBenchServices(region: string): { requests: () => number } {
  installCustomFunctionsStub();
  const bodies = new Map(TERM_PARTS.map((t) => [t, pricingDataBody(region, t)]));
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
        fetch: async (input) => {
          requests++;
          const terms = TERM_PARTS.find((t) => t === new URL(input).searchParams.get('terms'));
          return new Response(bodies.get(terms ?? 'on-demand') ?? '{}', {
            status: 200,
            headers: { ETag: `"bench-${terms}"` },
          });
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
