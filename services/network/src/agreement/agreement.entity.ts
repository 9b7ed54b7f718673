import { AuditedRow, IsoDateScalar } from '@gk/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    'A procedure agreement (Verfahrensvereinbarung) between agencies of an alliance: who does what, when, in which ' +
    'order.',
})
@Entity({ name: 'procedure_agreement' })
export class ProcedureAgreement extends AuditedRow {
  @Field(() => ID, { description: 'Id of the agreement.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Field({ description: 'Title of the agreement.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => IsoDateScalar, { description: 'Day the agreement was signed.' })
  @Column({ name: 'signed_on', type: 'date' })
  signedOn!: string;

  @Field({ description: 'What the parties agreed, in short.' })
  @Column({ type: 'text' })
  summary!: string;
}
