import { createHash, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { closeHttpServer, listenHttp } from '@gk/shared';

/** What the provider saw of one sign-in, so a test can check the client used PKCE properly. */
export interface SeenAuthorization {
  codeChallengeMethod: string | null;
  verifierMatched: boolean | null;
}

export interface TestOidcProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly authorizations: SeenAuthorization[];
  readonly signOuts: number;
  close(): Promise<void>;
}

/**
 * A small OpenID Connect provider for the browser test: discovery, an authorization endpoint that
 * signs the user in at once, a token endpoint that insists on PKCE (S256), JWKS and end-session. Its
 * access tokens carry the hub's claims (roles, org, ags) with the client id as audience.
 */
export async function startTestOidcProvider(options: {
  clientId: string;
  claims: Record<string, unknown>;
}): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { challenge: string; redirectUri: string; nonce?: string; seen: SeenAuthorization }>();
  const authorizations: SeenAuthorization[] = [];
  let signOuts = 0;
  let issuer = '';
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience(options.clientId)
      .setSubject('oidc-user')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  const app = express();
  // The UI runs on the gateway's origin, the provider on another: discovery and the token exchange are cross-origin.
  app.use((_req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    next();
  });
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/logout`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
    });
  });
  app.get('/jwks', (_req, res) => {
    res.json({ keys: [jwk] });
  });
  app.get('/authorize', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const seen: SeenAuthorization = { codeChallengeMethod: q.code_challenge_method ?? null, verifierMatched: null };
    authorizations.push(seen);
    if (q.client_id !== options.clientId || q.response_type !== 'code' || !q.redirect_uri || !q.code_challenge) {
      res.status(400).send('bad authorization request');
      return;
    }
    const code = randomUUID();
    codes.set(code, { challenge: q.code_challenge, redirectUri: q.redirect_uri, nonce: q.nonce, seen });
    const back = new URL(q.redirect_uri);
    back.searchParams.set('code', code);
    if (q.state) back.searchParams.set('state', q.state);
    res.redirect(302, back.toString());
  });
  app.post('/token', express.urlencoded({ extended: false }), async (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const grant = body.code ? codes.get(body.code) : undefined;
    if (
      !grant ||
      body.grant_type !== 'authorization_code' ||
      body.redirect_uri !== grant.redirectUri ||
      !body.code_verifier
    ) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    codes.delete(body.code as string);
    grant.seen.verifierMatched =
      createHash('sha256').update(body.code_verifier).digest('base64url') === grant.challenge;
    if (!grant.seen.verifierMatched) {
      res.status(400).json({ error: 'invalid_grant' });
      return;
    }
    res.json({
      token_type: 'Bearer',
      expires_in: 600,
      access_token: await sign(options.claims),
      id_token: await sign(grant.nonce ? { nonce: grant.nonce } : {}),
    });
  });
  app.get('/logout', (req, res) => {
    signOuts += 1;
    const back = (req.query as Record<string, string | undefined>).post_logout_redirect_uri;
    if (back) res.redirect(302, back);
    else res.send('signed out');
  });

  const { server, port } = await listenHttp(app, 0, '127.0.0.1');
  issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    authorizations,
    get signOuts() {
      return signOuts;
    },
    close: () => closeHttpServer(server as Server),
  };
}
