import { createPublicKey } from 'node:crypto';
import { gatewayPublicKeyFile } from '../auth/keys';

/**
 * How the hub tells the subgraphs which gateway key to trust. With GATEWAY_PRIVATE_KEY set, the gateway
 * signs with that key, so the subgraphs get its public half; otherwise the generated pair's public file.
 */
export function gatewayKeyEnvironment(gatewayPrivateKey: string | undefined, keysDir: string): Record<string, string> {
  if (!gatewayPrivateKey) return { GATEWAY_PUBLIC_KEY_FILE: gatewayPublicKeyFile(keysDir) };
  try {
    const publicKey = createPublicKey(gatewayPrivateKey.replace(/\\n/g, '\n')).export({ type: 'spki', format: 'pem' });
    return { GATEWAY_PUBLIC_KEY: publicKey.toString() };
  } catch {
    throw new Error(
      'GATEWAY_PRIVATE_KEY is not a PEM private key (PKCS#8, ES256). Set a valid key or leave it unset to use ' +
        'the generated one (see the README).',
    );
  }
}
