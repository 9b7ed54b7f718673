/**
 * The end-to-end tests' hub is the one test hub of the gateway package (the admin UI's journeys start the
 * same one): the four subgraphs on fresh databases and the real gateway in front, over HTTP.
 */
export {
  startTestHub,
  type HubResponse,
  type TestGateway,
  type TestHub,
  type TestHubOptions,
} from '@gk/gateway/testing';
