import { clearSession, readSession, sessionFromToken, storeSession } from './session';

/** A storage like the browser's sessionStorage, for node. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${base64url({ alg: 'ES256' })}.${base64url(claims)}.signature`;

describe('the session', () => {
  const now = Date.UTC(2026, 10, 21, 12);

  it('reads roles, organisation, areas and expiry from the token, for display only', () => {
    const session = sessionFromToken(
      token({ sub: 'demo-x', exp: now / 1000 + 600, roles: ['CASE_MANAGER'], org: 'org-1', ags: ['05566076'] }),
      { via: 'development', areaNames: ['Rheine'] },
    );
    expect(session).toMatchObject({
      subject: 'demo-x',
      roles: ['CASE_MANAGER'],
      organizationId: 'org-1',
      ags: ['05566076'],
      areaNames: ['Rheine'],
      expiresAt: now + 600_000,
    });
  });

  it('refuses a token without an expiry: the UI could never tell when to send the user back to sign-in', () => {
    expect(sessionFromToken(token({ sub: 'x', roles: ['ADMIN'] }), { via: 'oidc' })).toBeNull();
    expect(sessionFromToken('not-a-token', { via: 'oidc' })).toBeNull();
  });

  it('drops an expired session and says it expired, so sign-in can tell the user why', () => {
    const storage = new MemoryStorage();
    const session = sessionFromToken(token({ sub: 'x', exp: now / 1000 - 1, roles: ['ADMIN'] }), {
      via: 'development',
    });
    storeSession(session!, storage);
    expect(readSession(storage, now)).toEqual({ session: null, expired: true });
    expect(storage.length).toBe(0);
  });

  it('keeps a valid session until it is cleared', () => {
    const storage = new MemoryStorage();
    const session = sessionFromToken(token({ sub: 'x', exp: now / 1000 + 60, roles: ['ADMIN'] }), {
      via: 'development',
    });
    storeSession(session!, storage);
    expect(readSession(storage, now)).toEqual({ session, expired: false });
    clearSession(storage);
    expect(readSession(storage, now)).toEqual({ session: null, expired: false });
  });
});
