import type { Browser } from 'playwright-core';
import { startAdminTestHub, type AdminTestHub } from './support/hub';
import { startTestOidcProvider, type TestOidcProvider } from './support/oidc-provider';
import { expectAccessible, launchChromium, newPage } from './support/browser';

/**
 * Production sign-in: the gateway with AUTH_MODE=oidc, a provider of the test's own, and the UI's
 * authorization code flow with PKCE through oidc-client-ts, ending in a token the gateway accepts.
 */
describe('OpenID Connect sign-in', () => {
  const clientId = 'gk-admin';
  let provider: TestOidcProvider;
  let hub: AdminTestHub;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestOidcProvider({ clientId, claims: { roles: ['ADMIN'], ags: [] } });
    [hub, browser] = await Promise.all([
      startAdminTestHub({ oidc: { issuer: provider.issuer, clientId, jwksUrl: provider.jwksUrl } }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    await provider?.close();
  });

  it('has no development sign-in: the token endpoint does not exist', async () => {
    const res = await fetch(`${hub.origin}/admin/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: 'admin' }),
    });
    expect(res.status).toBe(404);
  });

  it(
    'signs in at the provider with PKCE, keeps the token in sessionStorage only, works with the ' + 'API and signs out',
    async () => {
      const page = await newPage(browser);
      await page.goto(`${hub.origin}/admin/`);
      const button = page.getByRole('button', { name: 'Mit Organisationskonto anmelden' });
      await button.waitFor();
      await expectAccessible(page, 'oidc sign-in');
      await button.click();
      await page.getByTestId('identity').waitFor();
      expect(await page.getByTestId('identity').innerText()).toContain('Administration');
      expect(provider.authorizations).toEqual([{ codeChallengeMethod: 'S256', verifierMatched: true }]);

      // The provider's token reaches the API: the organisations come from the network subgraph.
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('table', { name: 'Organisationen' }).locator('tbody tr').first().waitFor();
      const storage = await page.evaluate(() => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }));
      expect(storage.local).toEqual([]);
      expect(storage.session).toEqual(expect.arrayContaining(['gk-admin-session']));

      await page.getByRole('button', { name: 'Abmelden' }).click();
      await page.getByRole('button', { name: 'Mit Organisationskonto anmelden' }).waitFor();
      expect(provider.signOuts).toBe(1);
      expect(await page.evaluate(() => sessionStorage.getItem('gk-admin-session'))).toBeNull();
    },
  );
});
