import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { ProcedureAgreement } from './agreement.entity';
import type { AgreementRepository } from './agreement.repository';

export function createAgreementLoaders(repository: AgreementRepository) {
  return {
    byAlliance: new DataLoader<string, ProcedureAgreement[]>(async (ids) =>
      groupByKey(ids, await repository.findByAlliances(ids), (a) => a.allianceId),
    ),
    /** Ids of the party organisations per agreement. */
    partyIds: new DataLoader<string, string[]>(async (ids) =>
      groupByKey(ids, await repository.findParties(ids), (p) => p.agreementId).map((rows) =>
        rows.map((p) => p.organizationId),
      ),
    ),
  };
}

export type AgreementLoaders = ReturnType<typeof createAgreementLoaders>;
