import { AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Area } from './area.enum';
import { OrganizationKind } from './organization-kind.enum';

@InputType({ description: 'Which organisations to list; every given condition must hold.' })
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only organisations of this kind.' })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;

  @Field(() => Area, { nullable: true, description: 'Only organisations belonging to this area.' })
  @IsOptional()
  @IsEnum(Area)
  area?: Area | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only organisations based in this municipality; for a Kreis, also those based in its member municipalities.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: `ags ${AGS_RULE}` })
  ags?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only organisations whose name contains this text (ignoring case), 1 to 100 characters.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  nameContains?: string | null;
}
