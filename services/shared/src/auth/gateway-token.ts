import { SignJWT, importPKCS8, importSPKI, jwtVerify, type KeyLike } from 'jose';
import { AGS_PATTERN } from '../ags/ags';
import { isPurpose, isRole, type Identity } from './identity';

export const GATEWAY_ISSUER = 'gk-gateway';
export const GATEWAY_TOKEN_ALG = 'ES256';
/** Gateway tokens live just long enough for one request's subgraph fetches. */
export const GATEWAY_TOKEN_TTL_SECONDS = 60;

export class UnauthenticatedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnauthenticatedError';
  }
}

export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  const ags = Array.isArray(claims.ags)
    ? claims.ags.filter((a): a is string => typeof a === 'string' && AGS_PATTERN.test(a))
    : [];
  return {
    subject: typeof claims.sub === 'string' ? claims.sub : 'unknown',
    organizationId: typeof claims.org === 'string' ? claims.org : null,
    roles,
    ags,
    purpose: isPurpose(claims.purpose) ? claims.purpose : null,
  };
}

/** Signs the identity for one subgraph (the audience); used by the gateway for every subgraph fetch. */
export async function signGatewayToken(privateKey: KeyLike, identity: Identity, audience: string): Promise<string> {
  return new SignJWT({
    org: identity.organizationId,
    roles: identity.roles,
    ags: identity.ags,
    purpose: identity.purpose ?? undefined,
  })
    .setProtectedHeader({ alg: GATEWAY_TOKEN_ALG })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(audience)
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

/** Signed tokens are reused for other requests of the same identity while at least this much of their life is left. */
const REUSE_MIN_REMAINING_SECONDS = GATEWAY_TOKEN_TTL_SECONDS / 2;
/** Most identities a signer or verifier remembers; past it, it starts afresh (a bound, not an eviction policy). */
const TOKEN_CACHE_ENTRIES = 10_000;

/**
 * The gateway's signer: one ES256 signature per identity and subgraph every half token lifetime
 * instead of one per request. The token says exactly what a fresh one would; only its issue time is older.
 */
export function createGatewayTokenSigner(
  privateKey: KeyLike,
): (identity: Identity, audience: string) => Promise<string> {
  const tokens = new Map<string, { token: Promise<string>; reuseUntil: number }>();
  return (identity, audience) => {
    const key = JSON.stringify([
      audience,
      identity.subject,
      identity.organizationId,
      identity.roles,
      identity.ags,
      identity.purpose ?? null,
    ]);
    const now = Date.now();
    const cached = tokens.get(key);
    if (cached && cached.reuseUntil > now) return cached.token;
    if (tokens.size >= TOKEN_CACHE_ENTRIES) tokens.clear();
    const token = signGatewayToken(privateKey, identity, audience);
    tokens.set(key, { token, reuseUntil: now + (GATEWAY_TOKEN_TTL_SECONDS - REUSE_MIN_REMAINING_SECONDS) * 1000 });
    token.catch(() => tokens.delete(key));
    return token;
  };
}

/**
 * Header on which the gateway hands a subgraph a second token, signed for another subgraph (the
 * audience) with the same identity, so the first can ask the second on the user's behalf and the
 * second applies its own access rules to that user. Only the gateway sets it: it drops every client header.
 */
export function delegatedTokenHeader(audience: string): string {
  return `x-gk-delegated-${audience}-token`;
}

export const importGatewayPrivateKey = (pem: string): Promise<KeyLike> => importPKCS8(pem, GATEWAY_TOKEN_ALG);
export const importGatewayPublicKey = (pem: string): Promise<KeyLike> => importSPKI(pem, GATEWAY_TOKEN_ALG);

export type GatewayTokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/**
 * A subgraph accepts a request only with a valid gateway token for its own name: signed by the
 * gateway, not expired, with the subgraph as audience.
 */
export function createGatewayTokenVerifier(publicKey: KeyLike, audience: string): GatewayTokenVerifier {
  // A token whose signature was checked once need not be checked again until it expires.
  const verified = new Map<string, { identity: Identity; expiresAt: number }>();
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw new UnauthenticatedError('A gateway token is required: send requests through the gateway.');
    const known = verified.get(match[1]);
    if (known && known.expiresAt > Date.now()) return known.identity;
    try {
      const { payload } = await jwtVerify(match[1], publicKey, {
        issuer: GATEWAY_ISSUER,
        audience,
        algorithms: [GATEWAY_TOKEN_ALG],
        clockTolerance: 5,
      });
      const identity = identityFromClaims(payload);
      if (verified.size >= TOKEN_CACHE_ENTRIES) verified.clear();
      if (typeof payload.exp === 'number') verified.set(match[1], { identity, expiresAt: payload.exp * 1000 });
      return identity;
    } catch {
      throw new UnauthenticatedError('The gateway token is invalid, expired or meant for another service.');
    }
  };
}
