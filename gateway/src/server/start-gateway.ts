import { readFileSync } from 'node:fs';
import { createLogger, importGatewayPrivateKey, type Logger } from '@gk/shared';
import { createDevelopmentVerifier, createOidcVerifier, type ClientTokenVerifier } from '../auth/client-token';
import { ensureKeyPair } from '../auth/keys';
import { subgraphUrls, type GatewayConfig } from '../config/gateway.config';
import { adminOptionsFromConfig } from '../admin';
import { createGatewayServer, type RunningGateway } from './create-gateway-server';

async function clientVerifier(config: GatewayConfig): Promise<ClientTokenVerifier> {
  if (config.authMode === 'oidc')
    return createOidcVerifier(config.oidcIssuer as string, config.oidcAudience as string, config.oidcJwksUrl as string);
  return createDevelopmentVerifier((await ensureKeyPair(config.keysDir, 'development-issuer')).publicKeyPem);
}

function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `Cannot read the supergraph at ${file}. Run "npm run compose" to produce it, or set SUPERGRAPH_FILE.`,
    );
  }
}

/** Builds and starts the gateway from validated settings. */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.logLevel),
): Promise<RunningGateway> {
  const privateKeyPem =
    config.gatewayPrivateKey?.replace(/\\n/g, '\n') ?? (await ensureKeyPair(config.keysDir, 'gateway')).privateKeyPem;
  const server = await createGatewayServer({
    supergraphSdl: readSupergraph(config.supergraphFile),
    subgraphUrls: subgraphUrls(config),
    signingKey: await importGatewayPrivateKey(privateKeyPem),
    verifyClientToken: await clientVerifier(config),
    logger,
    production: config.nodeEnv === 'production',
    bodyLimit: config.bodyLimit,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    erasureSweepIntervalMs: config.erasureSweepIntervalMs,
    admin: await adminOptionsFromConfig(config),
    shutdownDelayMs: config.shutdownDelayMs,
    otlpEndpoint: config.otlpEndpoint,
    limits: {
      maxDepth: config.maxDepth,
      maxAliases: config.maxAliases,
      maxDirectives: config.maxDirectives,
      maxTokens: config.maxTokens,
      maxCost: config.maxCost,
    },
  });
  return server.listen(config.port, config.host);
}
