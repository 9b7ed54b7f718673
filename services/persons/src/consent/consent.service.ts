import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError } from '@gk/shared';
import { PersonsErrorCode } from '../persons.errors';
import type { PersonsServiceDeps } from '../persons.context';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { PersonConsent } from './consent.entity';
import { PersonConsentLegalBasis } from './consent.enums';
import type { GrantConsentInput } from './consent.inputs';

/**
 * Granting and revoking consents (and recording statutory bases). Nothing is deleted: a revoked consent stays on
 * record.
 */
export class ConsentService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  async grant(input: GrantConsentInput): Promise<PersonConsent> {
    this.access.requireRole(['CASE_MANAGER'], 'grantConsent');
    if (input.legalBasis === PersonConsentLegalBasis.CONSENT) {
      if (!input.evidenceReference) throw new BadUserInputError('input.evidenceReference', 'is required for a consent');
      if (!input.noticeVersion) throw new BadUserInputError('input.noticeVersion', 'is required for a consent');
    }
    const id = randomUUID();
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
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
        actor,
      );
      await repos.events.append(
        input.personId,
        PersonHistoryKind.CONSENT_GRANTED,
        actor,
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

  async revoke(id: string): Promise<PersonConsent> {
    this.access.requireRole(['CASE_MANAGER'], 'revokeConsent');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const consent = await repos.consents.findForUpdate(id);
      if (!consent) throw new NotFoundError('consent');
      const [person] = await repos.persons.findByIds([consent.personId]);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'revokeConsent');
      if (consent.revokedAt !== null)
        throw new DomainError(PersonsErrorCode.CONSENT_ALREADY_REVOKED, 'This consent is already revoked.');
      await repos.consents.revoke(id, actor);
      await repos.events.append(consent.personId, PersonHistoryKind.CONSENT_REVOKED, actor, ['revokedAt'], id);
      await trail([{ entity: 'PersonConsent', personRef: consent.personId, fields: ['revokedAt'] }]);
    });
    return this.get(id);
  }

  private async get(id: string): Promise<PersonConsent> {
    const [consent] = await this.deps.store.read.consents.findByIds([id]);
    if (!consent) throw new NotFoundError('consent');
    return consent;
  }
}
