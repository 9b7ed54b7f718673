import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError, requireRole, type Actor, type RequestAudit } from '@gk/shared';
import type { PersonAccess } from '../access/person-access.service';
import { PersonsErrorCode } from '../common/persons.errors';
import type { PersonsStore } from '../database/persons-store';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { PersonConsent } from './consent.entity';
import { PersonConsentLegalBasis } from './consent.enums';
import type { GrantConsentInput } from './consent.inputs';

/** Granting and revoking consents (and recording statutory bases). Nothing is deleted: a revoked consent stays on record. */
export class ConsentService {
  constructor(
    private readonly store: PersonsStore,
    private readonly actor: Actor,
    private readonly access: PersonAccess,
  ) {}

  async grant(input: GrantConsentInput, audit: RequestAudit): Promise<PersonConsent> {
    requireRole(this.access.identity, ['CASE_MANAGER'], 'grantConsent');
    if (input.legalBasis === PersonConsentLegalBasis.CONSENT) {
      if (!input.evidenceReference) throw new BadUserInputError('input.evidenceReference', 'is required for a consent');
      if (!input.noticeVersion) throw new BadUserInputError('input.noticeVersion', 'is required for a consent');
    }
    const id = randomUUID();
    await this.store.write(audit, async (repos, trail) => {
      const [person] = await repos.persons.findByIds([input.personId]);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'grantConsent');
      await repos.consents.insert(
        id,
        {
          personId: input.personId,
          organizationId: input.organizationId,
          purposes: input.purposes,
          legalBasis: input.legalBasis,
          evidenceReference: input.evidenceReference?.trim() ?? null,
          noticeVersion: input.noticeVersion?.trim() ?? null,
        },
        this.actor,
      );
      await repos.events.append(
        input.personId,
        PersonHistoryKind.CONSENT_GRANTED,
        this.actor,
        ['organizationId', 'purposes', 'legalBasis'],
        id,
      );
      await trail([
        {
          entity: 'PersonConsent',
          personRef: input.personId,
          fields: ['organizationId', 'purposes', 'legalBasis', 'evidenceReference', 'noticeVersion'],
        },
      ]);
    });
    return this.get(id);
  }

  async revoke(id: string, audit: RequestAudit): Promise<PersonConsent> {
    requireRole(this.access.identity, ['CASE_MANAGER'], 'revokeConsent');
    await this.store.write(audit, async (repos, trail) => {
      const consent = await repos.consents.findForUpdate(id);
      if (!consent) throw new NotFoundError('consent');
      const [person] = await repos.persons.findByIds([consent.personId]);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'revokeConsent');
      if (consent.revokedAt !== null)
        throw new DomainError(PersonsErrorCode.CONSENT_ALREADY_REVOKED, 'This consent is already revoked.');
      await repos.consents.revoke(id, this.actor);
      await repos.events.append(consent.personId, PersonHistoryKind.CONSENT_REVOKED, this.actor, ['revokedAt'], id);
      await trail([{ entity: 'PersonConsent', personRef: consent.personId, fields: ['revokedAt'] }]);
    });
    return this.get(id);
  }

  private async get(id: string): Promise<PersonConsent> {
    const [consent] = await this.store.read.consents.findByIds([id]);
    if (!consent) throw new NotFoundError('consent');
    return consent;
  }
}
