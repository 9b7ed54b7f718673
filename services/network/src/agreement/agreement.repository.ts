import { type EntityManager, In } from 'typeorm';
import { ProcedureAgreement } from './agreement.entity';
import { AgreementParty } from './agreement-party.entity';

export type NewAgreement = Omit<ProcedureAgreement, 'createdAt' | 'updatedAt'>;

/** The only place that reads and writes procedure agreements and their parties. */
export class AgreementRepository {
  constructor(private readonly manager: EntityManager) {}

  private get agreements() {
    return this.manager.getRepository(ProcedureAgreement);
  }

  private get parties() {
    return this.manager.getRepository(AgreementParty);
  }

  findByAlliances(allianceIds: readonly string[]): Promise<ProcedureAgreement[]> {
    return this.agreements.find({
      where: { allianceId: In([...allianceIds]) },
      order: { signedOn: 'ASC', title: 'ASC', id: 'ASC' },
    });
  }

  findParties(agreementIds: readonly string[]): Promise<AgreementParty[]> {
    return this.parties.find({ where: { agreementId: In([...agreementIds]) }, order: { organizationId: 'ASC' } });
  }

  async insert(agreement: NewAgreement, partyIds: readonly string[]): Promise<ProcedureAgreement> {
    await this.agreements.insert(agreement);
    // The parties are recorded with the agreement, by the same writer.
    const { createdBy, createdByOrg, updatedBy, updatedByOrg } = agreement;
    const stamp = { createdBy, createdByOrg, updatedBy, updatedByOrg };
    await this.parties.insert(
      partyIds.map((organizationId) => ({ agreementId: agreement.id, organizationId, ...stamp })),
    );
    return this.agreements.findOneByOrFail({ id: agreement.id });
  }
}
