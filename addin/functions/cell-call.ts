import { ready } from '../runtime/services';
import { toCellError } from './cell-errors';
import type { CellRequest } from './function-args';

/**
 * A cell's monthly cost; the exact decimal becomes a number (a double) only here, at the cell.
 * `request` gets the task pane's region (what a formula without a region prices in), read once
 * the add-in's configuration and services are ready.
 */
export async function monthlyCell(request: (paneRegion: string) => CellRequest): Promise<number> {
  try {
    const services = await ready();
    const price = await services.pricer.price(request(services.store.getState().settings.region));
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
