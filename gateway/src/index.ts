export { composeHub, staleSchemaFiles, SUBGRAPHS, type ComposedHub } from './compose/compose';
export {
  createDevelopmentVerifier,
  createOidcVerifier,
  signDevelopmentToken,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type ClientTokenVerifier,
} from './auth/client-token';
export {
  createGatewayServer,
  DEFAULT_CACHE_BOUNDS,
  DEFAULT_LIMITS,
  type GatewayCacheBounds,
  type GatewayLimits,
  type GatewayServer,
  type GatewayServerOptions,
  type RunningGateway,
} from './server/create-gateway-server';
export { gatewaySettings } from './config/gateway.config';
export { adminOptionsFromConfig, adminRouter, DEMO_IDENTITIES, type AdminOptions, type DemoIdentity } from './admin';
export { childNodeOptions, hubSettings, loadHubConfig } from './config/hub.config';
export { REPO_ROOT, SCHEMA_DIR, SUPERGRAPH_FILE } from './config/paths';
export { ensureKeyPair, gatewayPublicKeyFile, type KeyPairPem } from './auth/keys';
export { startChild, waitUntilReady, type ManagedChild } from './hub/child-process';
export { DELEGATIONS } from './gateway/create-gateway';
