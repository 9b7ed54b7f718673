import type { Browser, Page } from 'playwright-core';
import { startAdminTestHub, type AdminTestHub } from './support/hub';
import { expectAccessible, launchChromium, newPage, screenshot } from './support/browser';

/** Signs in through the sign-in page, as the demo identity whose button names the role. */
async function signIn(page: Page, hub: AdminTestHub, buttonName: RegExp): Promise<void> {
  await page.goto(`${hub.origin}/admin/sign-in`);
  await page.getByRole('button', { name: buttonName }).click();
  await page.getByTestId('identity').waitFor();
}

describe('data protection officer, administrator, and sessions', () => {
  let hub: AdminTestHub;
  let browser: Browser;
  let personId: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startAdminTestHub(), launchChromium()]);
    const listed = await hub.query<{ persons: { items: { id: string }[] } }>('case-manager-rheine', '{ persons(first: 5) { items { id } } }', {}, 'COUNSELLING');
    personId = listed.data!.persons.items[4].id;
    // A read that the access log will show.
    await hub.query('case-manager-rheine', 'query($id: ID!) { person(id: $id) { givenName } }', { id: personId }, 'COUNSELLING');
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('the data protection officer sees who accessed a person and erases them after confirming', async () => {
    const page = await newPage(browser);
    await signIn(page, hub, /Datenschutzbeauftragte/);
    await page.getByRole('link', { name: 'Datenschutz' }).click();
    await page.getByLabel('Personen-ID', { exact: true }).fill(personId);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByRole('heading', { name: 'Zugriffe: Fallmanagement (Personen)' }).waitFor();
    await page.getByRole('cell', { name: 'demo-case-manager-rheine' }).first().waitFor();
    await expectAccessible(page, 'privacy');
    await screenshot(page, 'privacy-access-log');

    await page.getByRole('button', { name: 'Person löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Person endgültig löschen?' });
    await dialog.waitFor();
    // The erasing button stays disabled until the id is typed again.
    expect(await dialog.getByRole('button', { name: 'Person löschen' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'erasure confirmation');
    await dialog.getByLabel('Personen-ID zur Bestätigung').fill(personId);
    await dialog.getByRole('button', { name: 'Person löschen' }).click();
    await page.getByTestId('erasure-status').waitFor();
    await screenshot(page, 'privacy-erased');

    const subject = await hub.query<{ dataSubject: { erasure: { requestedAt: string } | null } }>('data-protection-officer', 'query($id: ID!) { dataSubject(personId: $id) { erasure { requestedAt } } }', { id: personId });
    expect(subject.data?.dataSubject.erasure?.requestedAt).toEqual(expect.any(String));
    const person = await hub.query<{ person: unknown }>('case-manager-rheine', 'query($id: ID!) { person(id: $id) { id } }', { id: personId }, 'COUNSELLING');
    expect(person.data?.person).toBeNull();
  });

  it('the administrator sees readiness, organisations and funding programmes, a page at a time', async () => {
    const page = await newPage(browser);
    await signIn(page, hub, /Administration/);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByText('persons: bereit').waitFor();
    await page.getByRole('table', { name: 'Organisationen' }).locator('tbody tr').first().waitFor();
    const before = await page.getByRole('table', { name: 'Organisationen' }).locator('tbody tr').count();
    expect(before).toBe(20);
    await page.getByRole('button', { name: 'Weitere laden' }).first().click();
    await page.waitForFunction(() => document.querySelectorAll('table[aria-label], table')[0]?.querySelectorAll('tbody tr').length > 20);
    await expectAccessible(page, 'admin');
    await screenshot(page, 'admin');
  });

  it('the navigation offers only the areas of the signed-in role; the accessibility statement is there for everyone', async () => {
    const page = await newPage(browser);
    await signIn(page, hub, /Administration/);
    const nav = page.getByRole('navigation', { name: 'Bereiche' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Start', 'Administration', 'Barrierefreiheit']);
    await nav.getByRole('link', { name: 'Barrierefreiheit' }).click();
    await page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByRole('link', { name: /barrierefreiheit@/ }).waitFor();
    await expectAccessible(page, 'accessibility statement');
  });

  it('an expired session leads back to sign-in with a message, not to a blank page', async () => {
    const page = await newPage(browser);
    const token = await hub.token('case-manager-rheine', { ttlSeconds: 1 });
    await page.goto(`${hub.origin}/admin/sign-in`);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    await page.evaluate(
      ([t, exp]) => sessionStorage.setItem('gk-admin-session', JSON.stringify({ token: t, expiresAt: exp * 1000 - 5000, subject: 'demo', roles: ['CASE_MANAGER'], organizationId: null, ags: [], organizationName: null, areaNames: [], via: 'development' })),
      [token, payload.exp] as const,
    );
    await page.goto(`${hub.origin}/admin/persons`);
    await page.getByText('Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.').waitFor();
    expect(page.url()).toBe(`${hub.origin}/admin/sign-in`);
  });

  it('a token the gateway refuses (401) leads back to sign-in with a message', async () => {
    const page = await newPage(browser);
    const token = await hub.token('case-manager-rheine');
    // Same claims, broken signature: the UI cannot tell, the gateway can.
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(86)}`;
    await page.goto(`${hub.origin}/admin/sign-in`);
    await page.evaluate(
      (t) => sessionStorage.setItem('gk-admin-session', JSON.stringify({ token: t, expiresAt: Date.now() + 600_000, subject: 'demo', roles: ['CASE_MANAGER'], organizationId: null, ags: [], organizationName: null, areaNames: [], via: 'development' })),
      forged,
    );
    await page.goto(`${hub.origin}/admin/persons`);
    await page.getByText('Das Gateway hat die Anmeldung nicht angenommen. Bitte melden Sie sich erneut an.').waitFor();
    expect(page.url()).toBe(`${hub.origin}/admin/sign-in`);
    expect(await page.evaluate(() => sessionStorage.getItem('gk-admin-session'))).toBeNull();
  });
});
