import { loadPageConfig } from '../config/page-config';
import { services } from '../runtime/services';
import { toCellError } from './cell-errors';
import type { CellRequest } from './function-args';

/** The task pane's region: what a formula without a region prices in. */
export function paneRegion(): string {
  return services().store.getState().settings.region;
}

/** A cell's monthly cost; the exact decimal becomes a number (a double) only here, at the cell. */
export async function monthlyCell(request: () => CellRequest): Promise<number> {
  try {
    await loadPageConfig();
    const price = await services().pricer.price(request());
    return Number(price.monthly);
  } catch (error) {
    throw toCellError(error);
  }
}

/** A cell computed without the catalog (AWS.SUPPORT), with the same error mapping. */
export async function localCell(compute: () => number): Promise<number> {
  try {
    return compute();
  } catch (error) {
    throw toCellError(error);
  }
}
