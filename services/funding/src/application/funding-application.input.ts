import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsoDateScalar, MoneyScalar, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FundingApplicationStatus } from './funding-application-status.enum';

@InputType({ description: 'A new funding application; it starts as a draft.' })
export class CreateFundingApplicationInput {
  @Field(() => ID, { description: 'The applicant organisation (Organization id).' })
  @IsUUID('all', { message: 'must be a UUID' })
  applicantOrganizationId!: string;

  @Field(() => ID, { description: 'The funding programme applied to.' })
  @IsUUID('all', { message: 'must be a UUID' })
  programId!: string;

  @Field({ description: 'AGS of the municipality the money is for: 5 digits for a Kreis, 8 for a Gemeinde.' })
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs!: string;

  @Field({ description: 'Title of the application.' })
  @Length(1, 300)
  title!: string;

  @Field(() => IsoDateScalar, { description: 'First day of the funded period; within the programme period.' })
  periodStart!: string;

  @Field(() => IsoDateScalar, {
    description: 'Last day of the funded period; not before its first day, within the programme period.',
  })
  periodEnd!: string;

  @Field(() => MoneyScalar, { description: 'Amount requested from the programme, more than zero.' })
  requested!: number;

  @Field(() => MoneyScalar, {
    description:
      "Own share; together with the requested amount the total cost. Must meet the programme's maximum funding rate.",
  })
  ownShare!: number;
}

@InputType({ description: 'The decision to grant an application.' })
export class ApproveFundingApplicationInput {
  @Field(() => ID, { description: 'The submitted application.' })
  @IsUUID('all', { message: 'must be a UUID' })
  id!: string;

  @Field(() => MoneyScalar, { description: 'Amount granted: more than zero, at most the requested amount.' })
  approvedAmount!: number;

  @Field(() => IsoDateScalar, { description: 'Date of the grant notice (Zuwendungsbescheid).' })
  approvedOn!: string;
}

@InputType({ description: 'Narrows the list of funding applications; every given condition must hold.' })
export class FundingApplicationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only applications for this municipality. A Kreis (5 digits) includes its member municipalities.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only applications to this programme.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programId?: string | null;

  @Field(() => FundingApplicationStatus, { nullable: true, description: 'Only applications in this status.' })
  @IsOptional()
  status?: FundingApplicationStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only applications of this organisation.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  applicantOrganizationId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only applications whose period overlaps this fiscal (calendar) year.',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number | null;
}
