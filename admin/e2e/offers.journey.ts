import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './support/browser';
import { signedIn, type JourneyEnv } from './journey';

interface EnrollmentRead {
  enrollment: { id: string; status: string; outcome: string | null; endedOn: string | null } | null;
}

/**
 * The provider: its offers with seat figures, one running offer whose enrollments it may see (the
 * persons' names refused as "keine Berechtigung"), an outcome recorded and read back; a new offer,
 * first refused with the API's message beside the field, then created, opened and read back.
 */
export function providerJourney(env: JourneyEnv): void {
  let page: Page;
  const title = 'Sprachcafé B1 für junge Erwachsene';

  it('lists the own offers with their seat figures', async () => {
    page = await signedIn(env, /Träger \(Volkshochschule Rheine\)/);
    await page.getByRole('link', { name: 'Angebote', exact: true }).click();
    await page.getByRole('heading', { name: 'Meine Angebote', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Integrationskurs mit Alphabetisierung' }).waitFor();
    await expectAccessible(page, 'provider offers');
    await screenshot(page, 'provider-offers');
  });

  it('opens a running offer and records an enrollment outcome, read back through GraphQL', async () => {
    await page.getByRole('link', { name: 'Integrationskurs mit Alphabetisierung' }).click();
    await page.getByRole('heading', { name: 'Teilnahmen' }).waitFor();
    // The provider sees its enrollments, not who the persons are: the API refuses the names.
    await page.getByText('keine Berechtigung').first().waitFor();
    await expectAccessible(page, 'provider offer');
    await screenshot(page, 'provider-offer');

    const form = page.getByRole('form', { name: /^Ergebnis für Teilnahme/ }).first();
    const enrollmentId = await form.getAttribute('data-enrollment');
    await form.getByLabel('Ergebnis', { exact: true }).selectOption('QUALIFICATION_ACHIEVED');
    await form.getByRole('button', { name: /Ergebnis erfassen/ }).click();
    await page.locator(`form[data-enrollment="${enrollmentId}"]`).waitFor({ state: 'detached' });

    const read = await env.hub.query<EnrollmentRead>(
      'provider-vhs-rheine',
      'query($id: ID!) { enrollment(id: $id) { id status outcome endedOn } }',
      { id: enrollmentId },
      'ENROLLMENT',
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.enrollment).toEqual({
      id: enrollmentId,
      status: 'COMPLETED',
      outcome: 'QUALIFICATION_ACHIEVED',
      endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('creates an offer: a refused field shows the API message beside it; then it is created and opened', async () => {
    await page.getByRole('link', { name: 'Angebote', exact: true }).click();
    await page
      .getByRole('button', { name: 'Angebot anlegen' })
      .or(page.getByRole('link', { name: 'Angebot anlegen' }))
      .click();
    await page.getByRole('heading', { name: 'Angebot anlegen', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Angebot anlegen' });
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Kommune (AGS)').fill('05566076');
    await form.getByLabel('Plätze').fill('0');
    await form.getByLabel('Beginn').fill('2027-02-01');
    await form.getByLabel('Ende').fill('2027-06-30');
    await form.getByRole('button', { name: 'Angebot anlegen' }).click();
    // The API's message for input.seats stands under the seats field (its helper text).
    const seatsHelp = form
      .locator('[name="seats"]')
      .locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")]')
      .locator('.MuiFormHelperText-root');
    await seatsHelp.filter({ hasText: 'seats must not be less than 1' }).waitFor();
    await expectAccessible(page, 'create offer (refused)');
    await screenshot(page, 'provider-create-offer-refused');

    await form.getByLabel('Plätze').fill('12');
    await form.getByRole('button', { name: 'Angebot anlegen' }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByTestId('offer-status').filter({ hasText: 'geplant' }).waitFor();
    await page.getByRole('button', { name: 'Für Anmeldungen öffnen' }).click();
    await page.getByTestId('offer-status').filter({ hasText: 'offen für Anmeldungen' }).waitFor();

    const organizationId = env.hub.identity('provider-vhs-rheine').organizationId;
    const read = await env.hub.query<{
      offers: { items: { title: string; status: string; seats: number; startDate: string }[] };
    }>(
      'provider-vhs-rheine',
      'query($p: ID) { offers(first: 100, filter: { providerId: $p }) { items { title status seats startDate } } }',
      { p: organizationId },
    );
    expect(read.data?.offers.items.filter((o) => o.title === title)).toEqual([
      { title, status: 'OPEN', seats: 12, startDate: '2027-02-01' },
    ]);
  });
}
