import type { Identity } from '@gk/shared';

export interface GatewayContext {
  identity?: Identity;
  requestId: string;
}
