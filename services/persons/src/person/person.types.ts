import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '@gk/shared';
import { Person } from './person.entity';

@ObjectType({ description: 'A vocational qualification (Berufsabschluss) as recorded.' })
export class PersonVocationalQualification {
  @Field(() => Int, {
    nullable: true,
    description: 'DQR level 1 to 8 of the highest qualification held; null when none.',
  })
  dqrLevel!: number | null;

  @Field({ description: 'Whether the person is in vocational training now.' })
  inTraining!: boolean;

  @Field({ description: 'Whether the highest qualification was gained abroad.' })
  foreign!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a foreign qualification: whether it is recognised in Germany; null while undecided or for a German one.',
  })
  foreignRecognised!: boolean | null;
}

@ObjectType({ description: 'One page of persons, in order of family name, given name and id.' })
export class PersonPage {
  @Field(() => [Person], { description: 'The persons of this page.' })
  items!: Person[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;
}

@ObjectType({
  description:
    'Outcome of `registerPerson`: the new person, or the probable duplicates that kept it from being created.',
})
export class PersonRegistrationResult {
  @Field(() => Person, {
    nullable: true,
    description: 'The registered person; null when probable duplicates were found and not overridden.',
  })
  person!: Person | null;

  @Field(() => [Person], {
    description:
      'Persons with the same name, date of birth and municipality already registered that you ' +
      'may see: managed by your organisation, or covered by a consent for your organisation and ' +
      'the declared purpose. Non-empty with a null `person`: check them, then register with ' +
      '`confirmNotDuplicate: true` if it is really someone else. Persons registered by other ' +
      'organisations without such a consent are left out, without a trace in the answer.',
  })
  probableDuplicates!: Person[];
}
