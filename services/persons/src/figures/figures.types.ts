import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BenefitRegime, IsoDateScalar, NeedCategory, ResidenceStatus } from '@gk/shared';
import { PersonSchoolDegree } from '../person/person.enums';

export enum PersonsAgeBand {
  AGE_18_20 = 'AGE_18_20',
  AGE_21_24 = 'AGE_21_24',
  AGE_25_27 = 'AGE_25_27',
}

registerEnumType(PersonsAgeBand, {
  name: 'PersonsAgeBand',
  description: 'Age bands of the target group (age in full years on the reference date).',
  valuesConfig: {
    AGE_18_20: { description: '18 to 20 years.' },
    AGE_21_24: { description: '21 to 24 years.' },
    AGE_25_27: { description: '25 to 27 years.' },
  },
});

@ObjectType({ description: 'Persons of the target group with one residence status.' })
export class PersonsResidenceStatusCell {
  @Field(() => ResidenceStatus, {
    nullable: true,
    description: 'The residence status on the reference date; null for persons with none recorded for that date.',
  })
  key!: ResidenceStatus | null;

  @Field(() => Int, { description: 'Number of persons.' })
  count!: number;
}

@ObjectType({ description: 'Persons of the target group under one benefit regime.' })
export class PersonsBenefitRegimeCell {
  @Field(() => BenefitRegime, {
    nullable: true,
    description: 'The benefit regime on the reference date; null for persons with none recorded for that date.',
  })
  key!: BenefitRegime | null;

  @Field(() => Int, { description: 'Number of persons.' })
  count!: number;
}

@ObjectType({ description: 'Persons of the target group with one school degree.' })
export class PersonsSchoolDegreeCell {
  @Field(() => PersonSchoolDegree, {
    nullable: true,
    description: 'The school degree as recorded now; null for persons with none recorded.',
  })
  key!: PersonSchoolDegree | null;

  @Field(() => Int, { description: 'Number of persons.' })
  count!: number;
}

@ObjectType({ description: 'Persons of the target group in one age band.' })
export class PersonsAgeBandCell {
  @Field(() => PersonsAgeBand, { description: 'The age band.' })
  key!: PersonsAgeBand;

  @Field(() => Int, { description: 'Number of persons.' })
  count!: number;
}

@ObjectType({ description: 'Open needs of one category among the target group.' })
export class PersonsNeedCategoryCell {
  @Field(() => NeedCategory, { description: 'The need category.' })
  key!: NeedCategory;

  @Field(() => Int, { description: 'Number of open needs (a person counts once per open need).' })
  count!: number;
}

@ObjectType({
  description:
    'Figures of the target group (aged 18 to 27 on the reference date) living in a municipality; ' +
    'a Kreis covers all its Gemeinden. Only cells with at least one person appear, ordered by ' +
    'key. Unsuppressed, hence for case managers only; the core group reads the protected ' +
    'AreaIndicators.targetGroup.',
})
export class PersonsMunicipalityFigures {
  @Field({ description: 'AGS the figures are for.' })
  municipalityAgs!: string;

  @Field(() => IsoDateScalar, { description: 'Date the figures refer to.' })
  referenceDate!: string;

  @Field(() => Int, { description: 'Persons of the target group.' })
  total!: number;

  @Field(() => [PersonsResidenceStatusCell], {
    description: 'Persons by residence status valid on the reference date.',
  })
  byResidenceStatus!: PersonsResidenceStatusCell[];

  @Field(() => [PersonsBenefitRegimeCell], { description: 'Persons by benefit regime applying on the reference date.' })
  byBenefitRegime!: PersonsBenefitRegimeCell[];

  @Field(() => [PersonsSchoolDegreeCell], {
    description: 'Persons by school degree (as recorded now; degrees have no history).',
  })
  bySchoolDegree!: PersonsSchoolDegreeCell[];

  @Field(() => [PersonsAgeBandCell], { description: 'Persons by age band on the reference date.' })
  byAgeBand!: PersonsAgeBandCell[];

  @Field(() => [PersonsNeedCategoryCell], {
    description:
      'Needs in status OPEN now and recorded by the reference date, by category: the demand the ' +
      'analytics compares with free seats.',
  })
  openNeedsByCategory!: PersonsNeedCategoryCell[];
}
