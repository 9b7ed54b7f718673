import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { GATEWAY_TOKEN_ALG } from '@gk/shared';
import { gatewayKeyEnvironment } from './gateway-key-environment';

describe('the gateway key the hub gives the subgraphs', () => {
  it(
    'is the public half of GATEWAY_PRIVATE_KEY when one is set, ' + "so the subgraphs accept the gateway's tokens",
    async () => {
      const { privateKey, publicKey } = await generateKeyPair(GATEWAY_TOKEN_ALG, { extractable: true });
      const env = gatewayKeyEnvironment(await exportPKCS8(privateKey), '/unused');
      expect(env).toEqual({ GATEWAY_PUBLIC_KEY: await exportSPKI(publicKey) });
    },
  );

  it('accepts the key on one line with \\n escapes, as environment files carry it', async () => {
    const { privateKey, publicKey } = await generateKeyPair(GATEWAY_TOKEN_ALG, { extractable: true });
    const oneLine = (await exportPKCS8(privateKey)).replace(/\n/g, '\\n');
    expect(gatewayKeyEnvironment(oneLine, '/unused')).toEqual({ GATEWAY_PUBLIC_KEY: await exportSPKI(publicKey) });
  });

  it('is the generated public key file otherwise', () => {
    expect(gatewayKeyEnvironment(undefined, '/data/keys')).toEqual({
      GATEWAY_PUBLIC_KEY_FILE: '/data/keys/gateway.public.pem',
    });
  });

  it('refuses a value that is no private key with a message naming the setting', () => {
    expect(() => gatewayKeyEnvironment('not a key', '/unused')).toThrow('GATEWAY_PRIVATE_KEY is not a PEM private key');
  });
});
