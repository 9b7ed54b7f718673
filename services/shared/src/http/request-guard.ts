import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, Kind, visit, type ASTVisitor, type ValidationContext, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/domain-error';

/** Errors of a request the client got wrong answer 400, as Apollo answers its own parse and validation errors. */
const CLIENT_MISTAKE = { status: 400 } as const;

/**
 * Validation rule: an operation whose type the schema has no root for (a subscription, as the hub
 * has none) is the client's mistake. graphql-js 16 does not validate this, and an executor that
 * meets it fails as an internal error.
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`This service has no ${node.operation}s: send a query or a mutation.`, { nodes: [node] }),
        );
      }
    },
  };
}

/**
 * A request whose operation cannot be chosen (several operations and no operationName, or an
 * operationName the document lacks) is refused with 400. Apollo Server resolves the operation
 * itself but leaves the refusal to the executor, and the gateway's executor throws a plain error
 * that would leave as a 500.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation) return;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? 'The document has no operation of the requested operationName.'
            : operations > 1
              ? 'The document has several operations: name the one to run in operationName.'
              : 'The document has no operation to run.';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: CLIENT_MISTAKE },
          });
        },
      };
    },
  };
}

const NUL = '\u0000';
const NUL_RULE = 'must not contain the NUL character (U+0000)';

/** The path of the first string holding a NUL in a JSON value (variables), or null. */
function nulInJson(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = nulInJson(item, path);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulInJson(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The path of the first string literal holding a NUL in an argument value, or null. */
function nulInLiteral(node: ValueNode, path: string): string | null {
  if (node.kind === Kind.STRING) return node.value.includes(NUL) ? path : null;
  if (node.kind === Kind.LIST) {
    for (const item of node.values) {
      const found = nulInLiteral(item, path);
      if (found) return found;
    }
    return null;
  }
  if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) {
      const found = nulInLiteral(field.value, `${path}.${field.name.value}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL refuses the NUL character in text, so a string input holding one would fail deep in
 * a repository as an internal error. It is refused here, once for every string input of every
 * subgraph (variables and literals, entity representations included), as bad input naming the
 * argument and field, before anything runs.
 */
export function nulCharacterGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let field = nulInJson(request.variables ?? {}, '')?.replace(/^\./, '') || null;
          if (!field) {
            visit(document, {
              Argument(node) {
                field = nulInLiteral(node.value, node.name.value);
                return field ? BREAK : false;
              },
            });
          }
          if (field) {
            throw new GraphQLError(`Invalid value for "${field}": ${NUL_RULE}.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field, http: CLIENT_MISTAKE },
            });
          }
        },
      };
    },
  };
}
