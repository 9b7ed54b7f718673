import type { ApolloServerPlugin } from '@apollo/server';
import type { StatementCounter } from '../database/statement-counter';
import type { Logger } from '../logging/logger';

/**
 * One log line per GraphQL request: operation name, duration, SQL statements, error codes.
 * Variables and results are never logged; they carry personal data.
 */
export function requestLogPlugin(
  logger: Logger,
  statements?: StatementCounter,
): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, operation }) {
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
              sqlStatements: statements?.current(),
              errorCodes: errors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN')),
            },
            'graphql request',
          );
        },
      };
    },
  };
}
