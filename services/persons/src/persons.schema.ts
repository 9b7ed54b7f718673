import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { PersonResolver, personReference } from './person/person.resolver';

export function buildPersonsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [PersonResolver],
    referenceResolvers: { Person: personReference },
  });
}
