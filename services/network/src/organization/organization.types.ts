import { PageInfo } from '@gk/shared';
import { Field, ObjectType } from 'type-graphql';
import { Organization } from './organization.entity';

@ObjectType({ description: 'One page of organisations, ordered by name.' })
export class OrganizationPage {
  @Field(() => [Organization], { description: 'The organisations of this page.' })
  nodes!: Organization[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue after this page.' })
  pageInfo!: PageInfo;
}
