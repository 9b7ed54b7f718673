import type { Browser, Page } from 'playwright-core';
import { startAdminTestHub, type AdminTestHub } from './support/hub';
import { expectAccessible, launchChromium, newPage, screenshot, tabTo } from './support/browser';

interface Candidate {
  id: string;
  givenName: string;
  familyName: string;
  eligibleOffers: { id: string; title: string }[];
  enrollments: { offer: { id: string } }[] | null;
}

/**
 * The case manager's journey, by keyboard alone: sign in, find a person, grant a consent to
 * another agency, enrol the person in an offer; then read both back through GraphQL.
 */
describe('case manager (keyboard only)', () => {
  let hub: AdminTestHub;
  let browser: Browser;
  let page: Page;
  let person: Candidate;
  let offer: { id: string; title: string };
  const jmd = () => hub.identity('case-manager-jmd-rheine');

  beforeAll(async () => {
    [hub, browser] = await Promise.all([startAdminTestHub(), launchChromium()]);
    const listed = await hub.query<{ persons: { items: Candidate[] } }>(
      'case-manager-rheine',
      '{ persons(first: 60) { items { id givenName familyName eligibleOffers { id title } enrollments { ' +
        'offer { id } } } } }',
      {},
      'COUNSELLING',
    );
    const candidate = listed.data?.persons.items.find((p) =>
      p.eligibleOffers.some((o) => !(p.enrollments ?? []).some((e) => e.offer.id === o.id)),
    );
    if (!candidate) throw new Error(`no demo person with an eligible offer: ${JSON.stringify(listed.errors)}`);
    person = candidate;
    offer = candidate.eligibleOffers.find((o) => !(candidate.enrollments ?? []).some((e) => e.offer.id === o.id))!;
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('signs in from the list of demo identities', async () => {
    await page.goto(`${hub.origin}/admin/`);
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await page.getByRole('button', { name: /Teilhabemanagement Stadt Rheine/ }).waitFor();
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await tabTo(page, (f) => f.tag === 'button' && f.text.includes('Teilhabemanagement Stadt Rheine'));
    await page.keyboard.press('Enter');
    await page.getByTestId('identity').waitFor();
    expect(await page.getByTestId('identity').innerText()).toContain(
      'Fallmanagement · Teilhabemanagement Stadt Rheine · Rheine',
    );
    await expectAccessible(page, 'home');
  });

  it('finds the person through the filter and opens their record', async () => {
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Personen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Personen', level: 1 }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'persons list');
    await screenshot(page, 'persons-list');
    await tabTo(page, (f) => f.label === 'Name enthält');
    await page.keyboard.type(person.familyName);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Filter');
    await page.keyboard.press('Enter');
    const name = `${person.familyName}, ${person.givenName}`;
    await page.getByRole('link', { name }).first().waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === name);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `${person.givenName} ${person.familyName}`, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Passende Angebote' }).waitFor();
    await expectAccessible(page, 'person');
    await screenshot(page, 'person');
  });

  it('grants the Jugendmigrationsdienst a consent for enrollment', async () => {
    await tabTo(page, (f) => f.tag === 'select' && f.label === 'Empfangende Organisation', 200);
    // A closed native select takes typed letters as a search, as a keyboard user would choose.
    await page.keyboard.type(jmd().organizationName ?? '', { delay: 20 });
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      jmd().organizationName,
    );
    await tabTo(page, (f) => f.tag === 'input' && f.label === 'Teilnahme');
    await page.keyboard.press('Space');
    await tabTo(page, (f) => f.tag === 'input' && f.label === 'Nachweis (z. B. Aktenzeichen)');
    await page.keyboard.type('EW-2026-0815');
    await tabTo(page, (f) => f.tag === 'input' && f.label === 'Fassung der Datenschutzinformation');
    await page.keyboard.type('2026-01');
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Einwilligung erfassen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();

    const readBack = await hub.query<{
      person: { consents: { active: boolean; purposes: string[]; organization: { id: string } }[] };
    }>(
      'case-manager-rheine',
      'query($id: ID!) { person(id: $id) { consents { active purposes organization { id } } } }',
      { id: person.id },
      'COUNSELLING',
    );
    expect(readBack.data?.person.consents).toEqual(
      expect.arrayContaining([{ active: true, purposes: ['ENROLLMENT'], organization: { id: jmd().organizationId } }]),
    );
  });

  it('enrols the person in an eligible offer', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, (f) => f.tag === 'button' && f.label === `Anmelden: ${offer.title}`, 250);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Die Person ist angemeldet.' }).waitFor();
    const readBack = await hub.query<{ person: { enrollments: { status: string; offer: { id: string } }[] } }>(
      'case-manager-rheine',
      'query($id: ID!) { person(id: $id) { enrollments { status offer { id } } } }',
      { id: person.id },
      'ENROLLMENT',
    );
    expect(readBack.data?.person.enrollments).toEqual(
      expect.arrayContaining([expect.objectContaining({ offer: { id: offer.id } })]),
    );
    await screenshot(page, 'person-enrolled');
  });
});
