import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { PersonBenefitRegimePeriod } from './benefit-regime-period.entity';
import type { PersonResidenceStatusPeriod } from './residence-status-period.entity';

export function createSituationLoaders(repositories: PersonsRepositories) {
  return {
    residencePeriodsByPerson: new DataLoader<string, PersonResidenceStatusPeriod[]>(async (ids) =>
      groupByKey(ids, await repositories.situation.residencePeriodsOf(ids), (p) => p.personId),
    ),
    regimePeriodsByPerson: new DataLoader<string, PersonBenefitRegimePeriod[]>(async (ids) =>
      groupByKey(ids, await repositories.situation.regimePeriodsOf(ids), (p) => p.personId),
    ),
  };
}
