import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  NotFoundError,
  decodeCursor,
  encodeCursor,
  pageSize,
  type BenefitRegime,
  UUID_PATTERN,
} from '@gk/shared';
import { addDays } from '../common/validation';
import type { PersonsServiceDeps } from '../persons.context';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { Person } from '../person/person.entity';
import type {
  BenefitRegimeChangeFilterInput,
  RecordBenefitRegimeInput,
  RecordResidenceStatusInput,
} from './situation.inputs';
import { PersonBenefitRegimeChange, type PersonBenefitRegimeChangePage } from './situation.types';

/** Residence status and benefit regime: history periods plus the current value on the person, changed together. */
export class SituationService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  async recordResidenceStatus(input: RecordResidenceStatusInput): Promise<Person> {
    this.access.requireRole(['CASE_MANAGER'], 'recordResidenceStatus');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const person = await repos.persons.findForUpdate(input.personId);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'recordResidenceStatus');
      if (input.validFrom < person.dateOfBirth)
        throw new BadUserInputError('input.validFrom', 'must not be before the date of birth');
      const open = await repos.situation.openResidencePeriod(input.personId);
      if (open) {
        if (input.validFrom <= open.validFrom)
          throw new BadUserInputError('input.validFrom', 'must be after the start of the current residence status');
        if (open.status === input.status)
          throw new BadUserInputError('input.status', 'equals the current residence status');
        await repos.situation.closeResidencePeriod(open.id, addDays(input.validFrom, -1), actor);
      }
      const periodId = randomUUID();
      await repos.situation.insertResidencePeriod(periodId, input.personId, input.status, input.validFrom, actor);
      await repos.persons.update(input.personId, { currentResidenceStatus: input.status }, actor);
      await repos.events.append(
        input.personId,
        PersonHistoryKind.RESIDENCE_STATUS_CHANGED,
        actor,
        ['status', 'validFrom'],
        periodId,
      );
      await trail([
        { entity: 'PersonResidenceStatusPeriod', personRef: input.personId, fields: ['status', 'validFrom'] },
      ]);
    });
    return this.person(input.personId);
  }

  async recordBenefitRegime(input: RecordBenefitRegimeInput): Promise<Person> {
    this.access.requireRole(['CASE_MANAGER'], 'recordBenefitRegime');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const person = await repos.persons.findForUpdate(input.personId);
      if (!person) throw new NotFoundError('person');
      this.access.requireManager(person, 'recordBenefitRegime');
      if (input.validFrom < person.dateOfBirth)
        throw new BadUserInputError('input.validFrom', 'must not be before the date of birth');
      const open = await repos.situation.openRegimePeriod(input.personId);
      let previous: BenefitRegime | null = null;
      if (open) {
        if (input.validFrom <= open.validFrom)
          throw new BadUserInputError('input.validFrom', 'must be after the start of the current benefit regime');
        if (open.regime === input.regime)
          throw new BadUserInputError('input.regime', 'equals the current benefit regime');
        await repos.situation.closeRegimePeriod(open.id, addDays(input.validFrom, -1), actor);
        previous = open.regime;
      }
      const periodId = randomUUID();
      await repos.situation.insertRegimePeriod(
        periodId,
        input.personId,
        input.regime,
        previous,
        input.validFrom,
        actor,
      );
      await repos.persons.update(input.personId, { currentBenefitRegime: input.regime }, actor);
      await repos.events.append(
        input.personId,
        PersonHistoryKind.BENEFIT_REGIME_CHANGED,
        actor,
        ['regime', 'validFrom'],
        periodId,
      );
      await trail([
        { entity: 'PersonBenefitRegimePeriod', personRef: input.personId, fields: ['regime', 'validFrom'] },
      ]);
    });
    return this.person(input.personId);
  }

  async regimeChanges(
    filter: BenefitRegimeChangeFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PersonBenefitRegimeChangePage> {
    this.access.requireRole(['CASE_MANAGER'], 'benefitRegimeChanges');
    const caseManagingOrganizationId = this.access.ownOrganization('benefitRegimeChanges');
    const limit = pageSize(first, this.deps.maxPageSize);
    let cursor: { validFrom: string; id: string } | null = null;
    if (after) {
      const [validFrom, id] = decodeCursor(after).split('|');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom ?? '') || !UUID_PATTERN.test(id ?? ''))
        throw new BadUserInputError('after', 'is not a cursor this service issued');
      cursor = { validFrom, id };
    }
    if (filter?.changedFrom && filter.changedUntil && filter.changedUntil < filter.changedFrom)
      throw new BadUserInputError('filter.changedUntil', 'must not be before changedFrom');
    const rows = await this.deps.store.read.situation.regimeChanges({
      ...(filter ?? {}),
      caseManagingOrganizationId,
      after: cursor,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map((p) =>
      Object.assign(new PersonBenefitRegimeChange(), {
        id: p.id,
        personId: p.personId,
        fromRegime: p.previousRegime as BenefitRegime,
        toRegime: p.regime,
        changedOn: p.validFrom,
        recordedAt: p.recordedAt,
        recordedByOrganization: p.recordedByOrganization,
      }),
    );
    const last = items[items.length - 1];
    return {
      items,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: last ? encodeCursor(`${last.changedOn}|${last.id}`) : null,
      },
    };
  }

  private async person(id: string): Promise<Person> {
    const [person] = await this.deps.store.read.persons.findByIds([id]);
    if (!person) throw new NotFoundError('person');
    return person;
  }
}
