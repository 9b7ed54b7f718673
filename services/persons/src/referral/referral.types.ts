import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '@gk/shared';
import { PersonReferral } from './referral.entity';

@ObjectType({ description: 'One page of referrals, newest first.' })
export class PersonReferralPage {
  @Field(() => [PersonReferral], { description: 'The referrals of this page.' })
  items!: PersonReferral[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;
}
