import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { isInputObjectType, getNamedType } from 'graphql';
import { validate, ValidationError, type ValidatorOptions } from 'class-validator';
import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import {
  ArgumentValidationError,
  buildSchema,
  createResolversMap,
  type BuildSchemaOptions,
  type MiddlewareFn,
  type ResolverData,
} from 'type-graphql';

/** Federation directives a subgraph may use; the list is printed into every subgraph's SDL. */
export const FEDERATION_IMPORTS = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@inaccessible',
  '@tag',
] as const;
const FEDERATION_IMPORT_LIST = FEDERATION_IMPORTS.map((d) => `"${d}"`).join(', ');
const FEDERATION_SPEC = 'https://specs.apollo.dev/federation/v2.7';
export const FEDERATION_LINK = `extend schema @link(url: "${FEDERATION_SPEC}", import: [${FEDERATION_IMPORT_LIST}])`;

export type ReferenceResolvers = Record<
  string,
  { __resolveReference: (reference: never, context: never, info: never) => unknown }
>;

export interface SubgraphSchemaOptions extends Omit<BuildSchemaOptions, 'skipCheck' | 'globalMiddlewares'> {
  /** `__resolveReference` per entity type, merged into the resolvers type-graphql produced. */
  referenceResolvers?: ReferenceResolvers;
  /**
   * Middlewares for every field of the named types only. type-graphql's global middlewares would run
   * for every field of the schema and make each an asynchronous call (tens of microseconds apiece:
   * seconds for a state-wide answer); these leave every other field a plain property read.
   */
  typeMiddlewares?: readonly { types: readonly string[]; middleware: MiddlewareFn<never> }[];
}

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Validates an input argument with class-validator, like type-graphql does, but reports the fields
 * under the argument's name ("input.spentOn"), the same path graphql-js uses for a value it cannot
 * coerce, so clients see one way of naming a field.
 */
export async function validateArgument(
  argValue: unknown,
  _argType: unknown,
  resolverData: ResolverData<object>,
): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const values = Array.isArray(argValue)
    ? argValue.filter((v): v is object => v !== null && typeof v === 'object')
    : [argValue];
  const errors = (await Promise.all(values.map((v) => validate(v, VALIDATOR_OPTIONS)))).flat();
  if (errors.length === 0) return;
  const { info } = resolverData;
  const field = info.parentType.getFields()[info.fieldName];
  const inputArgs = field.args.filter((a) => isInputObjectType(getNamedType(a.type)));
  const argName = inputArgs.length === 1 ? inputArgs[0].name : undefined;
  if (!argName) throw new ArgumentValidationError(errors);
  const wrapper = new ValidationError();
  wrapper.property = argName;
  wrapper.children = errors;
  throw new ArgumentValidationError([wrapper]);
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the schema,
 * it is printed with its directives (`@key`, `@requires`, ...), handed to `@apollo/subgraph`,
 * and the resolvers, reference resolvers included, are merged back in.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const { referenceResolvers, typeMiddlewares, ...buildOptions } = options;
  const schema = await buildSchema({ validateFn: validateArgument, ...buildOptions, skipCheck: true });
  const typeDefs = gql`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const { types, middleware } of typeMiddlewares ?? []) {
    for (const typeName of types) {
      const type = schema.getType(typeName);
      if (!type || !('getFields' in type) || isInputObjectType(type))
        throw new Error(`typeMiddlewares names ${typeName}, which is no object type of this schema.`);
      const typeResolvers = { ...((resolvers[typeName] as Record<string, unknown> | undefined) ?? {}) };
      for (const fieldName of Object.keys(type.getFields())) {
        const existing = typeResolvers[fieldName] as
          | { resolve?: GraphQLFieldResolver<unknown, unknown> }
          | GraphQLFieldResolver<unknown, unknown>
          | undefined;
        const resolve = (typeof existing === 'function' ? existing : existing?.resolve) ?? defaultFieldResolver;
        const wrapped: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) =>
          (middleware as MiddlewareFn<object>)(
            { root, args: args as Record<string, unknown>, context: context as object, info },
            (() => resolve(root, args, context, info)) as () => Promise<unknown>,
          );
        typeResolvers[fieldName] =
          typeof existing === 'object' && existing !== null ? { ...existing, resolve: wrapped } : wrapped;
      }
      resolvers[typeName] = typeResolvers as GraphQLResolverMap<unknown>[string];
    }
  }
  for (const [typeName, resolver] of Object.entries(referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...resolver } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
