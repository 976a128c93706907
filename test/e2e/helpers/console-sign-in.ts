import type { Page } from 'playwright-core';
import { SEED_USERS } from '../../../backend/local/bootstrap';

export interface ConsoleUser {
  readonly email: string;
  readonly password: string;
}

function seeded(role: 'Admin' | 'Sales'): ConsoleUser {
  const user = SEED_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`npm start seeds no ${role} user (backend/local/bootstrap.ts)`);
  return { email: user.email, password: user.password };
}

/** The users npm start seeds (backend/local/bootstrap.ts SEED_USERS), one a role. */
export const SEEDED_ADMIN = seeded('Admin');
export const SEEDED_SALES = seeded('Sales');

/** Opens the admin console at `url` and submits its sign-in form (what follows is the test's). */
export async function signInToConsole(page: Page, url: string, who: ConsoleUser): Promise<void> {
  await page.goto(url);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(who.email);
  await form.getByLabel('Password').fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}
