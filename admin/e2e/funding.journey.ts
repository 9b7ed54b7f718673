import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './support/browser';
import { signedIn, type JourneyEnv } from './journey';

/**
 * The finance office of Rheine: the funding overview with budget lines and applications; a draft
 * application submitted and approved through its lifecycle; an expenditure first refused (more than
 * is left) with the API's message, then recorded; both read back through GraphQL.
 */
export function financeJourney(env: JourneyEnv): void {
  let page: Page;
  let applicationId: string;
  const title = 'Sprachpatenschaften Rheine 2027';

  beforeAll(async () => {
    const programs = await env.hub.query<{ fundingPrograms: { items: { id: string; name: string }[] } }>(
      'finance-rheine',
      '{ fundingPrograms(first: 20) { items { id name } } }',
    );
    const programId = programs.data!.fundingPrograms.items.find(
      (p) => p.name === 'Kommunales Integrationsmanagement',
    )!.id;
    const created = await env.hub.query<{ createFundingApplication: { id: string } }>(
      'finance-rheine',
      'mutation($input: CreateFundingApplicationInput!) { createFundingApplication(input: $input) { id } }',
      {
        input: {
          applicantOrganizationId: env.hub.identity('case-manager-rheine').organizationId,
          municipalityAgs: '05566076',
          programId,
          title,
          requested: '1000.00',
          ownShare: '500.00',
          periodStart: '2027-01-01',
          periodEnd: '2027-12-31',
        },
      },
    );
    if (!created.data) throw new Error(`draft application not created: ${JSON.stringify(created.errors)}`);
    applicationId = created.data.createFundingApplication.id;
  });

  it('shows the funding overview, budget lines and applications', async () => {
    page = await signedIn(env, /Finanzen/);
    await page.getByRole('link', { name: 'Haushaltsmittel', exact: true }).click();
    await page.getByRole('heading', { name: 'Haushaltsmittel: Rheine', level: 1 }).waitFor();
    await page.getByText('80.000,00\u00a0€').first().waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page, 'funding overview');
    await screenshot(page, 'finance-overview');
  });

  it('submits the draft application and approves it, read back through GraphQL', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByTestId('application-status').filter({ hasText: 'Entwurf' }).waitFor();
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await page.getByTestId('application-status').filter({ hasText: 'eingereicht' }).waitFor();
    const approve = page.getByRole('form', { name: 'Bewilligen' });
    await approve.getByLabel('bewilligt (€)').fill('1.000,00');
    await approve.getByLabel('Bescheid vom').fill('2026-12-01');
    await expectAccessible(page, 'funding application');
    await approve.getByRole('button', { name: 'Bewilligen' }).click();
    await page.getByTestId('application-status').filter({ hasText: 'bewilligt' }).waitFor();
    await screenshot(page, 'finance-application');

    const read = await env.hub.query<{
      fundingApplication: { status: string; approvedAmount: string; approvedOn: string };
    }>('finance-rheine', 'query($id: ID!) { fundingApplication(id: $id) { status approvedAmount approvedOn } }', {
      id: applicationId,
    });
    expect(read.data?.fundingApplication).toEqual({
      status: 'APPROVED',
      approvedAmount: '1000.00',
      approvedOn: '2026-12-01',
    });
  });

  it('records an expenditure on an allocation after a refusal, read back through GraphQL', async () => {
    await page.getByRole('link', { name: 'Haushaltsmittel', exact: true }).click();
    await page.getByRole('link', { name: 'Beratung und Begleitung junger Zugewanderter' }).first().click();
    await page.getByRole('heading', { name: /^Zuweisung: Beratung und Begleitung/, level: 1 }).waitFor();
    const allocationId = page.url().split('/').pop()!;
    const form = page.getByRole('form', { name: 'Ausgabe erfassen' });
    await form.getByLabel('Betrag (€)').fill('999.999,00');
    await form.getByLabel('Zweck').fill('Dolmetscherkosten');
    await form.getByRole('button', { name: 'Ausgabe erfassen' }).click();
    // The API names no field for this refusal, so its message stands above the form.
    await form.getByRole('alert').filter({ hasText: 'exceeds what is left of the allocation' }).waitFor();
    await form.getByLabel('Betrag (€)').fill('123,45');
    await form.getByRole('button', { name: 'Ausgabe erfassen' }).click();
    await form.getByRole('status').filter({ hasText: 'Die Ausgabe ist erfasst.' }).waitFor();
    await page.getByRole('cell', { name: '123,45\u00a0€' }).waitFor();
    await expectAccessible(page, 'funding allocation');
    await screenshot(page, 'finance-allocation');

    const read = await env.hub.query<{ fundingAllocation: { expenditures: { amount: string; purpose: string }[] } }>(
      'finance-rheine',
      'query($id: ID!) { fundingAllocation(id: $id) { expenditures { amount purpose } } }',
      { id: allocationId },
    );
    expect(read.data?.fundingAllocation.expenditures).toEqual(
      expect.arrayContaining([{ amount: '123.45', purpose: 'Dolmetscherkosten' }]),
    );
  });
}
