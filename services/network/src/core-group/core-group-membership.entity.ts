import { AuditedRow, IsoDateScalar } from '@gk/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Area } from '../organization/area.enum';
import { DecisionAuthority } from './decision-authority.enum';

@ObjectType({
  description:
    "A seat of an organisation in an alliance's core group (Bündniskerngruppe) for a period. An organisation holds " +
    'at most one seat in a core group at any time.',
})
@Entity({ name: 'core_group_membership' })
export class CoreGroupMembership extends AuditedRow {
  @Field(() => ID, { description: 'Id of the membership.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'alliance_id', type: 'uuid' })
  allianceId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the person representing the organisation (staff contact, not a member of the target group). Only ' +
      'network coordinators, core-group members and administrators see it; for others it is null with a FORBIDDEN ' +
      'error.',
  })
  @Column({ name: 'representative_name', type: 'text' })
  representativeName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Role or position of the representative, for example "Teamleitung U25". Visible like representativeName.',
  })
  @Column({ name: 'representative_role', type: 'text' })
  representativeRole!: string;

  @Field(() => Area, { description: 'The area the organisation represents in the core group.' })
  @Column({ type: 'text' })
  area!: Area;

  @Field(() => DecisionAuthority, { description: 'How far the representative may commit the organisation.' })
  @Column({ name: 'decision_authority', type: 'text' })
  decisionAuthority!: DecisionAuthority;

  @Field(() => IsoDateScalar, { description: 'First day of the membership.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Last day of the membership; null while it lasts.' })
  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;
}

/** Whether a membership is in force on a day (both ends inclusive). */
export function isActiveOn(membership: Pick<CoreGroupMembership, 'validFrom' | 'validUntil'>, day: string): boolean {
  return membership.validFrom <= day && (membership.validUntil === null || membership.validUntil >= day);
}
