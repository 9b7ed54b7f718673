import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MoneyScalar } from '@gk/shared';

@ObjectType({ description: "A budget line of a municipality's budget for one fiscal year." })
@Directive('@key(fields: "id")')
@Entity({ name: 'budget' })
export class Budget {
  @Field(() => ID, { description: 'Stable id (UUID) of the budget line.' })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Field(() => Int, { description: 'Fiscal year (Haushaltsjahr).' })
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field({ description: 'Budget product, for example "8101" (Betreuung von Migranten und Migrantinnen).' })
  @Column({ name: 'budget_product', type: 'text' })
  budgetProduct!: string;

  @Field(() => MoneyScalar, { description: 'Planned amount of the line.' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;
}
