import type { Browser, Page } from 'playwright-core';
import { startAdminTestHub, type AdminTestHub } from './support/hub';
import { expectAccessible, launchChromium, newPage, screenshot } from './support/browser';

/** Signs in through the sign-in page, as the demo identity whose button names the role. */
async function signIn(page: Page, hub: AdminTestHub, buttonName: RegExp): Promise<void> {
  await page.goto(`${hub.origin}/admin/sign-in`);
  await page.getByRole('button', { name: buttonName }).click();
  await page.getByTestId('identity').waitFor();
}

describe('data protection officer, administrator, case management across agencies, sessions', () => {
  let hub: AdminTestHub;
  let browser: Browser;
  let personId: string;

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startAdminTestHub(), launchChromium()]);
    const listed = await hub.query<{ persons: { items: { id: string }[] } }>(
      'case-manager-rheine',
      '{ persons(first: 5) { items { id } } }',
      {},
      'COUNSELLING',
    );
    personId = listed.data!.persons.items[4].id;
    // A read that the access log will show.
    await hub.query(
      'case-manager-rheine',
      'query($id: ID!) { person(id: $id) { givenName } }',
      { id: personId },
      'COUNSELLING',
    );
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

    const subject = await hub.query<{ dataSubject: { erasure: { requestedAt: string } | null } }>(
      'data-protection-officer',
      'query($id: ID!) { dataSubject(personId: $id) { erasure { requestedAt } } }',
      { id: personId },
    );
    expect(subject.data?.dataSubject.erasure?.requestedAt).toEqual(expect.any(String));
    const person = await hub.query<{ person: unknown }>(
      'case-manager-rheine',
      'query($id: ID!) { person(id: $id) { id } }',
      { id: personId },
      'COUNSELLING',
    );
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
    await page.waitForFunction(
      () => document.querySelectorAll('table[aria-label], table')[0]?.querySelectorAll('tbody tr').length > 20,
    );
    await expectAccessible(page, 'admin');
    await screenshot(page, 'admin');
  });

  it('a subgraph that is down is named on the page while the other parts keep working', async () => {
    await hub.stopSubgraph('funding');
    try {
      const page = await newPage(browser);
      await signIn(page, hub, /Administration/);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Der Bereich Haushaltsmittel (Förderung) ist zurzeit nicht erreichbar.' })
        .waitFor();
      await page
        .getByRole('region', { name: 'Förderprogramme' })
        .getByText('Der Bereich Haushaltsmittel (Förderung) ist zurzeit nicht erreichbar.', { exact: false })
        .waitFor();
      await page.getByRole('table', { name: 'Organisationen' }).locator('tbody tr').nth(19).waitFor();
      await page.getByText('funding: nicht erreichbar').waitFor();
      await expectAccessible(page, 'admin with funding down');
      await screenshot(page, 'admin-funding-down');
    } finally {
      await hub.startSubgraph('funding');
    }
  });

  it("shows 'keine Berechtigung' where the API refuses a field, and the rest of the person", async () => {
    const jmd = hub.identity('case-manager-jmd-rheine').organizationId;
    const listed = await hub.query<{
      persons: {
        items: {
          id: string;
          givenName: string;
          familyName: string;
          consents: { active: boolean; purposes: string[]; organization: { id: string } }[];
        }[];
      };
    }>(
      'case-manager-rheine',
      '{ persons(first: 40) { items { id givenName familyName consents { active purposes organization { id } } } } }',
      {},
      'COUNSELLING',
    );
    const shared = listed.data!.persons.items.find((p) =>
      p.consents.some((c) => c.active && c.organization.id === jmd && c.purposes.includes('COUNSELLING')),
    );
    if (!shared) throw new Error('no demo person with a counselling consent for the Jugendmigrationsdienst');
    // What the API answers the other agency: the person, but their consents refused.
    const answer = await hub.query(
      'case-manager-jmd-rheine',
      'query($id: ID!) { person(id: $id) { givenName consents { id } } }',
      { id: shared.id },
      'COUNSELLING',
    );
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['person', 'consents'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);

    const page = await newPage(browser);
    await signIn(page, hub, /Jugendmigrationsdienst Rheine/);
    await page.goto(`${hub.origin}/admin/persons/${shared.id}`);
    await page.getByRole('heading', { name: `${shared.givenName} ${shared.familyName}`, level: 1 }).waitFor();
    const consents = page.getByRole('region', { name: 'Einwilligungen' });
    await consents.getByText('keine Berechtigung').waitFor();
    expect(await consents.getByRole('button', { name: 'Einwilligung erfassen' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Aufenthaltsstatus (Verlauf)' }).getByRole('table').waitFor();
    await expectAccessible(page, 'person seen by another agency');
    await screenshot(page, 'person-forbidden-fields');
  });

  it('registering a person warns of a probable duplicate and registers only after confirmation', async () => {
    const existing = await hub.query<{
      persons: { items: { givenName: string; familyName: string; dateOfBirth: string }[] };
    }>(
      'case-manager-rheine',
      '{ persons(first: 1) { items { givenName familyName dateOfBirth } } }',
      {},
      'COUNSELLING',
    );
    const twin = existing.data!.persons.items[0];
    const count = async () =>
      (
        await hub.query<{ persons: { items: unknown[] } }>(
          'case-manager-rheine',
          'query($n: String) { persons(first: 100, filter: { nameContains: $n }) { items { id } } }',
          { n: twin.givenName },
          'COUNSELLING',
        )
      ).data!.persons.items.length;
    const before = await count();
    const page = await newPage(browser);
    await signIn(page, hub, /Teilhabemanagement Stadt Rheine/);
    await page.goto(`${hub.origin}/admin/persons/new`);
    await page.getByLabel('Vorname').fill(twin.givenName);
    await page.getByLabel('Nachname').fill(twin.familyName);
    await page.getByLabel('Geburtsdatum').fill(twin.dateOfBirth);
    await page.getByRole('button', { name: 'Person aufnehmen' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Möglicherweise ist diese Person schon erfasst:' });
    await warning.waitFor();
    await expectAccessible(page, 'register person with duplicate warning');
    await screenshot(page, 'register-duplicate');
    expect(await count()).toBe(before);
    await warning.getByRole('button', { name: 'Es ist eine andere Person – trotzdem aufnehmen' }).click();
    await page.getByRole('heading', { name: `${twin.givenName} ${twin.familyName}`, level: 1 }).waitFor();
    expect(await count()).toBe(before + 1);
  });

  it('a refused change shows the API message next to the field it names', async () => {
    const page = await newPage(browser);
    await signIn(page, hub, /Teilhabemanagement Stadt Rheine/);
    await page.goto(`${hub.origin}/admin/persons/new`);
    await page.getByLabel('Vorname').fill('Test');
    await page.getByLabel('Nachname').fill('Zukunft');
    await page.getByLabel('Geburtsdatum').fill('2099-01-01');
    await page.getByRole('button', { name: 'Person aufnehmen' }).click();
    // MUI ties the helper text to the input (aria-describedby): the message is the field's description.
    const field = page.getByLabel('Geburtsdatum');
    await page.waitForFunction(
      () => document.querySelector('input[name="dateOfBirth"]')?.getAttribute('aria-invalid') === 'true',
    );
    const described = await field.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toMatch(/dateOfBirth/);
  });

  it(
    'the navigation offers only the areas of the signed-in role; the accessibility statement is there for ' +
      'everyone',
    async () => {
      const page = await newPage(browser);
      await signIn(page, hub, /Administration/);
      const nav = page.getByRole('navigation', { name: 'Bereiche' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Start', 'Administration', 'Barrierefreiheit']);
      await nav.getByRole('link', { name: 'Barrierefreiheit' }).click();
      await page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit' }).waitFor();
      await page.getByRole('link', { name: /barrierefreiheit@/ }).waitFor();
      await expectAccessible(page, 'accessibility statement');
    },
  );

  it('an expired session leads back to sign-in with a message, not to a blank page', async () => {
    const page = await newPage(browser);
    const token = await hub.token('case-manager-rheine', { ttlSeconds: 1 });
    await page.goto(`${hub.origin}/admin/sign-in`);
    // The app reads (and removes) a stored session once, after its config has loaded: planted before that,
    // this first page would consume the expired session instead of the page the user opens next.
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    await page.evaluate(
      ([t, exp]) =>
        sessionStorage.setItem(
          'gk-admin-session',
          JSON.stringify({
            token: t,
            expiresAt: exp * 1000 - 5000,
            subject: 'demo',
            roles: ['CASE_MANAGER'],
            organizationId: null,
            ags: [],
            organizationName: null,
            areaNames: [],
            via: 'development',
          }),
        ),
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
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await page.evaluate(
      (t) =>
        sessionStorage.setItem(
          'gk-admin-session',
          JSON.stringify({
            token: t,
            expiresAt: Date.now() + 600_000,
            subject: 'demo',
            roles: ['CASE_MANAGER'],
            organizationId: null,
            ags: [],
            organizationName: null,
            areaNames: [],
            via: 'development',
          }),
        ),
      forged,
    );
    await page.goto(`${hub.origin}/admin/persons`);
    await page.getByText('Das Gateway hat die Anmeldung nicht angenommen. Bitte melden Sie sich erneut an.').waitFor();
    expect(page.url()).toBe(`${hub.origin}/admin/sign-in`);
    expect(await page.evaluate(() => sessionStorage.getItem('gk-admin-session'))).toBeNull();
  });
});
