import { ApolloGateway } from '@apollo/gateway';
import type { KeyLike } from 'jose';
import { createGatewayTokenSigner, type SubgraphName } from '@gk/shared';
import { AuthenticatedDataSource } from './authenticated-data-source';

export interface GatewayOptions {
  /** The composed supergraph SDL (the committed schema/supergraph.graphql in production). */
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  signingKey: KeyLike;
  subgraphTimeoutMs: number;
}

/**
 * An Apollo Gateway on the committed supergraph. Subgraph URLs come from the settings, not from
 * the file, so one supergraph serves development, tests and production.
 */
export function createApolloGateway(options: GatewayOptions): ApolloGateway {
  const sign = createGatewayTokenSigner(options.signingKey);
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that has no URL setting.`);
      return new AuthenticatedDataSource(name, url, sign, options.subgraphTimeoutMs);
    },
  });
}
