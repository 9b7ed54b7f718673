import { Field, ObjectType } from 'type-graphql';
import { BenefitRegime, NeedCategory, ProtectedCount, ResidenceStatus } from '@gk/shared';
import { PersonsAgeBand } from '../figures/figures.types';
import { PersonSchoolDegree } from '../person/person.enums';

@ObjectType({ description: 'Persons of the target group with one residence status on the reference date.' })
export class ResidenceStatusIndicator {
  @Field(() => ResidenceStatus, {
    nullable: true,
    description: 'The residence status valid on the reference date; null for persons with none recorded for that date.',
  })
  residenceStatus!: ResidenceStatus | null;

  @Field(() => ProtectedCount, { description: 'Number of persons, protected by small-cell suppression.' })
  persons!: ProtectedCount;
}

@ObjectType({ description: 'Persons of the target group under one benefit regime on the reference date.' })
export class BenefitRegimeIndicator {
  @Field(() => BenefitRegime, {
    nullable: true,
    description:
      'The benefit regime applying on the reference date; null for persons with none recorded for that date.',
  })
  benefitRegime!: BenefitRegime | null;

  @Field(() => ProtectedCount, { description: 'Number of persons, protected by small-cell suppression.' })
  persons!: ProtectedCount;
}

@ObjectType({ description: 'Persons of the target group with one school degree.' })
export class SchoolDegreeIndicator {
  @Field(() => PersonSchoolDegree, {
    nullable: true,
    description: 'The school degree as recorded now (degrees have no history); null for persons with none recorded.',
  })
  schoolDegree!: PersonSchoolDegree | null;

  @Field(() => ProtectedCount, { description: 'Number of persons, protected by small-cell suppression.' })
  persons!: ProtectedCount;
}

@ObjectType({ description: 'Persons of the target group in one age band on the reference date.' })
export class AgeBandIndicator {
  @Field(() => PersonsAgeBand, { description: 'The age band (age in full years on the reference date).' })
  ageBand!: PersonsAgeBand;

  @Field(() => ProtectedCount, { description: 'Number of persons, protected by small-cell suppression.' })
  persons!: ProtectedCount;
}

@ObjectType({ description: 'Open needs of one category among the target group: the demand compared with free seats.' })
export class NeedCategoryIndicator {
  @Field(() => NeedCategory, { description: 'The need category.' })
  category!: NeedCategory;

  @Field(() => ProtectedCount, {
    description:
      'Needs in status OPEN now and recorded by the reference date (a person counts once per ' +
      'open need), protected by small-cell suppression.',
  })
  openNeeds!: ProtectedCount;
}

@ObjectType({
  description:
    'The target group (aged 18 to 27 inclusive on the reference date) living in the area; a ' +
    'Kreis covers all its Gemeinden. Every list has one row per enum value (zeros included) in ' +
    'enum order, plus a null row where the value can be missing, so every area has the same ' +
    'layout. Counts are protected together for the whole Kreis and its Gemeinden (the same ' +
    'pattern whichever of them is asked for); the total equals the sum of each breakdown, open ' +
    'needs have no total.',
})
export class TargetGroupIndicators {
  @Field(() => ProtectedCount, { description: 'Persons of the target group.' })
  total!: ProtectedCount;

  @Field(() => [ResidenceStatusIndicator], {
    description:
      'Persons by residence status valid on the reference date, every status and a null row (none recorded).',
  })
  byResidenceStatus!: ResidenceStatusIndicator[];

  @Field(() => [BenefitRegimeIndicator], {
    description:
      'Persons by benefit regime applying on the reference date, every regime and a null row (none recorded).',
  })
  byBenefitRegime!: BenefitRegimeIndicator[];

  @Field(() => [SchoolDegreeIndicator], {
    description: 'Persons by school degree, every degree and a null row (none recorded).',
  })
  bySchoolDegree!: SchoolDegreeIndicator[];

  @Field(() => [AgeBandIndicator], { description: 'Persons by age band on the reference date, every band.' })
  byAgeBand!: AgeBandIndicator[];

  @Field(() => [NeedCategoryIndicator], { description: 'Open needs by category, every category.' })
  openNeedsByCategory!: NeedCategoryIndicator[];
}
