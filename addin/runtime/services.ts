import { ApiClient } from '../api/api-client';
import { AmplifyAuth } from '../../client-shared/auth/amplify-auth';
import type { AuthPort } from '../../client-shared/auth/auth-port';
import { RegionCatalogCache } from '../catalog-cache/region-catalog-cache';
import { runtimeConfig } from '../config/runtime-config';
import type { RuntimeConfig } from '../config/runtime-config';
import { monthlyCost, priceRequirements } from '../../core';
import { OfficeWorkbook } from '../excel/office-workbook';
import type { WorkbookPort } from '../excel/workbook-port';
import { CellPricer } from '../functions/cell-pricer';
import type { AppStore } from '../state/app-store';
import { appStore } from '../state/app-store';

/** Sign-in wording of the task pane (the console is where a new password or MFA is set up). */
const ADDIN_SIGN_IN = {
  otherStep: 'Complete it in the admin console, then sign in here again.',
  storageScope: 'this add-in',
};

/** The add-in's collaborators, built once per page and shared by task pane and custom functions. */
export interface AddinServices {
  readonly config: RuntimeConfig;
  readonly auth: AuthPort;
  readonly api: ApiClient;
  readonly catalogs: RegionCatalogCache;
  readonly pricer: CellPricer;
  readonly workbook: WorkbookPort;
  readonly store: AppStore;
}

export interface ServiceOverrides {
  readonly auth?: AuthPort;
  readonly workbook?: WorkbookPort;
  readonly fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  readonly store?: AppStore;
}

export function createServices(
  config: RuntimeConfig,
  overrides: ServiceOverrides = {},
): AddinServices {
  const auth = overrides.auth ?? new AmplifyAuth(config, ADDIN_SIGN_IN);
  const api = new ApiClient(config.apiUrl, () => auth.idToken(), overrides.fetch);
  const catalogs = new RegionCatalogCache((region, etag) => api.pricingData(region, etag));
  const pricer = new CellPricer((region) => catalogs.load(region), {
    monthly: (catalog, item, settings) => monthlyCost(catalog, item, settings),
    estimate: (requirements, catalog) => priceRequirements(requirements, catalog),
  });
  return {
    config,
    auth,
    api,
    catalogs,
    pricer,
    workbook: overrides.workbook ?? new OfficeWorkbook(),
    store: overrides.store ?? appStore,
  };
}

let current: AddinServices | undefined;

/** The page's services; the first call builds them from the runtime configuration. */
export function services(): AddinServices {
  current ??= createServices(runtimeConfig());
  return current;
}

/** Replace the page's services (unit tests; the e2e host page uses `__AWS_COST_CONFIG__` instead). */
export function setServices(next: AddinServices | undefined): void {
  current = next;
}
