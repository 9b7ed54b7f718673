import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadGatewayConfig } from '../config/gateway.config';
import { adminOptionsFromConfig } from './admin-options';

describe('the admin UI options from the gateway settings', () => {
  let keysDir: string;
  beforeAll(() => {
    keysDir = mkdtempSync(path.join(tmpdir(), 'gk-admin-keys-'));
  });
  afterAll(() => rmSync(keysDir, { recursive: true, force: true }));

  it('signs development tokens only in development mode outside production', async () => {
    const development = await adminOptionsFromConfig(loadGatewayConfig({ KEYS_DIR: keysDir }));
    expect(development.auth).toEqual({ mode: 'development' });
    expect(development.signDevelopmentToken).toBeDefined();
    const production = await adminOptionsFromConfig(loadGatewayConfig({ KEYS_DIR: keysDir, NODE_ENV: 'production' }));
    expect(production.signDevelopmentToken).toBeUndefined();
  });

  it(
    'with oidc tells the UI the issuer and, as client id, the audience its tokens carry; ' + 'no development tokens',
    async () => {
      const options = await adminOptionsFromConfig(
        loadGatewayConfig({
          AUTH_MODE: 'oidc',
          OIDC_ISSUER: 'https://login.example.org/realms/gk',
          OIDC_AUDIENCE: 'gk-admin',
          OIDC_JWKS_URL: 'https://login.example.org/realms/gk/certs',
          KEYS_DIR: keysDir,
        }),
      );
      expect(options.auth).toEqual({
        mode: 'oidc',
        issuer: 'https://login.example.org/realms/gk',
        clientId: 'gk-admin',
      });
      expect(options.signDevelopmentToken).toBeUndefined();
      expect(options.distDir).toMatch(/admin[/\\]dist$/);
    },
  );
});
