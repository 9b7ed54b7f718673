import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { RequestAudit } from '../audit/request-audit';
import type { Logger } from '../logging/logger';
import { safeErrorFields } from '../logging/safe-error';

/**
 * Writes the request's audit entries before the response leaves. If they cannot be written, the
 * data is withheld: personal data is never served without its trace.
 */
export function auditPlugin(dataSource: DataSource, logger: Logger): ApolloServerPlugin<{ audit: RequestAudit }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.audit.operationName = operationName ?? null;
        },
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.audit.flush(dataSource);
          } catch (error) {
            logger.error({ ...safeErrorFields(error) }, 'audit entries could not be written; response withheld');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                {
                  message: 'The request could not be recorded in the audit trail, so no data is returned. Try again.',
                  extensions: { code: 'AUDIT_UNAVAILABLE' },
                },
              ];
            }
          }
        },
      };
    },
  };
}
