import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@gk/shared';
import { createHiveGateway } from './hive-gateway';

/**
 * The peer gateway as a process of its own (started by the benchmark like our gateway is):
 * Hive Gateway's runtime on the committed supergraph, with the hub's token plugin.
 */
async function main(): Promise<void> {
  const keysDir = process.env.KEYS_DIR;
  const supergraphFile = process.env.SUPERGRAPH_FILE;
  const port = Number(process.env.HIVE_PORT);
  if (!keysDir || !supergraphFile || !port) throw new Error('KEYS_DIR, SUPERGRAPH_FILE and HIVE_PORT are required.');
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      const url = process.env[`${name.toUpperCase()}_URL`];
      if (!url) throw new Error(`${name.toUpperCase()}_URL is required.`);
      return [name, url];
    }),
  ) as Record<SubgraphName, string>;
  const gateway = await createHiveGateway({
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    subgraphUrls,
    developmentIssuerPublicKeyPem: readFileSync(path.join(keysDir, 'development-issuer.public.pem'), 'utf8'),
    gatewayPrivateKeyPem: readFileSync(path.join(keysDir, 'gateway.private.pem'), 'utf8'),
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const stop = () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (process.send) process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Hive Gateway could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
