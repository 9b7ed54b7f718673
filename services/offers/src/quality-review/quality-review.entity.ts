import { AuditedRow, IsoDateScalar } from '@gk/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType('OfferQualityReview', {
  description:
    'A quality review of an offer by a partner organisation: scores from 1 (poor) to 5 (very good) on four stated ' +
    'criteria, and a summary.',
})
@Entity({ name: 'quality_review' })
export class QualityReview extends AuditedRow {
  @Field(() => ID, { description: 'Id of the review.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Column({ name: 'reviewer_organization_id', type: 'uuid' })
  reviewerOrganizationId!: string;

  @Field(() => IsoDateScalar, { description: 'Day of the review.' })
  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn!: string;

  @Field(() => Int, {
    description: 'Reach of the target group (1 to 5): does the offer reach the young adults it is meant for?',
  })
  @Column({ name: 'reach_score', type: 'smallint' })
  reachScore!: number;

  @Field(() => Int, { description: 'Completion (1 to 5): do participants stay to the end?' })
  @Column({ name: 'completion_score', type: 'smallint' })
  completionScore!: number;

  @Field(() => Int, { description: 'Transitions (1 to 5): do participants move on to a next stage?' })
  @Column({ name: 'transition_score', type: 'smallint' })
  transitionScore!: number;

  @Field(() => Int, { description: 'Participant feedback (1 to 5).' })
  @Column({ name: 'feedback_score', type: 'smallint' })
  feedbackScore!: number;

  @Field({
    description:
      'Summary of the review: strengths, weaknesses, agreed improvements. About the offer, never about a participant.',
  })
  @Column({ type: 'text' })
  summary!: string;
}
