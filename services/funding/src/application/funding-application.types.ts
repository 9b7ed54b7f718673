import { PageInfo } from '@gk/shared';
import { Field, ObjectType } from 'type-graphql';
import { FundingApplication } from './funding-application.entity';

@ObjectType({ description: 'One page of funding applications, by start of period.' })
export class FundingApplicationPage {
  @Field(() => [FundingApplication], { description: 'The applications of this page.' })
  items!: FundingApplication[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
  pageInfo!: PageInfo;
}
