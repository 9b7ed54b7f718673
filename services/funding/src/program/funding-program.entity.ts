import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: ENTITY_DESCRIPTIONS.FundingProgram })
@Directive('@key(fields: "id")')
@Entity({ name: 'funding_program' })
export class FundingProgram {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.fundingProgramId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Name of the programme.' })
  @Column({ type: 'text' })
  name!: string;
}
