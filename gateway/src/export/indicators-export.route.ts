import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { isIsoDate } from '@gk/shared';
import { authenticateRequest, type ClientTokenVerifier } from '../auth/client-token';
import type { GatewayContext } from '../gateway/gateway-context';
import { indicatorRows, toCsv, type AreaIndicatorsJson } from './indicators-csv';
import { INDICATORS_EXPORT_QUERY } from './indicators-export.query';

const KINDS = ['KREIS', 'KREISFREIE_STADT', 'KREISANGEHOERIGE_KOMMUNE'];

const problem = (res: Response, status: number, code: string, message: string, field?: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

/**
 * GET /export/indicators.csv?referenceDate=YYYY-MM-DD[&kind=KREIS]: the indicators of every area in
 * the caller's scope as CSV. It runs the same GraphQL operation a client would, through the gateway's
 * own pipeline, so every subgraph applies its access rules and suppression exactly as for a query.
 * A file is only ever whole: any error refuses the export instead of leaving rows out.
 */
export function indicatorsExportHandler(apollo: ApolloServer<GatewayContext>, verifyClientToken: ClientTokenVerifier) {
  return async (req: Request, res: Response): Promise<void> => {
    const identity = await authenticateRequest(verifyClientToken, req, res);
    if (!identity) return;
    const { referenceDate, kind } = req.query;
    if (referenceDate !== undefined && (typeof referenceDate !== 'string' || !isIsoDate(referenceDate))) {
      problem(res, 400, 'BAD_USER_INPUT', 'referenceDate must be a date written YYYY-MM-DD.', 'referenceDate');
      return;
    }
    if (kind !== undefined && (typeof kind !== 'string' || !KINDS.includes(kind))) {
      problem(res, 400, 'BAD_USER_INPUT', `kind must be one of ${KINDS.join(', ')}.`, 'kind');
      return;
    }
    const response = await apollo.executeOperation(
      { query: INDICATORS_EXPORT_QUERY, variables: { referenceDate: referenceDate ?? null, kind: kind ?? null } },
      { contextValue: { identity: { ...identity, purpose: 'REPORTING' }, requestId: randomUUID() } },
    );
    if (response.body.kind !== 'single') {
      problem(res, 500, 'INTERNAL_SERVER_ERROR', 'The export could not be built.');
      return;
    }
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      const first = errors[0];
      const status = codes.includes('UNAUTHENTICATED')
        ? 401
        : codes.includes('FORBIDDEN')
          ? 403
          : codes.includes('BAD_USER_INPUT')
            ? 400
            : 502;
      res.status(status).json({ errors: [{ message: first.message, extensions: first.extensions }] });
      return;
    }
    const areas = (data as { stateIndicators: AreaIndicatorsJson[] }).stateIndicators;
    const date = areas[0]?.referenceDate ?? referenceDate ?? 'today';
    res
      .status(200)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="indicators-${date}.csv"`)
      .set('Cache-Control', 'no-store')
      .send(toCsv(indicatorRows(areas)));
  };
}
