import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { GATEWAY_TOKEN_ALG } from '@gk/shared';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Loads a key pair from KEYS_DIR, generating it on first use. Files are readable by their owner
 * only; the folder lives under the git-ignored .data/.
 */
export async function ensureKeyPair(dir: string, name: 'development-issuer' | 'gateway'): Promise<KeyPairPem> {
  const privateFile = path.join(dir, `${name}.private.pem`);
  const publicFile = path.join(dir, `${name}.public.pem`);
  if (existsSync(privateFile) && existsSync(publicFile)) {
    return { privateKeyPem: readFileSync(privateFile, 'utf8'), publicKeyPem: readFileSync(publicFile, 'utf8') };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair(GATEWAY_TOKEN_ALG, { extractable: true });
  const pair = { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
  writeFileSync(privateFile, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(publicFile, pair.publicKeyPem, { mode: 0o644 });
  return pair;
}

export function gatewayPublicKeyFile(dir: string): string {
  return path.join(dir, 'gateway.public.pem');
}
