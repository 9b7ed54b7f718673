import { ApolloGateway, type GatewayConfig } from '@apollo/gateway';
import type { KeyLike } from 'jose';
import { createGatewayTokenSigner, type SubgraphName } from '@gk/shared';
import { AuthenticatedDataSource, type SubgraphFetchObserver } from './authenticated-data-source';

export interface GatewayOptions {
  /** The composed supergraph SDL (the committed schema/supergraph.graphql in production). */
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  signingKey: KeyLike;
  subgraphTimeoutMs: number;
  /**
   * Where query plans are kept between requests; it must be bounded, since every distinct document has its own plan.
   */
  queryPlanStore: QueryPlanStore;
  /** Times each subgraph fetch and adds its traceparent (metrics and traces). */
  observeFetch?: SubgraphFetchObserver;
}

/** Apollo's KeyValueCache of query plans, as the gateway's queryPlannerConfig.cache takes it. */
export type QueryPlanStore = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
export type QueryPlan = QueryPlanStore extends { get(key: string): Promise<infer P | undefined> } ? P : never;

/**
 * Subgraphs that ask another subgraph on the user's behalf during a write, and which: offers checks
 * an enrollment against persons (the person exists, the user may act for them, their facts).
 */
export const DELEGATIONS: Readonly<Partial<Record<SubgraphName, readonly SubgraphName[]>>> = { offers: ['persons'] };

/**
 * An Apollo Gateway on the committed supergraph. Subgraph URLs come from the settings, not from
 * the file, so one supergraph serves development, tests and production.
 */
export function createApolloGateway(options: GatewayOptions): ApolloGateway {
  const sign = createGatewayTokenSigner(options.signingKey);
  return new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    queryPlannerConfig: { cache: options.queryPlanStore },
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that has no URL setting.`);
      return new AuthenticatedDataSource(
        name,
        url,
        sign,
        options.subgraphTimeoutMs,
        DELEGATIONS[name as SubgraphName],
        options.observeFetch,
      );
    },
  });
}
