import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';

/** One access to a person's data, as the audit trail of a subgraph records it (GDPR Art. 15). */
@ObjectType({ description: "One read or change of a person's data, from a subgraph's append-only audit trail." })
@Directive('@shareable')
export class DataAccessRecord {
  @Field(() => GraphQLDateTimeISO, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field({ description: 'Subject (user id at the identity provider) of who accessed the data.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Organisation the user acted for.' })
  organizationId!: string | null;

  @Field(() => [String], { description: 'Roles the user held.' })
  roles!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Declared purpose of processing (COUNSELLING, REFERRAL, ENROLLMENT, REPORTING).',
  })
  purpose!: string | null;

  @Field({ description: 'READ, WRITE or ERASE.' })
  action!: string;

  @Field({ description: 'Type whose fields were accessed, for example Person or Enrollment.' })
  entity!: string;

  @Field(() => [String], { description: 'The fields that were accessed.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'Name of the GraphQL operation.' })
  operationName!: string | null;
}
