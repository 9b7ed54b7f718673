import path from 'node:path';
import { signDevelopmentToken, type DevelopmentTokenClaims } from '../auth/client-token';
import { ensureKeyPair } from '../auth/keys';
import type { GatewayConfig } from '../config/gateway.config';
import { REPO_ROOT } from '../config/paths';

/** How the admin UI signs in, as its config endpoint tells it. */
export type AdminAuth = { mode: 'development' } | { mode: 'oidc'; issuer: string; clientId: string };

/** What the gateway needs to serve the admin UI at /admin/. */
export interface AdminOptions {
  /** Folder of the admin UI's production build (admin/dist). */
  distDir: string;
  auth: AdminAuth;
  /**
   * Signs a development token for a demo identity. Absent in production and with oidc: the
   * development endpoints then answer 404, as if they did not exist.
   */
  signDevelopmentToken?: (claims: DevelopmentTokenClaims) => Promise<string>;
  /** Lifetime of a development sign-in token (default one hour). */
  developmentTokenTtlSeconds?: number;
  /**
   * The hub's small-cell threshold (SUPPRESSION_THRESHOLD), so the UI shows a withheld count as
   * "< threshold" with the number the subgraphs use; default 5.
   */
  suppressionThreshold?: number;
}

export const ADMIN_DIST_DIR = path.join(REPO_ROOT, 'admin', 'dist');

/**
 * The admin UI's options from the gateway's settings. With oidc the UI's client id is OIDC_AUDIENCE,
 * the audience the provider puts in the tokens it issues to that client.
 */
export async function adminOptionsFromConfig(config: GatewayConfig): Promise<AdminOptions> {
  if (config.authMode === 'oidc') {
    return {
      distDir: ADMIN_DIST_DIR,
      suppressionThreshold: config.suppressionThreshold,
      auth: { mode: 'oidc', issuer: config.oidcIssuer as string, clientId: config.oidcAudience as string },
    };
  }
  if (config.nodeEnv === 'production')
    return {
      distDir: ADMIN_DIST_DIR,
      suppressionThreshold: config.suppressionThreshold,
      auth: { mode: 'development' },
    };
  const { privateKeyPem } = await ensureKeyPair(config.keysDir, 'development-issuer');
  return {
    distDir: ADMIN_DIST_DIR,
    suppressionThreshold: config.suppressionThreshold,
    auth: { mode: 'development' },
    signDevelopmentToken: (claims) => signDevelopmentToken(privateKeyPem, claims),
  };
}
