import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Federation directives a subgraph may use; the list is printed into every subgraph's SDL. */
export const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@tag'] as const;
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: [${FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ')}])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never, info: never) => unknown }>;

export interface SubgraphSchemaOptions extends Omit<BuildSchemaOptions, 'skipCheck'> {
  /** `__resolveReference` per entity type, merged into the resolvers type-graphql produced. */
  referenceResolvers?: ReferenceResolvers;
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the schema,
 * it is printed with its directives (`@key`, `@requires`, ...), handed to `@apollo/subgraph`,
 * and the resolvers, reference resolvers included, are merged back in.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const { referenceResolvers, ...buildOptions } = options;
  const schema = await buildSchema({ validate: { forbidUnknownValues: false }, ...buildOptions, skipCheck: true });
  const typeDefs = gql`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolver] of Object.entries(referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...resolver } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
