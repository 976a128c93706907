import { ApiClient } from '../api/api-client';
import { AmplifyAuth } from '../../client-shared/auth/amplify-auth';
import type { AuthPort } from '../../client-shared/auth/auth-port';
import { RegionCatalogCache } from '../catalog-cache/region-catalog-cache';
import { loadConfig } from '../config/addin-config';
import type { AddinConfig } from '../config/addin-config';
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
  readonly config: AddinConfig;
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
  config: AddinConfig,
  overrides: ServiceOverrides = {},
): AddinServices {
  const auth = overrides.auth ?? new AmplifyAuth(config, ADDIN_SIGN_IN);
  const api = new ApiClient(config.apiUrl, () => auth.idToken(), overrides.fetch);
  const catalogs = new RegionCatalogCache((region, etag, terms) =>
    api.pricingData(region, etag, terms),
  );
  const pricer = new CellPricer((region, need) => catalogs.load(region, need), {
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

let booting: Promise<AddinServices> | null = null;

/**
 * The page's services, built once the configuration has loaded and Office is ready. The task pane,
 * the ribbon commands and the custom functions all await this one promise: nothing (Amplify
 * above all) is configured before `config.json` has been read. Outside Office (a browser tab, the
 * e2e host) `Office.onReady` still resolves, with host null; without office.js at all (CDN
 * blocked) the pane still starts and its Excel steps report the failure.
 */
export function ready(): Promise<AddinServices> {
  booting ??= Promise.all([loadConfig(), officeReady()]).then(([config]) => createServices(config));
  return booting;
}

/** Replace the page's services (unit tests and the benchmark; the browser always uses `ready()`). */
export function setServices(next: AddinServices | undefined): void {
  booting = next ? Promise.resolve(next) : null;
}

async function officeReady(): Promise<void> {
  if (typeof Office !== 'undefined') await Office.onReady();
}
