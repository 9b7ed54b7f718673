import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  NotFoundError,
  decodeCursor,
  encodeCursor,
  limitedTo,
  pageSize,
  todayIso,
  type PageInfo,
  UUID_PATTERN,
  refuseNulls,
} from '@gk/shared';
import { readableFields } from '../access/person-access.policy';
import { VersionConflictError } from '../persons.errors';
import type { PersonsServiceDeps } from '../persons.context';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { Person } from './person.entity';
import { pseudonymOf } from './pseudonym';
import type { PersonFilterInput } from './person-filter.input';
import type { PersonVocationalQualificationInput } from './person-inputs.shared';
import type { PersonWritable, ProbableDuplicate } from './person.repository';
import type { RegisterPersonInput } from './register-person.input';
import type { UpdatePersonInput } from './update-person.input';

export interface PersonPageResult {
  items: Person[];
  pageInfo: PageInfo;
}

function vocationalColumns(input: PersonVocationalQualificationInput | null, field: string): PersonWritable {
  if (!input)
    return {
      vocationalDqrLevel: null,
      vocationalInTraining: false,
      vocationalForeign: false,
      vocationalForeignRecognised: null,
    };
  const foreignRecognised = input.foreignRecognised ?? null;
  if (!input.foreign && foreignRecognised !== null)
    throw new BadUserInputError(`${field}.foreignRecognised`, 'must be null unless the qualification is foreign');
  return {
    vocationalDqrLevel: input.dqrLevel ?? null,
    vocationalInTraining: input.inTraining,
    vocationalForeign: input.foreign,
    vocationalForeignRecognised: foreignRecognised,
  };
}

/** Rules that span several fields, checked on the record as it would be after the change. */
function checkConsistency(p: {
  dateOfBirth: string;
  arrivalDate: string | null;
  germanLevel: unknown;
  germanLevelCertified: boolean;
}): void {
  if (p.arrivalDate !== null && p.arrivalDate < p.dateOfBirth)
    throw new BadUserInputError('input.arrivalDate', 'must not be before the date of birth');
  if (p.germanLevelCertified && p.germanLevel === null)
    throw new BadUserInputError('input.germanLevelCertified', 'needs a German level');
}

/** Registering, changing and listing persons. */
export class PersonService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  /** The person's pseudonym for statistics and exports: a keyed hash of the id. */
  pseudonym(personId: string): string {
    return pseudonymOf(personId, this.deps.pseudonymKey);
  }

  async register(input: RegisterPersonInput): Promise<{ person: Person | null; probableDuplicates: Person[] }> {
    this.access.requireRole(['CASE_MANAGER'], 'registerPerson');
    const ownOrganizationId = this.access.ownOrganization('registerPerson');
    const caseManagingOrganizationId = input.caseManagingOrganizationId ?? ownOrganizationId;
    if (caseManagingOrganizationId !== ownOrganizationId)
      throw limitedTo('registerPerson', 'persons managed by your own organisation');
    // Every other read and write of a case manager is bound to their area: so is where they register.
    this.access.requireAgsInScope(input.municipalityAgs, 'registerPerson');
    const values: PersonWritable = {
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      dateOfBirth: input.dateOfBirth,
      gender: input.gender ?? null,
      countryOfOrigin: input.countryOfOrigin ?? null,
      languages: input.languages ?? [],
      germanLevel: input.germanLevel ?? null,
      germanLevelCertified: input.germanLevelCertified,
      municipalityAgs: input.municipalityAgs,
      arrivalDate: input.arrivalDate ?? null,
      caseManagingOrganizationId,
      currentResidenceStatus: input.residenceStatus?.status ?? null,
      currentBenefitRegime: input.benefitRegime?.regime ?? null,
      schoolDegree: input.schoolDegree ?? null,
      goals: input.goals ?? [],
      ...vocationalColumns(input.vocationalQualification ?? null, 'input.vocationalQualification'),
    };
    checkConsistency({
      dateOfBirth: input.dateOfBirth,
      arrivalDate: values.arrivalDate ?? null,
      germanLevel: values.germanLevel ?? null,
      germanLevelCertified: input.germanLevelCertified,
    });
    if (input.residenceStatus && input.residenceStatus.validFrom < input.dateOfBirth)
      throw new BadUserInputError('input.residenceStatus.validFrom', 'must not be before the date of birth');
    if (input.benefitRegime && input.benefitRegime.validFrom < input.dateOfBirth)
      throw new BadUserInputError('input.benefitRegime.validFrom', 'must not be before the date of birth');

    const id = randomUUID();
    const { actor } = this.deps;
    const outcome = await this.deps.store.write(async (repos, trail) => {
      await repos.persons.lockDuplicateKey(input.givenName, input.familyName, input.dateOfBirth, input.municipalityAgs);
      const duplicates = this.duplicatesTheCallerMaySee(
        await repos.persons.findProbableDuplicates(
          input.givenName,
          input.familyName,
          input.dateOfBirth,
          input.municipalityAgs,
          ownOrganizationId,
        ),
      );
      if (duplicates.length > 0 && !input.confirmNotDuplicate) return { created: false, duplicates };
      await repos.persons.insert(id, values, actor);
      await repos.events.append(
        id,
        PersonHistoryKind.REGISTERED,
        actor,
        Object.keys(values).filter((k) => !k.startsWith('current')),
      );
      await trail([
        {
          entity: 'Person',
          personRef: id,
          fields: Object.keys(input).filter(
            (k) => k !== 'confirmNotDuplicate' && input[k as keyof RegisterPersonInput] !== undefined,
          ),
        },
      ]);
      if (input.residenceStatus) {
        const periodId = randomUUID();
        await repos.situation.insertResidencePeriod(
          periodId,
          id,
          input.residenceStatus.status,
          input.residenceStatus.validFrom,
          actor,
        );
        await repos.events.append(
          id,
          PersonHistoryKind.RESIDENCE_STATUS_CHANGED,
          actor,
          ['status', 'validFrom'],
          periodId,
        );
      }
      if (input.benefitRegime) {
        const periodId = randomUUID();
        await repos.situation.insertRegimePeriod(
          periodId,
          id,
          input.benefitRegime.regime,
          null,
          input.benefitRegime.validFrom,
          actor,
        );
        await repos.events.append(
          id,
          PersonHistoryKind.BENEFIT_REGIME_CHANGED,
          actor,
          ['regime', 'validFrom'],
          periodId,
        );
      }
      return { created: true, duplicates };
    });
    return { person: outcome.created ? await this.get(id) : null, probableDuplicates: outcome.duplicates };
  }

  /**
   * The probable duplicates the caller may be told about: persons its own organisation manages, or
   * whose consent for its organisation and the declared purpose gives it some field of them. Of any
   * other the caller learns nothing, not even that one exists: the registration goes ahead as if there
   * were none (same statements, same answer, nothing of that person in the audit entries), so
   * registering cannot be used to find out whether, or where, someone is known in the alliance. The
   * organisation that manages the earlier record sees the later registration as a number
   * (`Person.laterRegistrationsElsewhere`) and can clear it up with the person.
   */
  private duplicatesTheCallerMaySee(candidates: ProbableDuplicate[]): Person[] {
    return candidates
      .filter(
        ({ person, callerConsentedPurposes }) =>
          readableFields(this.access.identity, {
            caseManagingOrganizationId: person.caseManagingOrganizationId,
            consentedPurposes: new Set(callerConsentedPurposes),
          }).size > 0,
      )
      .map(({ person }) => person);
  }

  async update(input: UpdatePersonInput): Promise<Person> {
    this.access.requireRole(['CASE_MANAGER'], 'updatePerson');
    // These fields exist on every person and cannot be cleared.
    refuseNulls(input, [
      'givenName',
      'familyName',
      'dateOfBirth',
      'languages',
      'germanLevelCertified',
      'municipalityAgs',
      'caseManagingOrganizationId',
      'goals',
    ]);
    const changes: PersonWritable = {};
    const simple = [
      'givenName',
      'familyName',
      'dateOfBirth',
      'gender',
      'countryOfOrigin',
      'languages',
      'germanLevel',
      'germanLevelCertified',
      'municipalityAgs',
      'arrivalDate',
      'caseManagingOrganizationId',
      'schoolDegree',
      'goals',
    ] as const;
    for (const key of simple) {
      if (input[key] !== undefined)
        (changes as Record<string, unknown>)[key] =
          typeof input[key] === 'string' && (key === 'givenName' || key === 'familyName')
            ? (input[key] as string).trim()
            : input[key];
    }
    if (input.vocationalQualification !== undefined)
      Object.assign(changes, vocationalColumns(input.vocationalQualification, 'input.vocationalQualification'));
    const fields = [
      ...simple.filter((k) => input[k] !== undefined),
      ...(input.vocationalQualification !== undefined ? ['vocationalQualification'] : []),
    ];
    if (fields.length === 0) throw new BadUserInputError('input', 'names no field to change');
    // A person moves only to a municipality in the caller's area, as they are registered only there.
    if (changes.municipalityAgs !== undefined) this.access.requireAgsInScope(changes.municipalityAgs, 'updatePerson');

    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const current = await repos.persons.findForUpdate(input.id);
      if (!current) throw new NotFoundError('person');
      this.access.requireManager(current, 'updatePerson');
      if (current.version !== input.expectedVersion) throw new VersionConflictError('person');
      // A cleared German level cannot stay certified.
      if (changes.germanLevel === null && changes.germanLevelCertified === undefined)
        changes.germanLevelCertified = false;
      checkConsistency({
        dateOfBirth: changes.dateOfBirth ?? current.dateOfBirth,
        arrivalDate: changes.arrivalDate !== undefined ? changes.arrivalDate : current.arrivalDate,
        germanLevel: changes.germanLevel !== undefined ? changes.germanLevel : current.germanLevel,
        germanLevelCertified: changes.germanLevelCertified ?? current.germanLevelCertified,
      });
      if (!(await repos.persons.update(input.id, changes, actor, input.expectedVersion)))
        throw new VersionConflictError('person');
      await repos.events.append(input.id, PersonHistoryKind.UPDATED, actor, fields);
      await trail([{ entity: 'Person', personRef: input.id, fields }]);
    });
    return this.get(input.id);
  }

  /** One person for `person(id)`: null when unknown or erased, refused when the viewer may see nothing of them. */
  async visible(id: string): Promise<Person | null> {
    const person = await this.deps.loaders.persons.byId.load(id);
    if (!person) return null;
    await this.access.requireSomeAccess(person, 'Reading this person');
    return person;
  }

  async get(id: string): Promise<Person> {
    const [person] = await this.deps.store.read.persons.findByIds([id]);
    if (!person) throw new NotFoundError('person');
    return person;
  }

  async list(
    filter: PersonFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PersonPageResult> {
    this.access.requireRole(['CASE_MANAGER'], 'persons');
    const caseManagingOrganizationId = this.access.ownOrganization('persons');
    if (filter?.caseManagingOrganizationId && filter.caseManagingOrganizationId !== caseManagingOrganizationId) {
      throw limitedTo('persons', 'persons managed by your own organisation');
    }
    const limit = pageSize(first, this.deps.maxPageSize);
    const afterId = after ? decodeCursor(after) : null;
    if (afterId !== null && !UUID_PATTERN.test(afterId))
      throw new BadUserInputError('after', 'is not a cursor this service issued');
    const rows = await this.deps.store.read.persons.list({
      ...(filter ?? {}),
      caseManagingOrganizationId,
      targetGroupOn: filter?.targetGroupOn ?? todayIso(),
      afterId,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    return {
      items,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: items.length > 0 ? encodeCursor(items[items.length - 1].id) : null,
      },
    };
  }
}
