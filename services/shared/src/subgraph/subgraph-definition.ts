import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { RequestAudit } from '../audit/request-audit';
import type { Identity } from '../auth/identity';
import type { Logger } from '../logging/logger';

export const SUBGRAPH_NAMES = ['persons', 'offers', 'network', 'funding'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Default ports of the hub: 4000 gateway, then one per subgraph. */
export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  persons: 4001,
  offers: 4002,
  network: 4003,
  funding: 4004,
};

/** What a request's scope may take from the HTTP request besides the verified identity. */
export interface ScopeRequest {
  /** The request's audit (also the context's `audit`): the store records writes through it. */
  audit: RequestAudit;
  /**
   * The token the gateway signed for another subgraph with this request's identity, when it attached
   * one (header `delegatedTokenHeader(audience)`); undefined otherwise. Offers asks persons with it.
   */
  delegatedToken(audience: SubgraphName): string | undefined;
}

/** Everything the platform needs to know to run one subgraph; each service exports one. */
export interface SubgraphDefinition<Scope = unknown> {
  name: SubgraphName;
  entities: MixedList<Function | EntitySchema>;
  migrations: MixedList<Function>;
  /** Builds the Federation 2 schema (also used by the compose command, without a database). */
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * The request scope: DataLoaders, repositories and services, made for every request so nothing is cached across
   * users.
   */
  createScope(dataSource: DataSource, identity: Identity, request: ScopeRequest): Scope;
  /** Loads this subgraph's slice of the demo data into an empty database. */
  loadDemoData?(dataSource: DataSource, logger: Logger): Promise<void>;
  /** Error codes of this subgraph's modules, passed through to clients. */
  errorCodes?: readonly string[];
}
