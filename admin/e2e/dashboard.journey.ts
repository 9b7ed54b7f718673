import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './support/browser';
import { signedIn, type JourneyEnv } from './journey';

interface Count {
  value: number | null;
  suppressed: boolean;
}

/**
 * The core group: Rheine's dashboard with every chart drawn, withheld counts shown as protected
 * (and left out of the charts, the caption saying so), the CSV export downloaded and compared with
 * the GraphQL answer, and the state-wide table sorted by a column both ways.
 */
export function coreGroupJourney(env: JourneyEnv): void {
  let page: Page;

  it("opens Rheine's dashboard with all four charts drawn and protected cells shown as protected", async () => {
    page = await signedIn(env, /Bündniskerngruppe/);
    await page.getByRole('link', { name: 'Kerngruppe', exact: true }).click();
    await page.getByLabel('Gebiet', { exact: true }).selectOption('05566076');
    await page.getByRole('heading', { name: 'Kerngruppe: Lagebild: Rheine', level: 1 }).waitFor();
    await page.locator('[data-testid="dashboard"][data-charts-drawn="all"]').waitFor();
    expect(await page.locator('[data-chart-state="drawn"] canvas').count()).toBe(4);

    const read = await env.hub.query<{
      municipality: {
        indicators: { targetGroup: { total: Count; byResidenceStatus: { residenceStatus: string; persons: Count }[] } };
      };
    }>(
      'core-group',
      '{ municipality(ags: "05566076") { indicators { targetGroup { total { value suppressed } ' +
        'byResidenceStatus { residenceStatus persons { value suppressed } } } } } }',
    );
    const targetGroup = read.data!.municipality.indicators.targetGroup;
    const withheld = targetGroup.byResidenceStatus.filter((r) => r.persons.suppressed);
    expect(withheld.length).toBeGreaterThan(0);
    // The table beside the residence chart shows each withheld count as protected, never as 0.
    const residenceTable = page.getByTestId('chart-residence').locator('table');
    expect(await residenceTable.locator('tbody tr').filter({ hasText: '< 5, geschützt' }).count()).toBe(
      withheld.length,
    );
    expect(await page.getByTestId('chart-residence-caption').innerText()).toMatch(
      /^Ohne Balken, weil geschützt \(< 5\): /,
    );
    expect(await page.getByText(`Personen insgesamt: ${targetGroup.total.value}`).count()).toBe(1);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard-rheine');
  });

  it('downloads the CSV export with the bearer token and it matches the GraphQL answer', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^indicators-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe('reference_date,ags,municipality,section,indicator,value,note');
    const read = await env.hub.query<{ municipality: { indicators: { targetGroup: { total: Count } } } }>(
      'core-group',
      '{ municipality(ags: "05566076") { indicators { targetGroup { total { value suppressed } } } } }',
    );
    expect(csv.filter((l) => /^[\d-]+,05566076,Rheine,targetGroup,total,/.test(l)).map((l) => l.split(',')[5])).toEqual(
      [String(read.data!.municipality.indicators.targetGroup.total.value)],
    );
    // A withheld cell is empty with a note in the file too.
    expect(csv.some((l) => l.includes(',05566076,Rheine,') && l.endsWith(',,withheld: small-group protection'))).toBe(
      true,
    );
    await page.getByRole('status').filter({ hasText: 'Die CSV-Datei ist heruntergeladen.' }).waitFor();
  });

  it('sorts the state-wide table by a column, ascending then descending (aria-sort says which)', async () => {
    const table = page.getByTestId('state-table');
    await table.locator('tbody tr').first().waitFor();
    const header = table.locator('th', { hasText: 'Lücken' });
    const gapsColumn = async () => (await table.locator('tbody tr td:nth-child(5)').allInnerTexts()).map(Number);
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await gapsColumn();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await gapsColumn();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    expect(new Set(descending).size).toBeGreaterThan(1);
    await expectAccessible(page, 'dashboard sorted');
  });

  it('names the funding part while it is down, and the rest of the dashboard still works', async () => {
    await env.hub.stopSubgraph('funding');
    try {
      await page.reload();
      await page.locator('[data-testid="dashboard"][data-charts-drawn="all"]').waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: 'Der Bereich Haushaltsmittel (Förderung) ist zurzeit nicht erreichbar' })
        .first()
        .waitFor();
      // The money section, served by funding, says so in its place; the charts of the other parts stand.
      const money = page.locator('section', { has: page.getByRole('heading', { name: 'Geld pro Person' }) });
      await money.getByText('Der Bereich Haushaltsmittel (Förderung) ist zurzeit nicht erreichbar').waitFor();
      expect(await page.getByTestId('chart-gaps-caption').innerText()).toMatch(/geschützt|Kein Wert/);
      await expectAccessible(page, 'dashboard with funding down');
      await screenshot(page, 'dashboard-funding-down');
    } finally {
      await env.hub.startSubgraph('funding');
    }
  });
}
