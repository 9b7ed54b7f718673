import type { Browser, Page } from 'playwright-core';
import type { AdminTestHub } from './support/hub';
import { newPage } from './support/browser';

/** What each journey of role-screens.e2e.test.ts gets: the shared hub and browser, set in beforeAll. */
export interface JourneyEnv {
  hub: AdminTestHub;
  browser: Browser;
}

/** A fresh browser context signed in through the sign-in page as the demo identity whose button matches. */
export async function signedIn(env: JourneyEnv, button: RegExp): Promise<Page> {
  const page = await newPage(env.browser);
  await page.goto(`${env.hub.origin}/admin/sign-in`);
  await page.getByRole('button', { name: button }).click();
  await page.getByTestId('identity').waitFor();
  return page;
}
