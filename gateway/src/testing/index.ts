export { isAlive } from '../hub/process-tree';
export {
  startTestHub,
  TEST_HUB_DEFAULT_IDENTITY,
  withPeerUrls,
  type HubResponse,
  type TestGateway,
  type TestGatewayOptions,
  type TestHub,
  type TestHubOptions,
  type TestOidcProvider,
} from './test-hub';
