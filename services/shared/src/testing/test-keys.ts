import { exportPKCS8, exportSPKI, generateKeyPair, type KeyLike } from 'jose';
import { GATEWAY_TOKEN_ALG, signGatewayToken } from '../auth/gateway-token';
import type { Identity } from '../auth/identity';

export interface TestKeys {
  privateKey: KeyLike;
  publicKey: KeyLike;
  privateKeyPem: string;
  publicKeyPem: string;
}

/** A fresh gateway key pair for one test run. */
export async function createTestKeys(): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair(GATEWAY_TOKEN_ALG, { extractable: true });
  return {
    privateKey,
    publicKey,
    privateKeyPem: await exportPKCS8(privateKey),
    publicKeyPem: await exportSPKI(publicKey),
  };
}

export const ADMIN_TEST_IDENTITY: Identity = { subject: 'test-admin', organizationId: null, roles: ['ADMIN'], ags: [] };

export function signTestToken(
  keys: TestKeys,
  audience: string,
  identity: Identity = ADMIN_TEST_IDENTITY,
): Promise<string> {
  return signGatewayToken(keys.privateKey, identity, audience);
}
