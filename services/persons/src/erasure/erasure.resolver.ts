import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataAccessRecord, assertUuid } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { DataSubject, PendingPersonErasure, PersonErasure } from './erasure.types';

function personIdArg(personId: string): string {
  assertUuid(personId, 'personId');
  return personId;
}

@Resolver(() => DataSubject)
export class DataSubjectResolver {
  @Query(() => DataSubject, {
    nullable: true,
    description:
      'A person as a data subject, also after erasure: who accessed their data (GDPR Art. 15) ' +
      'and their erasure. Data protection officers only.',
  })
  dataSubject(
    @Arg('personId', () => ID, { description: 'Id of the person.' }) personId: string,
    @Ctx() ctx: PersonsContext,
  ): DataSubject {
    ctx.scope.services.erasure.requireDataProtectionOfficer('dataSubject');
    return { personId: personIdArg(personId) };
  }

  @FieldResolver(() => [DataAccessRecord], {
    description: "Reads and changes of the person's data in the persons subgraph, newest first.",
  })
  personsAccessLog(@Root() subject: DataSubject, @Ctx() ctx: PersonsContext): Promise<DataAccessRecord[]> {
    return ctx.scope.services.erasure.accessLog(subject.personId);
  }

  @FieldResolver(() => PersonErasure, {
    nullable: true,
    description: "The person's erasure; null when none was requested.",
  })
  erasure(@Root() subject: DataSubject, @Ctx() ctx: PersonsContext): Promise<PersonErasure | null> {
    return ctx.scope.services.erasure.erasureOf(subject.personId);
  }

  @Mutation(() => PersonErasure, {
    description:
      'Erases a person (GDPR Art. 17): the persons subgraph deletes everything about them at ' +
      'once, the gateway carries the erasure to the other subgraphs. Idempotent. Data protection ' +
      'officers only.',
  })
  erasePerson(
    @Arg('personId', () => ID, { description: 'Id of the person.' }) personId: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonErasure> {
    return ctx.scope.services.erasure.erase(personIdArg(personId));
  }

  @Query(() => [PendingPersonErasure], {
    description: 'Erasures some subgraphs still have to carry out; for the gateway only.',
  })
  @Directive('@inaccessible')
  _pendingErasures(
    @Arg('claimId', () => ID, {
      nullable: true,
      description:
        "The sweep's own id: the erasures returned are claimed for it, and other sweeps skip them until it " +
        'releases them.',
    })
    claimId: string | null | undefined,
    @Ctx() ctx: PersonsContext,
  ): Promise<PendingPersonErasure[]> {
    if (claimId != null) assertUuid(claimId, 'claimId');
    return ctx.scope.services.erasure.pending(claimId ?? undefined);
  }

  @Mutation(() => Int, {
    description:
      'Releases what a sweep claimed, so that any gateway takes up what is still pending; for ' +
      'the gateway only. Returns how many were released.',
  })
  @Directive('@inaccessible')
  _releaseErasures(
    @Arg('claimId', () => ID, { description: 'Id the sweep claimed with.' }) claimId: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<number> {
    assertUuid(claimId, 'claimId');
    return ctx.scope.services.erasure.release(claimId);
  }

  @Mutation(() => Boolean, {
    description:
      'Records that a subgraph has erased the person; for the gateway only. False when no such erasure was requested.',
  })
  @Directive('@inaccessible')
  _confirmErasure(
    @Arg('personId', () => ID, { description: 'Id of the erased person.' }) personId: string,
    @Arg('subgraph', () => String, { description: 'Name of the subgraph that erased.' }) subgraph: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<boolean> {
    return ctx.scope.services.erasure.confirm(personIdArg(personId), subgraph);
  }
}

export const dataSubjectReference = {
  __resolveReference: (reference: { personId: string }): DataSubject => ({ personId: reference.personId }),
};
