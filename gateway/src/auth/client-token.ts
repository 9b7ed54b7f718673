import {
  SignJWT,
  createRemoteJWKSet,
  importPKCS8,
  importSPKI,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type KeyLike,
} from 'jose';
import { SYSTEM_SUBJECT, UnauthenticatedError, identityFromClaims, type Identity, type Role } from '@gk/shared';

/** Issuer and audience of the development tokens printed by `npm run token`. */
export const DEV_ISSUER = 'gk-development';
export const DEV_AUDIENCE = 'gk-hub';

export type ClientTokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/** The caller of an HTTP request, or null after answering 401 (the reason, never the token). */
export async function authenticateRequest(
  verify: ClientTokenVerifier,
  req: { headers: { authorization?: string } },
  res: { status(code: number): { json(body: unknown): unknown } },
): Promise<Identity | null> {
  try {
    return await verify(req.headers.authorization);
  } catch (error) {
    const message = error instanceof UnauthenticatedError ? error.message : 'Authentication failed.';
    res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    return null;
  }
}

interface VerifierOptions {
  issuer: string;
  audience: string;
  key: KeyLike | JWTVerifyGetKey;
  algorithms?: string[];
}

function createVerifier(options: VerifierOptions): ClientTokenVerifier {
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match)
      throw new UnauthenticatedError(
        'Send "Authorization: Bearer <token>". Get a development token with "npm run token -- --role CASE_MANAGER".',
      );
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], options.key as KeyLike, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: options.algorithms,
        clockTolerance: 5,
      }));
    } catch {
      throw new UnauthenticatedError('The token is invalid, expired, or not meant for this hub.');
    }
    const identity = identityFromClaims(payload);
    if (identity.roles.length === 0) throw new UnauthenticatedError('The token carries no known role.');
    // The system identity belongs to the gateway alone.
    if (identity.subject === SYSTEM_SUBJECT)
      throw new UnauthenticatedError('The token is invalid, expired, or not meant for this hub.');
    return identity;
  };
}

/** Verifies tokens signed with the development issuer key (the token command's). */
export async function createDevelopmentVerifier(publicKeyPem: string): Promise<ClientTokenVerifier> {
  return createVerifier({
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    key: await importSPKI(publicKeyPem, 'ES256'),
    algorithms: ['ES256'],
  });
}

/** Verifies tokens of an OpenID Connect provider through its JWKS (keys fetched and cached by jose). */
export function createOidcVerifier(issuer: string, audience: string, jwksUrl: string): ClientTokenVerifier {
  return createVerifier({
    issuer,
    audience,
    key: createRemoteJWKSet(new URL(jwksUrl)),
    algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'],
  });
}

export interface DevelopmentTokenClaims {
  subject: string;
  roles: Role[];
  organizationId?: string;
  ags: string[];
  ttlSeconds: number;
}

export async function signDevelopmentToken(privateKeyPem: string, claims: DevelopmentTokenClaims): Promise<string> {
  return new SignJWT({ roles: claims.roles, org: claims.organizationId, ags: claims.ags })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(`${claims.ttlSeconds}s`)
    .sign(await importPKCS8(privateKeyPem, 'ES256'));
}
