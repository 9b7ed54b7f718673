import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { Enrollment, EnrollmentView } from './enrollment.entity';
import type { EnrollmentFiguresRow, EnrollmentRepository } from './enrollment.repository';

export function createEnrollmentLoaders(repository: EnrollmentRepository) {
  return {
    byId: new DataLoader<string, Enrollment | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (e) => e.id),
    ),
    byOffer: new DataLoader<string, EnrollmentView[]>(async (ids) =>
      groupByKey(ids, await repository.findByOffers(ids), (e) => e.offerId),
    ),
    figuresByOffer: new DataLoader<string, EnrollmentFiguresRow | null>(async (ids) =>
      byKey(ids, await repository.figuresByOffers(ids), (r) => r.offerId),
    ),
  };
}

export type EnrollmentLoaders = ReturnType<typeof createEnrollmentLoaders>;
