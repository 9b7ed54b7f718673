import { randomUUID } from 'node:crypto';
import { createdStamp, NotFoundError } from '@gk/shared';
import { requireOrganizations } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import type { ProcedureAgreement } from './agreement.entity';
import type { RecordAgreementInput } from './record-agreement.input';

export const PARTY_RULE = 'must each be the id of an organisation';

export class AgreementService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  async record(input: RecordAgreementInput): Promise<ProcedureAgreement> {
    this.deps.access.requireAllianceWriter();
    const agreement = await this.deps.store.write(async (repositories) => {
      const [alliance] = await repositories.alliances.findByIds([input.allianceId]);
      if (!alliance) throw new NotFoundError('Alliance');
      this.deps.access.requireAllianceLeadIn(alliance.leadAgs);
      await requireOrganizations(repositories, input.partyIds, 'input.partyIds', PARTY_RULE);
      return repositories.agreements.insert(
        {
          id: randomUUID(),
          allianceId: input.allianceId,
          title: input.title.trim(),
          signedOn: input.signedOn,
          summary: input.summary.trim(),
          ...createdStamp(this.deps.actor),
        },
        input.partyIds,
      );
    });
    this.deps.loaders.agreements.byAlliance.clear(agreement.allianceId);
    return agreement;
  }
}
