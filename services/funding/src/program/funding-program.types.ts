import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageInfo } from '@gk/shared';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { FundingProgram } from './funding-program.entity';
import { Funder } from './funding-program.enums';

@InputType({ description: 'Narrows the list of funding programmes; every given condition must hold.' })
export class FundingProgramFilter {
  @Field(() => Funder, { nullable: true, description: 'Only programmes of this funder.' })
  @IsOptional()
  funder?: Funder | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only programmes whose period overlaps this fiscal (calendar) year.',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number | null;
}

@ObjectType({ description: 'One page of funding programmes, by name.' })
export class FundingProgramPage {
  @Field(() => [FundingProgram], { description: 'The programmes of this page.' })
  items!: FundingProgram[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
  pageInfo!: PageInfo;
}
