/**
 * The signed-in user's session: the token the gateway accepts and what the UI shows of it. It
 * lives in sessionStorage (gone with the tab, never in localStorage, where it would outlive the
 * browser session and be shared by every tab). The claims are read for display and navigation
 * only; the gateway verifies the token and the subgraphs decide access.
 */
export interface Session {
  token: string;
  /** Expiry (ms since epoch) from the token's `exp`. */
  expiresAt: number;
  subject: string;
  roles: string[];
  organizationId: string | null;
  ags: string[];
  /** What the sign-in knew about the identity (the demo identity's organisation and area names). */
  organizationName: string | null;
  areaNames: string[];
  via: 'development' | 'oidc';
}

const STORAGE_KEY = 'gk-admin-session';

interface Claims {
  sub?: unknown;
  exp?: unknown;
  roles?: unknown;
  org?: unknown;
  ags?: unknown;
}

function decodePayload(token: string): Claims | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims && typeof claims === 'object' ? (claims as Claims) : null;
  } catch {
    return null;
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A session from a token; null for a token without `exp` or one that cannot be read. */
export function sessionFromToken(
  token: string,
  details: { organizationName?: string | null; areaNames?: string[]; via: Session['via'] },
): Session | null {
  const claims = decodePayload(token);
  if (!claims || typeof claims.exp !== 'number') return null;
  const ags = strings(claims.ags);
  return {
    token,
    expiresAt: claims.exp * 1000,
    subject: typeof claims.sub === 'string' ? claims.sub : '',
    roles: strings(claims.roles),
    organizationId: typeof claims.org === 'string' ? claims.org : null,
    ags,
    organizationName: details.organizationName ?? null,
    areaNames: details.areaNames ?? ags,
    via: details.via,
  };
}

export const isExpired = (session: Session, now: number = Date.now()): boolean => session.expiresAt <= now;

/**
 * The stored session; null when there is none or it has expired (then it is removed, and `expired`
 * says so, for sign-in to tell the user why they are there).
 */
export function readSession(
  storage: Storage = sessionStorage,
  now: number = Date.now(),
): { session: Session | null; expired: boolean } {
  const raw = storage.getItem(STORAGE_KEY);
  if (!raw) return { session: null, expired: false };
  try {
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'number') throw new Error('not a session');
    if (isExpired(session, now)) {
      storage.removeItem(STORAGE_KEY);
      return { session: null, expired: true };
    }
    return { session, expired: false };
  } catch {
    storage.removeItem(STORAGE_KEY);
    return { session: null, expired: false };
  }
}

export function storeSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}
