import type { Identity } from '@gk/shared';

export interface GatewayContext {
  identity?: Identity;
  requestId: string;
  /** Gateway tokens signed for this request, one per subgraph, reused by its later fetches. */
  subgraphTokens?: Map<string, Promise<string>>;
}
