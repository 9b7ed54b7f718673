import type { Page } from 'playwright-core';
import { expectAccessible, screenshot } from './support/browser';
import { signedIn, type JourneyEnv } from './journey';

/**
 * The network coordinator of the Rhein-Kreis Neuss: the alliances with the incomplete one marked,
 * its coverage with the missing agency highlighted, a forum refused (no title) with the message
 * beside the field and then scheduled, read back through GraphQL; the organisations, a page at a time.
 */
export function networkJourney(env: JourneyEnv): void {
  let page: Page;
  const alliance = "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss";
  const title = 'AG Wohnen';

  it('lists the alliances with the incomplete coverage marked', async () => {
    page = await signedIn(env, /Netzwerkkoordination/);
    await page.getByRole('link', { name: 'Bündnis', exact: true }).click();
    await page.getByRole('heading', { name: 'Bündnisse', level: 1 }).waitFor();
    await page.locator('[data-coverage="incomplete"]').filter({ hasText: 'Ausländerbehörde' }).waitFor();
    await expectAccessible(page, 'alliances');
    await screenshot(page, 'network-alliances');
  });

  it('opens the alliance: the missing agency is highlighted in its coverage', async () => {
    await page.getByRole('link', { name: alliance }).click();
    await page.getByRole('heading', { name: alliance, level: 1 }).waitFor();
    await page.getByTestId('coverage-gaps').filter({ hasText: 'Ausländerbehörde' }).waitFor();
    const highlighted = page.locator('tr[data-highlight="true"]');
    expect(await highlighted.allInnerTexts()).toEqual([expect.stringContaining('Ausländerbehörde')]);
    expect(await highlighted.innerText()).toContain('fehlt');
    await expectAccessible(page, 'alliance');
    await screenshot(page, 'network-alliance');
  });

  it('schedules a forum after a refused title, read back through GraphQL', async () => {
    const form = page.getByRole('form', { name: 'Forum planen' });
    await form.getByLabel('Thema').fill('Wohnraum für junge Geflüchtete');
    await form.getByLabel('Beginn').fill('2027-03-10');
    await form.getByLabel('Jobcenter Rhein-Kreis Neuss').check();
    await form.getByRole('button', { name: 'Forum planen' }).click();
    const titleHelp = form
      .locator('[name="forumTitle"]')
      .locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")]')
      .locator('.MuiFormHelperText-root');
    await titleHelp.filter({ hasText: 'title must not be blank' }).waitFor();
    await form.getByLabel('Titel').fill(title);
    await form.getByRole('button', { name: 'Forum planen' }).click();
    await form.getByRole('status').filter({ hasText: 'Das Forum ist geplant.' }).waitFor();
    await page.getByRole('cell', { name: title }).waitFor();

    const id = page.url().split('/').pop();
    const read = await env.hub.query<{
      alliance: { forums: { title: string; startsOn: string; participants: { name: string }[] }[] };
    }>(
      'network-coordinator-neuss',
      'query($id: ID!) { alliance(id: $id) { forums { title startsOn participants { name } } } }',
      { id },
    );
    expect(read.data?.alliance.forums.filter((f) => f.title === title)).toEqual([
      { title, startsOn: '2027-03-10', participants: [{ name: 'Jobcenter Rhein-Kreis Neuss' }] },
    ]);
  });

  it('lists the organisations a page at a time', async () => {
    await page.getByRole('link', { name: 'Bündnis', exact: true }).click();
    await page.getByRole('link', { name: 'Organisationen' }).click();
    await page.getByRole('heading', { name: 'Organisationen', level: 1 }).waitFor();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    await page.getByRole('button', { name: 'Weitere laden' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length > n, before);
    await expectAccessible(page, 'organisations');
  });
}
