import { IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PersonDataPurpose } from '../consent/consent.enums';
import { PersonReferralAnswer, PersonReferralConclusion, PersonReferralStatus } from './referral.enums';

@InputType({
  description:
    'A referral of a person to another organisation or to an offer. Give exactly one of ' +
    '`toOrganizationId` and `toOfferId`.',
})
export class CreateReferralInput {
  @Field(() => ID, { description: 'Id of the person.' })
  @IsUUID()
  personId!: string;

  @Field(() => ID, { nullable: true, description: "Referring organisation; defaults to the caller's organisation." })
  @IsOptional()
  @IsUUID()
  fromOrganizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Receiving organisation; needs an active consent or legal basis for it and the purpose.',
  })
  @IsOptional()
  @IsUUID()
  toOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Offer (of the offers subgraph) the person is referred to.' })
  @IsOptional()
  @IsUUID()
  toOfferId?: string | null;

  @Field(() => PersonDataPurpose, { description: 'What the referral is for.' })
  @IsEnum(PersonDataPurpose)
  purpose!: PersonDataPurpose;

  @Field(() => String, {
    nullable: true,
    description: 'Short working note for the receiving side, at most 500 characters.',
  })
  @IsOptional()
  @MaxLength(500)
  @Matches(/\S/, { message: 'must not be blank' })
  note?: string | null;
}

@InputType({ description: "The receiving side's answer to a requested referral." })
export class AnswerReferralInput {
  @Field(() => ID, { description: 'Id of the referral.' })
  @IsUUID()
  referralId!: string;

  @Field(() => PersonReferralAnswer, { description: 'Accept or decline.' })
  @IsEnum(PersonReferralAnswer)
  answer!: PersonReferralAnswer;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is declined, at most 500 characters; required to decline.',
  })
  @IsOptional()
  @MaxLength(500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason?: string | null;
}

@InputType({ description: 'How a referral ends.' })
export class ConcludeReferralInput {
  @Field(() => ID, { description: 'Id of the referral.' })
  @IsUUID()
  referralId!: string;

  @Field(() => PersonReferralConclusion, { description: 'Completed or cancelled.' })
  @IsEnum(PersonReferralConclusion)
  conclusion!: PersonReferralConclusion;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is cancelled, at most 500 characters; required to cancel.',
  })
  @IsOptional()
  @MaxLength(500)
  @Matches(/\S/, { message: 'must not be blank' })
  reason?: string | null;
}

@InputType({ description: 'Narrows the list of referrals; all given conditions must hold.' })
export class ReferralFilterInput {
  @Field(() => ID, { nullable: true, description: 'Receiving organisation.' })
  @IsOptional()
  @IsUUID()
  toOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Referring organisation.' })
  @IsOptional()
  @IsUUID()
  fromOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Offer referred to.' })
  @IsOptional()
  @IsUUID()
  toOfferId?: string | null;

  @Field(() => [PersonReferralStatus], { nullable: true, description: 'Status is one of these.' })
  @IsOptional()
  @IsEnum(PersonReferralStatus, { each: true })
  statuses?: PersonReferralStatus[] | null;
}
