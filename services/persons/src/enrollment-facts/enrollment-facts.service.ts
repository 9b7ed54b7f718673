import { DomainError, needs } from '@gk/shared';
import { managesPerson } from '../access/person-access.policy';
import { PersonsErrorCode } from '../persons.errors';
import type { PersonsServiceDeps } from '../persons.context';
import { enrollmentActing } from './enrollment-facts.policy';
import type { PersonEnrollmentFacts } from './enrollment-facts.types';

const NO_CONSENTS: ReadonlySet<string> = new Set();

/**
 * Answers the offers subgraph, under the identity of the user who enrols, whether the person exists
 * and whether that user may act for them, and gives the facts eligibility is decided on. Persons stays
 * the single source of those facts; offers never reads this database.
 */
export class EnrollmentFactsService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  /** Null when no person has the id (or they were erased); refused when the user may not enrol them. */
  async of(personId: string): Promise<PersonEnrollmentFacts | null> {
    const { access, loaders } = this.deps;
    const { identity } = access;
    const person = await loaders.persons.byId.load(personId);
    if (!person) return null;
    // The managing organisation's case managers need no consent: skip the lookup for them, the usual case.
    const consented = managesPerson(identity, person.caseManagingOrganizationId)
      ? NO_CONSENTS
      : await access.consentedPurposes(person.id);
    const acting = enrollmentActing(identity, person.caseManagingOrganizationId, consented);
    if (acting === 'FORBIDDEN')
      throw needs('Enrolling a person', 'the role CASE_MANAGER or PROVIDER in an organisation');
    if (acting === 'CONSENT_REQUIRED') {
      throw new DomainError(
        PersonsErrorCode.CONSENT_REQUIRED,
        'Enrolling a person your organisation does not manage needs an active consent for your ' +
          'organisation and the purpose ENROLLMENT.',
        { purpose: 'ENROLLMENT' },
      );
    }
    return {
      personId: person.id,
      dateOfBirth: person.dateOfBirth,
      germanLevel: person.germanLevel,
      currentResidenceStatus: person.currentResidenceStatus,
      currentBenefitRegime: person.currentBenefitRegime,
    };
  }
}
