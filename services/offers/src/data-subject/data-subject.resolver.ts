import { DataAccessRecord } from '@gk/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { DataSubject } from './data-subject.types';

@Resolver(() => DataSubject)
export class DataSubjectOffersResolver {
  @FieldResolver(() => [DataAccessRecord], {
    description:
      "The offers subgraph's audit entries for the person (reads and changes of their enrollments, erasure), newest " +
      'first. Role DATA_PROTECTION_OFFICER only; FORBIDDEN otherwise.',
  })
  offersAccessLog(@Root() subject: DataSubject, @Ctx() ctx: OffersContext): Promise<DataAccessRecord[]> {
    return ctx.scope.services.dataSubjects.accessLog(subject.personId);
  }
}

export const dataSubjectReference = {
  __resolveReference: (reference: { personId: string }): DataSubject => ({ personId: reference.personId }),
};
