import { IsoDateScalar } from '@gk/shared';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Area } from '../organization/area.enum';
import { DecisionAuthority } from './decision-authority.enum';

@InputType({ description: "An organisation taking a seat in an alliance's core group." })
export class AddCoreGroupMemberInput {
  @Field(() => ID, { description: 'Id of the alliance.' })
  @IsUUID()
  allianceId!: string;

  @Field(() => ID, { description: 'Id of the organisation; it may hold only one seat in the core group at any time.' })
  @IsUUID()
  organizationId!: string;

  @Field({ description: 'Name of the representative, 1 to 200 characters.' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'representativeName must not be blank' })
  representativeName!: string;

  @Field({ description: 'Role or position of the representative, 1 to 200 characters.' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'representativeRole must not be blank' })
  representativeRole!: string;

  @Field(() => Area, { description: 'The area the organisation represents.' })
  @IsEnum(Area)
  area!: Area;

  @Field(() => DecisionAuthority, { description: 'How far the representative may commit the organisation.' })
  @IsEnum(DecisionAuthority)
  decisionAuthority!: DecisionAuthority;

  @Field(() => IsoDateScalar, { description: 'First day of the membership.' })
  validFrom!: string;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Last day of the membership, if already known; not before validFrom.',
  })
  @IsOptional()
  validUntil?: string | null;
}

@InputType({ description: 'Changes to a core-group membership. Fields left out stay as they are.' })
export class ChangeCoreGroupMemberInput {
  @Field(() => ID, { description: 'Id of the membership.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: "New representative's name." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'representativeName must not be blank' })
  representativeName?: string;

  @Field(() => String, { nullable: true, description: 'New role or position of the representative.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'representativeRole must not be blank' })
  representativeRole?: string;

  @Field(() => Area, { nullable: true, description: 'New area.' })
  @IsOptional()
  @IsEnum(Area)
  area?: Area;

  @Field(() => DecisionAuthority, { nullable: true, description: 'New decision authority.' })
  @IsOptional()
  @IsEnum(DecisionAuthority)
  decisionAuthority?: DecisionAuthority;

  @Field(() => IsoDateScalar, {
    nullable: true,
    description: 'Corrected first day; the seat must still not overlap another of the same organisation.',
  })
  @IsOptional()
  @IsString()
  validFrom?: string;
}

@InputType({ description: 'The end of a core-group membership.' })
export class EndCoreGroupMemberInput {
  @Field(() => ID, { description: 'Id of the membership.' })
  @IsUUID()
  id!: string;

  @Field(() => IsoDateScalar, { description: 'Last day of the membership; not before its first day.' })
  validUntil!: string;
}
