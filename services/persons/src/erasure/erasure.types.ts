import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "A person's erasure (GDPR Art. 17) as requested: complete once every subgraph holding data about the " +
    'person has erased it.',
})
export class PersonErasure {
  @Field(() => ID, { description: 'Id of the erased person.' })
  personId!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the erasure was first requested.' })
  requestedAt!: Date;

  @Field(() => [String], {
    description:
      'Subgraphs that have not yet confirmed their erasure; the gateway carries it to them, also after they were down.',
  })
  pendingSubgraphs!: string[];

  @Field({ description: 'Whether every subgraph has erased the person.' })
  complete!: boolean;
}

@ObjectType({ description: 'An erasure some subgraphs still have to carry out (for the gateway only).' })
@Directive('@inaccessible')
export class PendingPersonErasure {
  @Field(() => ID, { description: 'Id of the erased person.' })
  personId!: string;

  @Field(() => [String], { description: 'Subgraphs that have not confirmed yet.' })
  pendingSubgraphs!: string[];
}

@ObjectType({ description: 'A person as the subject of data protection rights: who accessed their data, and erasure.' })
@Directive('@key(fields: "personId")')
export class DataSubject {
  @Field(() => ID, { description: 'Id of the person concerned.' })
  personId!: string;
}
