import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar, AuditedRow } from '@gk/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Funder, FundingTargetRule } from './funding-program.enums';

@ObjectType({ description: ENTITY_DESCRIPTIONS.FundingProgram })
@Directive('@key(fields: "id")')
@Entity({ name: 'funding_program' })
export class FundingProgram extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.fundingProgramId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Name of the programme, for example "Gemeinsam klappt\'s".' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => Funder, { description: 'Who funds the programme.' })
  @Column({ type: 'text' })
  funder!: Funder;

  @Field(() => IsoDateScalar, { description: 'First day of the programme period.' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day of the programme period; null while it runs without an end date.',
  })
  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: string | null;

  @Field(() => Int, {
    description:
      'Maximum funding rate in basis points (8000 = 80 %): the programme pays at most this share of the total ' +
      'cost; the rest is the own share.',
  })
  @Column({ name: 'max_funding_rate_bp', type: 'integer' })
  maxFundingRateBasisPoints!: number;

  @Field(() => FundingTargetRule, { description: 'Whom the programme may pay for.' })
  @Column({ name: 'target_rule', type: 'text' })
  targetRule!: FundingTargetRule;
}
