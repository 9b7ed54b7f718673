import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@gk/shared';
import { DEMO_IDENTITIES } from './demo-identities';
import type { AdminOptions } from './admin-options';

const HOUR = 3600;

/**
 * Content security policy of the UI's pages: scripts only from the gateway itself; inline styles
 * because MUI (emotion) injects its styles at run time; the OIDC issuer is the one other origin
 * the page may talk to (discovery and the token endpoint).
 */
function contentSecurityPolicy(options: AdminOptions): string {
  const connect = options.auth.mode === 'oidc' ? `'self' ${new URL(options.auth.issuer).origin}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const notBuilt = (res: Response) =>
  res
    .status(503)
    .type('html')
    .send(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Admin UI not built</title></head><body>' +
        '<h1>The admin UI is not built</h1><p>Build it with <code>npx turbo run build --filter=@gk/admin</code> ' +
        '(or <code>npm run build</code>; <code>npm start</code> builds it too), then reload this ' +
        'page.</p></body></html>',
    );

/**
 * Serves the admin UI at /admin/: its production build with hashed assets cached for a year and
 * every other path answered with index.html (the UI routes in the browser); /admin/config.json
 * tells the UI how to sign in; in development /admin/dev/identities and /admin/dev/token give
 * tokens for the demo identities (404 in production and with oidc).
 */
export function adminRouter(options: AdminOptions): express.Router {
  const router = express.Router({ strict: true });
  const ttlSeconds = options.developmentTokenTtlSeconds ?? HOUR;
  const csp = contentSecurityPolicy(options);
  const development = options.auth.mode === 'development' && options.signDevelopmentToken !== undefined;

  router.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      authMode: options.auth.mode,
      developmentSignIn: development,
      oidc: options.auth.mode === 'oidc' ? { issuer: options.auth.issuer, clientId: options.auth.clientId } : null,
      graphqlPath: '/graphql',
      suppressionThreshold: options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
    });
  });

  router.get('/dev/identities', (_req, res, next) => {
    if (!development) return next('router');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ identities: DEMO_IDENTITIES });
  });

  router.post('/dev/token', express.json({ limit: '1kb' }), async (req: Request, res: Response, next) => {
    if (!development || !options.signDevelopmentToken) return next('router');
    // Only application/json is parsed: a cross-site form cannot send it without a preflight.
    const key = (req.body as { identity?: unknown } | undefined)?.identity;
    const identity = DEMO_IDENTITIES.find((i) => i.key === key);
    if (!identity) {
      res.status(400).json({
        errors: [
          {
            message: 'identity must be the key of a demo identity.',
            extensions: { code: 'BAD_USER_INPUT', field: 'identity' },
          },
        ],
      });
      return;
    }
    const token = await options.signDevelopmentToken({
      subject: identity.subject,
      roles: [identity.role],
      organizationId: identity.organizationId ?? undefined,
      ags: identity.ags,
      ttlSeconds,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ token, expiresAt: new Date(Date.now() + ttlSeconds * 1000).toISOString() });
  });

  router.use('/dev', (_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
  });

  router.use('/assets', (req, res, next) => {
    if (!existsSync(options.distDir)) return notBuilt(res);
    // File names carry a content hash: a new build has new names, so a year's cache is safe.
    express.static(path.join(options.distDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    })(req, res, next);
  });

  router.use(express.static(options.distDir, { index: false, maxAge: '1h' }));

  router.get('/{*path}', (_req, res) => {
    const index = path.join(options.distDir, 'index.html');
    if (!existsSync(index)) return notBuilt(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', csp);
    res.sendFile(index);
  });
  return router;
}

/** Mounts the admin UI on the gateway's app (see adminRouter). */
export function mountAdmin(app: express.Express, options: AdminOptions): void {
  const router = adminRouter(options);
  app.use('/admin', (req, res, next) => {
    // Express matches "/admin" and "/admin/" alike; only the first is redirected, so relative asset paths resolve.
    if (req.originalUrl.split('?')[0] === '/admin') {
      res.redirect(301, '/admin/');
      return;
    }
    router(req, res, next);
  });
}
