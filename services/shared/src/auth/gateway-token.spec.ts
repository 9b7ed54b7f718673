import { SignJWT, generateKeyPair } from 'jose';
import {
  createGatewayTokenSigner,
  createGatewayTokenVerifier,
  GATEWAY_ISSUER,
  UnauthenticatedError,
} from './gateway-token';
import type { Identity } from './identity';

const analyst: Identity = { subject: 'u1', organizationId: 'o1', roles: ['CORE_GROUP'], ags: ['05566'], purpose: null };

describe('gateway tokens', () => {
  afterEach(() => jest.useRealTimers());

  it(
    'reuses a signed token for the same identity and subgraph for half its life, and signs anew for another ' +
      'identity, subgraph or later',
    async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256');
      const sign = createGatewayTokenSigner(privateKey);
      jest.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
      const first = await sign(analyst, 'persons');
      expect(await sign({ ...analyst }, 'persons')).toBe(first);
      expect(await sign(analyst, 'offers')).not.toBe(first);
      expect(await sign({ ...analyst, roles: ['CASE_MANAGER'] }, 'persons')).not.toBe(first);
      jest.setSystemTime(new Date('2026-11-21T10:00:31Z'));
      const later = await sign(analyst, 'persons');
      expect(later).not.toBe(first);
      // Both say who the user is, for that subgraph only.
      const verify = createGatewayTokenVerifier(publicKey, 'persons');
      expect(await verify(`Bearer ${later}`)).toEqual(analyst);
      await expect(createGatewayTokenVerifier(publicKey, 'offers')(`Bearer ${later}`)).rejects.toBeInstanceOf(
        UnauthenticatedError,
      );
    },
  );

  it('remembers a verified token only until it expires', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const verify = createGatewayTokenVerifier(publicKey, 'persons');
    jest.useFakeTimers({ now: new Date('2026-11-21T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const token = await new SignJWT({ roles: ['CORE_GROUP'], ags: ['05566'], org: 'o1' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience('persons')
      .setSubject('u1')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(privateKey);
    expect(await verify(`Bearer ${token}`)).toEqual(analyst);
    expect(await verify(`Bearer ${token}`)).toEqual(analyst);
    jest.setSystemTime(new Date('2026-11-21T10:01:10Z'));
    await expect(verify(`Bearer ${token}`)).rejects.toBeInstanceOf(UnauthenticatedError);
    // A token of another key never gets in, whatever was verified before.
    const other = await generateKeyPair('ES256');
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(GATEWAY_ISSUER)
      .setAudience('persons')
      .setSubject('u1')
      .setExpirationTime('60s')
      .sign(other.privateKey);
    await expect(verify(`Bearer ${forged}`)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
