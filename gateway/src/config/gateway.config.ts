import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_SUBGRAPH_PORTS,
  otlpEndpointSetting,
  shutdownDelaySetting,
  suppressionThresholdSetting,
  choice,
  loadSettings,
  port,
  positiveInt,
  setting,
  text,
  type SubgraphName,
} from '@gk/shared';
import { REPO_ROOT, SUPERGRAPH_FILE } from './paths';

const subgraphUrl = (name: SubgraphName) =>
  setting(
    `${name.toUpperCase()}_URL`,
    `GraphQL URL of the ${name} subgraph as the gateway reaches it.`,
    `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
    z.string().url(),
  );

/** Every setting of the gateway, with defaults and descriptions (listed in the README). */
export const gatewaySettings = {
  port: port('GATEWAY_PORT', 'HTTP port of the gateway.', 4000),
  host: text('GATEWAY_HOST', 'Interface the gateway listens on.', '127.0.0.1'),
  supergraphFile: text(
    'SUPERGRAPH_FILE',
    'The committed supergraph the gateway serves (no introspection of subgraphs at run time).',
    SUPERGRAPH_FILE,
  ),
  personsUrl: subgraphUrl('persons'),
  offersUrl: subgraphUrl('offers'),
  networkUrl: subgraphUrl('network'),
  fundingUrl: subgraphUrl('funding'),
  keysDir: text(
    'KEYS_DIR',
    'Folder of the generated development keys (kept out of git).',
    path.join(REPO_ROOT, '.data', 'keys'),
  ),
  authMode: choice(
    'AUTH_MODE',
    'Whose user tokens the gateway accepts: "development" (the token command\'s key) or "oidc" (an OpenID ' +
      'Connect provider).',
    ['development', 'oidc'] as const,
    'development',
  ),
  oidcIssuer: setting(
    'OIDC_ISSUER',
    'Issuer (iss) of user tokens, with AUTH_MODE=oidc.',
    undefined,
    z.string().optional(),
  ),
  oidcAudience: setting(
    'OIDC_AUDIENCE',
    'Audience (aud) user tokens must carry, with AUTH_MODE=oidc.',
    undefined,
    z.string().optional(),
  ),
  oidcJwksUrl: setting(
    'OIDC_JWKS_URL',
    'JWKS URL of the OpenID Connect provider, with AUTH_MODE=oidc.',
    undefined,
    z.string().url().optional(),
  ),
  gatewayPrivateKey: setting(
    'GATEWAY_PRIVATE_KEY',
    'PEM (PKCS#8, ES256) key the gateway signs subgraph tokens with; generated into KEYS_DIR when unset.',
    undefined,
    z.string().optional(),
  ),
  bodyLimit: text('GATEWAY_BODY_LIMIT', 'Largest accepted request body.', '100kb'),
  maxDepth: positiveInt(
    'MAX_QUERY_DEPTH',
    'Deepest selection nesting a request may have; one step deeper is refused.',
    12,
  ),
  maxAliases: positiveInt('MAX_QUERY_ALIASES', 'Most aliases in one request.', 15),
  maxDirectives: positiveInt('MAX_QUERY_DIRECTIVES', 'Most directives in one request.', 10),
  maxTokens: positiveInt('MAX_QUERY_TOKENS', 'Most lexical tokens in one request document.', 2000),
  maxCost: positiveInt(
    'MAX_QUERY_COST',
    'Largest estimated cost of a request (objects count 2, scalars 1, multiplied by depth).',
    10000,
  ),
  erasureSweepIntervalMs: positiveInt(
    'ERASURE_SWEEP_INTERVAL_MS',
    'How often the gateway carries pending erasures to the subgraphs (a subgraph that was down catches up on ' +
      'the next sweep).',
    10_000,
  ),
  subgraphTimeoutMs: positiveInt(
    'SUBGRAPH_TIMEOUT_MS',
    'How long the gateway waits for a subgraph before it gives up on a fetch.',
    10_000,
  ),
  shutdownDelayMs: shutdownDelaySetting,
  suppressionThreshold: suppressionThresholdSetting,
  otlpEndpoint: otlpEndpointSetting,
  logLevel: choice(
    'LOG_LEVEL',
    'Log level (JSON lines on stdout).',
    ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const,
    'info',
  ),
  nodeEnv: choice(
    'NODE_ENV',
    'development, test or production; production hides the schema and internal error details.',
    ['development', 'test', 'production'] as const,
    'development',
  ),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  const config = loadSettings(gatewaySettings, env);
  if (config.authMode === 'oidc' && (!config.oidcIssuer || !config.oidcAudience || !config.oidcJwksUrl)) {
    throw new Error(
      'AUTH_MODE=oidc needs OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL. Set all three, or use AUTH_MODE=development.',
    );
  }
  return config;
}

export function subgraphUrls(config: GatewayConfig): Record<SubgraphName, string> {
  return {
    persons: config.personsUrl,
    offers: config.offersUrl,
    network: config.networkUrl,
    funding: config.fundingUrl,
  };
}
