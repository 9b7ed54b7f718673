import {
  BadUserInputError,
  DomainError,
  needs,
  tracedCall,
  type BenefitRegime,
  type CefrLevel,
  type ResidenceStatus,
} from '@gk/shared';
import { OffersErrorCode } from '../offers.errors';
import type { EligibilityFacts, EligibilityRules } from './eligibility';

/**
 * How long offers waits for persons before it refuses the write as unavailable: long enough for a
 * burst of enrollments on 2 cores, short enough to answer within the gateway's 10 s for offers.
 */
const PERSONS_TIMEOUT_MS = 8_000;

/**
 * The facts persons is asked for, named as persons names them on `Person` (the same names
 * `eligibleOffers` requires): an application or enrollment is decided on the facts of that path too.
 */
export type EligibilityFactField = 'age' | 'germanLevel' | 'currentResidenceStatus' | 'currentBenefitRegime';

/**
 * Exactly the facts the offer's rules look at (data minimisation): the age always (every offer has
 * an age range), the others only where the offer restricts them.
 */
export function factsNeeded(rules: EligibilityRules): EligibilityFactField[] {
  const fields: EligibilityFactField[] = ['age'];
  if (rules.minGermanLevel != null) fields.push('germanLevel');
  if (rules.residenceStatuses.length > 0) fields.push('currentResidenceStatus');
  if (rules.benefitRegimes.length > 0) fields.push('currentBenefitRegime');
  return fields;
}

/** Where offers gets a person's facts while it writes an application or enrollment. */
export interface PersonFactsSource {
  /**
   * The person's facts as persons holds them, asked under the user's identity. Refuses with
   * BAD_USER_INPUT (`input.personId`) when no person has the id, FORBIDDEN or CONSENT_REQUIRED when
   * the user may not act for the person, SUBGRAPH_UNAVAILABLE when persons cannot be asked. A refusal
   * names the action (the mutation), never the person.
   */
  factsFor(personId: string, fields: readonly EligibilityFactField[], action: string): Promise<EligibilityFacts>;
}

interface FactsResponse {
  data?: {
    _enrollmentFacts: {
      age?: number;
      germanLevel?: CefrLevel | null;
      currentResidenceStatus?: ResidenceStatus | null;
      currentBenefitRegime?: BenefitRegime | null;
    } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function unavailable(reason: string): DomainError {
  return new DomainError(
    OffersErrorCode.SUBGRAPH_UNAVAILABLE,
    `The persons subgraph could not be asked whether the person exists and may be enrolled by you (${reason}); ` +
      `nothing was changed. Try again.`,
    { subgraph: 'persons' },
  );
}

/**
 * Asks the persons subgraph directly over HTTP, with the token the gateway signed for persons with
 * the user's identity. Persons applies its own rules (management, consent for the organisation and
 * ENROLLMENT) and records the read in its audit trail; offers reads no other database. It is asked
 * at the moment of the write, so a consent revoked a second ago no longer covers an enrollment.
 */
export class PersonFactsClient implements PersonFactsSource {
  constructor(
    private readonly personsUrl: string,
    /** Undefined when the request did not come through a gateway that delegates to persons. */
    private readonly delegatedToken: string | undefined,
  ) {}

  async factsFor(personId: string, fields: readonly EligibilityFactField[], action: string): Promise<EligibilityFacts> {
    if (!this.delegatedToken)
      throw unavailable('the request carries no token for it; send enrollments through the gateway');
    let response: Response;
    try {
      // In the request's trace, so the enrollment's trace runs on into persons.
      response = await tracedCall('fetch persons', { 'gk.subgraph': 'persons' }, (traceHeaders) =>
        fetch(this.personsUrl, {
          method: 'POST',
          headers: {
            ...traceHeaders,
            'content-type': 'application/json',
            authorization: `Bearer ${this.delegatedToken}`,
          },
          body: JSON.stringify({
            query:
              `query EnrollmentFacts($personId: ID!) { _enrollmentFacts(personId: $personId) { ` +
              `${fields.join(' ')} } }`,
            variables: { personId },
          }),
          signal: AbortSignal.timeout(PERSONS_TIMEOUT_MS),
        }),
      );
    } catch {
      throw unavailable('it does not answer');
    }
    if (response.status === 401) throw unavailable('it refused the token');
    let body: FactsResponse;
    try {
      body = (await response.json()) as FactsResponse;
    } catch {
      throw unavailable(`it answered with status ${response.status}`);
    }
    const error = body.errors?.[0];
    if (error) throw refusal(error.extensions?.code, action);
    const facts = body.data?._enrollmentFacts;
    if (facts === undefined) throw unavailable(`it answered with status ${response.status} and no facts`);
    if (facts === null) throw new BadUserInputError('input.personId', 'names no person');
    if (typeof facts.age !== 'number') throw unavailable('it gave no age');
    return {
      age: facts.age,
      germanLevel: facts.germanLevel ?? null,
      residenceStatus: facts.currentResidenceStatus ?? null,
      benefitRegime: facts.currentBenefitRegime ?? null,
    };
  }
}

/** Persons' refusal as offers' own error; persons' messages are not passed on, its decision is. */
function refusal(code: string | undefined, action: string): Error {
  switch (code) {
    case 'FORBIDDEN':
      return needs(action, 'a role and organisation the persons subgraph lets act for the person');
    case OffersErrorCode.CONSENT_REQUIRED:
      return new DomainError(
        OffersErrorCode.CONSENT_REQUIRED,
        'Enrolling a person your organisation does not manage needs an active consent for your organisation and the ' +
          'purpose ENROLLMENT.',
        { field: 'input.personId', purpose: 'ENROLLMENT' },
      );
    case 'BAD_USER_INPUT':
      return new BadUserInputError('input.personId', 'must be the id of a person');
    default:
      return unavailable('it answered with an error');
  }
}
