import type { Page } from 'playwright-core';
import type { CostResponse, RepriceResponse, StoredResponse } from '../../../core';
import { isStoredResponse } from '../../../core';

/*
 * Steps the task pane suites take the same way: open a tab, Calculate, Re-price; and the check
 * that an answer came inline or stored.
 */

/** Select a tab, through the "More sections" menu when it does not fit the tab row. */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole('tab', { name: /^More sections/ }).click();
    await page.getByRole('menuitem', { name }).click();
  }
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/**
 * Calculate on the Workbook tab: the API's answer to POST /calculations/cost, returned once the
 * pane says "Estimate written" (within `timeoutMs`: a stored 2,000-line answer takes longer).
 */
export async function calculate(page: Page, timeoutMs = 60_000): Promise<CostResponse> {
  await openTab(page, 'Workbook');
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/calculations/cost') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Calculate' }).click();
  const body = (await (await response).json()) as CostResponse;
  await page.getByText('Estimate written').waitFor({ timeout: timeoutMs });
  return body;
}

/** Press a re-price button (on the Estimations tab): the API's answer, which must be a 200. */
export async function reprice(page: Page, button: string): Promise<RepriceResponse> {
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/calculations/reprice') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: button }).click();
  const answer = await response;
  expect(answer.status()).toBe(200);
  return (await answer.json()) as RepriceResponse;
}

/** The answer given inline (the whole estimate in the body); an error when it came stored. */
export function inline<R>(body: R): Exclude<R, StoredResponse<unknown>> {
  if (isStoredResponse(body))
    throw new Error(`expected an inline answer, got a stored one (${body.stored.kind})`);
  return body as Exclude<R, StoredResponse<unknown>>;
}

/** The answer given stored (a summary and a download); an error when it came inline. */
export function stored<R>(body: R): Extract<R, StoredResponse<unknown>> {
  if (!isStoredResponse(body)) throw new Error('expected a stored answer, got an inline one');
  return body as Extract<R, StoredResponse<unknown>>;
}
