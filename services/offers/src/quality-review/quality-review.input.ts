import { IsoDateScalar } from '@gk/shared';
import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'A quality review of an offer: scores from 1 (poor) to 5 (very good) on the four criteria, and a summary.',
})
export class RecordQualityReviewInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  @IsUUID()
  offerId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the reviewing organisation: the caller's own organisation (the default); any other is refused with " +
      'FORBIDDEN.',
  })
  @IsOptional()
  @IsUUID()
  reviewerOrganizationId?: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Day of the review, not in the future; default today.' })
  reviewedOn?: string;

  @Field(() => Int, { description: 'Reach of the target group, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  reachScore!: number;

  @Field(() => Int, { description: 'Completion, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  completionScore!: number;

  @Field(() => Int, { description: 'Transitions to a next stage, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  transitionScore!: number;

  @Field(() => Int, { description: 'Participant feedback, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  feedbackScore!: number;

  @Field({ description: 'Summary, 1 to 5000 characters; about the offer, never about a participant.' })
  @Length(1, 5000)
  @Matches(/\S/, { message: 'must not be blank' })
  summary!: string;
}
