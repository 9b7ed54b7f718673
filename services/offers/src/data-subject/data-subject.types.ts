import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A person as the subject of data protection rights (owned by persons); this subgraph adds its part of the access log.
 */
@ObjectType({ description: 'A person as the subject of data protection rights: who accessed their data, and erasure.' })
@Directive('@key(fields: "personId")')
export class DataSubject {
  @Field(() => ID, { description: 'Id of the person concerned.' })
  personId!: string;
}
