import { SignJWT, importPKCS8, importSPKI, jwtVerify, type KeyLike } from 'jose';
import { AGS_PATTERN } from '../ids/patterns';
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
  const ags = Array.isArray(claims.ags) ? claims.ags.filter((a): a is string => typeof a === 'string' && AGS_PATTERN.test(a)) : [];
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
  return new SignJWT({ org: identity.organizationId, roles: identity.roles, ags: identity.ags, purpose: identity.purpose ?? undefined })
    .setProtectedHeader({ alg: GATEWAY_TOKEN_ALG })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(audience)
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

export const importGatewayPrivateKey = (pem: string): Promise<KeyLike> => importPKCS8(pem, GATEWAY_TOKEN_ALG);
export const importGatewayPublicKey = (pem: string): Promise<KeyLike> => importSPKI(pem, GATEWAY_TOKEN_ALG);

export type GatewayTokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/**
 * A subgraph accepts a request only with a valid gateway token for its own name: signed by the
 * gateway, not expired, with the subgraph as audience.
 */
export function createGatewayTokenVerifier(publicKey: KeyLike, audience: string): GatewayTokenVerifier {
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw new UnauthenticatedError('A gateway token is required: send requests through the gateway.');
    try {
      const { payload } = await jwtVerify(match[1], publicKey, {
        issuer: GATEWAY_ISSUER,
        audience,
        algorithms: [GATEWAY_TOKEN_ALG],
        clockTolerance: 5,
      });
      return identityFromClaims(payload);
    } catch {
      throw new UnauthenticatedError('The gateway token is invalid, expired or meant for another service.');
    }
  };
}
