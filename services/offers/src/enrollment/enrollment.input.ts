import { IsoDateScalar } from '@gk/shared';
import { IsEnum, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EnrollmentPersonFactsInput } from '../eligibility/eligibility.input';
import { EnrollmentOutcome } from './enrollment-outcome.enum';

const NOT_BLANK = /\S/;

@InputType({
  description:
    "A person's application for an offer. Checks the offer's rules against the person's facts as the persons " +
    'subgraph holds them; takes no seat.',
})
export class ApplyForOfferInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;

  @Field(() => ID, { description: 'Id of the person (persons subgraph).' })
  @IsUUID()
  personId!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day of the application, not in the future; default today.',
  })
  appliedOn?: string;

  /**
   * Once the only source of the facts eligibility was decided on, so a client could enrol someone
   * whose real facts the offer does not admit. Kept so existing clients' requests stay valid; never
   * read: the facts come from the persons subgraph at the moment of the write.
   */
  @Field(() => EnrollmentPersonFactsInput, {
    nullable: true,
    description:
      'Ignored: eligibility is decided on the facts the persons subgraph holds, asked at the moment of the write. ' +
      'Accepted (and still validated) for clients that send it.',
    deprecationReason: 'Ignored: the offers subgraph asks the persons subgraph for the facts. Leave it out.',
  })
  @IsOptional()
  @ValidateNested()
  person?: EnrollmentPersonFactsInput | null;
}

@InputType({
  description:
    "Gives a person a seat: turns the person's open application into an enrollment, or enrolls directly. Eligibility " +
    '(on the facts the persons subgraph holds) and a free seat are checked in the same transaction that takes the ' +
    'seat.',
})
export class EnrollInOfferInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;

  @Field(() => ID, { description: 'Id of the person (persons subgraph).' })
  @IsUUID()
  personId!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day the person starts, not in the future and not before the application; default today.',
  })
  enrolledOn?: string;

  /**
   * Once the only source of the facts eligibility was decided on, so a client could enrol someone
   * whose real facts the offer does not admit. Kept so existing clients' requests stay valid; never
   * read: the facts come from the persons subgraph at the moment of the write.
   */
  @Field(() => EnrollmentPersonFactsInput, {
    nullable: true,
    description:
      'Ignored: eligibility is decided on the facts the persons subgraph holds, asked at the moment of the write. ' +
      'Accepted (and still validated) for clients that send it.',
    deprecationReason: 'Ignored: the offers subgraph asks the persons subgraph for the facts. Leave it out.',
  })
  @IsOptional()
  @ValidateNested()
  person?: EnrollmentPersonFactsInput | null;
}

@InputType({
  description: 'Ends an open application or a running enrollment as withdrawn by the person or their case manager.',
})
export class WithdrawEnrollmentInput {
  @Field(() => ID, { description: 'Id of the enrollment.' })
  @IsUUID()
  enrollmentId!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day of the withdrawal, not in the future and not before the application or start; default today.',
  })
  withdrawnOn?: string;

  @Field({ nullable: true, description: 'Why (1 to 2000 characters); no health or other special-category data.' })
  @IsOptional()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  reason?: string;
}

@InputType({ description: 'Turns an open application down (by the provider).' })
export class RejectApplicationInput {
  @Field(() => ID, { description: 'Id of the enrollment in status APPLIED.' })
  @IsUUID()
  enrollmentId!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Day of the rejection, not in the future and not before the application; default today.',
  })
  rejectedOn?: string;

  @Field({ nullable: true, description: 'Why (1 to 2000 characters).' })
  @IsOptional()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  reason?: string;
}

@InputType({
  description:
    'Records how a running enrollment ended. DROPPED_OUT ends it as dropped out, every other outcome as completed.',
})
export class RecordEnrollmentOutcomeInput {
  @Field(() => ID, { description: 'Id of the enrollment in status ENROLLED.' })
  @IsUUID()
  enrollmentId!: string;

  @Field(() => EnrollmentOutcome, { description: 'The result.' })
  @IsEnum(EnrollmentOutcome)
  outcome!: EnrollmentOutcome;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description:
      "Day the enrollment ended, not in the future and never before the person's start or the offer's start; default " +
      'today.',
  })
  endedOn?: string;

  @Field({
    nullable: true,
    description:
      'Why, for example the next stage reached or the reason for dropping out (1 to 2000 characters); no health or ' +
      'other special-category data.',
  })
  @IsOptional()
  @Length(1, 2000)
  @Matches(NOT_BLANK, { message: 'must not be blank' })
  reason?: string;
}
