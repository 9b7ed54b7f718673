import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { BenefitRegime, IsoDateScalar, PageInfo } from '@gk/shared';
import { OrganizationRef } from '../references/organization.reference';

@ObjectType({
  description:
    'A change of benefit regime (Rechtskreiswechsel), for example from AsylbLG to SGB II: it decides ' +
    "whether state-funded extra measures or the Jobcenter's instruments apply.",
})
export class PersonBenefitRegimeChange {
  @Field(() => ID, { description: 'Id of the change (the id of the benefit regime period it starts).' })
  id!: string;

  personId!: string;

  @Field(() => BenefitRegime, { description: 'Regime left.' })
  fromRegime!: BenefitRegime;

  @Field(() => BenefitRegime, { description: 'Regime entered.' })
  toRegime!: BenefitRegime;

  @Field(() => IsoDateScalar, { description: 'First day under the new regime.' })
  changedOn!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the change was recorded.' })
  recordedAt!: Date;

  @Field(() => OrganizationRef, {
    nullable: true,
    description: 'Organisation that recorded it; null for a user of no organisation.',
  })
  recordedByOrganization!: OrganizationRef | null;
}

@ObjectType({ description: 'One page of benefit regime changes, oldest first.' })
export class PersonBenefitRegimeChangePage {
  @Field(() => [PersonBenefitRegimeChange], { description: 'The changes of this page.' })
  items!: PersonBenefitRegimeChange[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;
}
