import { choice, flag, optionalUrl, positiveInt, setting } from './settings';
import { z } from 'zod';

/** Shared by the gateway and every subgraph. */
export const shutdownDelaySetting = setting(
  'SHUTDOWN_DELAY_MS',
  'After SIGTERM, how long /ready answers 503 while requests are still served, before the server stops ' +
    'accepting and finishes what is in flight; set it to what the load balancer needs to notice (HAProxy: ' +
    'check interval times fall; Kubernetes: about 5000).',
  '0',
  z.coerce.number().int().min(0).max(600_000),
);

export const otlpEndpointSetting = optionalUrl(
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OpenTelemetry collector (OTLP over HTTP, e.g. http://otel-collector:4318); traces go to its /v1/traces. ' +
    'No tracing when unset.',
);

/** Settings every subgraph shares; each service adds its own port and database URL. */
export const commonSubgraphSettings = {
  databaseServerUrl: optionalUrl(
    'DATABASE_SERVER_URL',
    'PostgreSQL server URL; each subgraph derives its own database name from it (gk_persons, gk_offers, ' +
      '...). Ignored for a subgraph whose own *_DATABASE_URL is set.',
  ),
  gatewayPublicKey: setting(
    'GATEWAY_PUBLIC_KEY',
    'PEM public key (ES256) of the gateway; subgraphs accept only requests carrying a token signed with it. ' +
      'The hub passes it automatically.',
    undefined,
    z.string().optional(),
  ),
  gatewayPublicKeyFile: setting(
    'GATEWAY_PUBLIC_KEY_FILE',
    'File holding the gateway public key, instead of GATEWAY_PUBLIC_KEY.',
    undefined,
    z.string().optional(),
  ),
  loadDemoData: flag(
    'LOAD_DEMO_DATA',
    "Load this subgraph's slice of the demo data on a start that finds its database empty.",
    false,
  ),
  logLevel: choice(
    'LOG_LEVEL',
    'Log level (JSON lines on stdout).',
    ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const,
    'info',
  ),
  dbPoolSize: positiveInt('DB_POOL_SIZE', "Connections in the subgraph's database pool.", 10),
  maxPageSize: positiveInt('MAX_PAGE_SIZE', 'Largest page a list query returns.', 100),
  shutdownDelayMs: shutdownDelaySetting,
  otlpEndpoint: otlpEndpointSetting,
  nodeEnv: choice(
    'NODE_ENV',
    'development, test or production; production hides the schema and internal error details.',
    ['development', 'test', 'production'] as const,
    'development',
  ),
};
