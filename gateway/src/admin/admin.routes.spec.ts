import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { closeHttpServer, listenHttp } from '@gk/shared';
import { createDevelopmentVerifier, signDevelopmentToken } from '../auth/client-token';
import { mountAdmin } from './admin.routes';
import type { AdminOptions } from './admin-options';
import { DEMO_IDENTITIES } from './demo-identities';

type Server = Awaited<ReturnType<typeof listenHttp>>['server'];

describe('the admin UI served by the gateway', () => {
  const servers: Server[] = [];
  let dist: string;

  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'gk-admin-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => closeHttpServer(s)));
    rmSync(dist, { recursive: true, force: true });
  });

  async function serve(options: AdminOptions): Promise<string> {
    const app = express();
    mountAdmin(app, options);
    const { server, port } = await listenHttp(app, 0, '127.0.0.1');
    servers.push(server);
    return `http://127.0.0.1:${port}`;
  }

  it(
    'answers every UI path with index.html (the UI routes in the browser), uncached and under a content ' +
      'security policy',
    async () => {
      const url = await serve({ distDir: dist, auth: { mode: 'development' } });
      const res = await fetch(`${url}/admin/persons/0b6c9a52-0000-4000-8000-000000000000`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    },
  );

  it('caches hashed assets for a year and answers a missing asset 404, not with the page', async () => {
    const url = await serve({ distDir: dist, auth: { mode: 'development' } });
    const asset = await fetch(`${url}/admin/assets/index-Ab12Cd.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${url}/admin/assets/index-gone.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root">');
  });

  it('redirects /admin to /admin/ so relative asset paths resolve', async () => {
    const url = await serve({ distDir: dist, auth: { mode: 'development' } });
    const res = await fetch(`${url}/admin`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/admin/');
  });

  it('says how to build the UI when admin/dist is missing, instead of failing with a 500', async () => {
    const url = await serve({ distDir: path.join(dist, 'not-built'), auth: { mode: 'development' } });
    const res = await fetch(`${url}/admin/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npx turbo run build --filter=@gk/admin');
    expect((await fetch(`${url}/admin/assets/index-Ab12Cd.js`)).status).toBe(503);
  });

  it(
    'tells the UI how to sign in (the OIDC issuer and client id with oidc, no development sign-in there) and ' +
      "the hub's suppression threshold",
    async () => {
      const url = await serve({
        distDir: dist,
        suppressionThreshold: 7,
        auth: { mode: 'oidc', issuer: 'https://login.example.org/realms/gk', clientId: 'gk-admin' },
      });
      const config = await (await fetch(`${url}/admin/config.json`)).json();
      expect(config).toEqual({
        authMode: 'oidc',
        developmentSignIn: false,
        oidc: { issuer: 'https://login.example.org/realms/gk', clientId: 'gk-admin' },
        graphqlPath: '/graphql',
        suppressionThreshold: 7,
      });
      const page = await fetch(`${url}/admin/`);
      // The page may reach the provider for discovery and the token exchange, nothing else.
      expect(page.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.example.org");
    },
  );

  describe('development tokens', () => {
    let privateKeyPem: string;
    let publicKeyPem: string;
    beforeAll(async () => {
      const pair = await generateKeyPair('ES256', { extractable: true });
      privateKeyPem = await exportPKCS8(pair.privateKey);
      publicKeyPem = await exportSPKI(pair.publicKey);
    });
    const development = (): AdminOptions => ({
      distDir: dist,
      auth: { mode: 'development' },
      signDevelopmentToken: (claims) => signDevelopmentToken(privateKeyPem, claims),
    });

    it('lists the demo identities and signs a token for one that the gateway accepts as that identity', async () => {
      const url = await serve(development());
      const { identities } = (await (await fetch(`${url}/admin/dev/identities`)).json()) as {
        identities: { role: string }[];
      };
      expect(identities.map((i) => i.role)).toEqual(
        expect.arrayContaining([
          'CASE_MANAGER',
          'PROVIDER',
          'CORE_GROUP',
          'FINANCE',
          'NETWORK_COORDINATOR',
          'DATA_PROTECTION_OFFICER',
          'ADMIN',
        ]),
      );
      const res = await fetch(`${url}/admin/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'case-manager-rheine' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const { token } = (await res.json()) as { token: string };
      const identity = await (await createDevelopmentVerifier(publicKeyPem))(`Bearer ${token}`);
      const demo = DEMO_IDENTITIES.find((i) => i.key === 'case-manager-rheine');
      expect(identity).toMatchObject({
        roles: ['CASE_MANAGER'],
        organizationId: demo?.organizationId,
        ags: ['05566076'],
      });
    });

    it('signs only the listed identities: anything else is BAD_USER_INPUT naming the field', async () => {
      const url = await serve(development());
      const res = await fetch(`${url}/admin/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'root', roles: ['ADMIN'] }),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'identity' } }],
      });
    });

    it.each([
      ['with oidc', { distDir: '', auth: { mode: 'oidc', issuer: 'https://login.example.org', clientId: 'gk-admin' } }],
      ['in production (no signer given)', { distDir: '', auth: { mode: 'development' } }],
    ] as [string, AdminOptions][])('do not exist %s: 404', async (_name, options) => {
      const url = await serve({ ...options, distDir: dist });
      expect((await fetch(`${url}/admin/dev/identities`)).status).toBe(404);
      const res = await fetch(`${url}/admin/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'admin' }),
      });
      expect(res.status).toBe(404);
    });
  });
});
