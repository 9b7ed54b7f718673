import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, MoneyScalar } from '@gk/shared';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Budget })
@Directive('@key(fields: "id")')
@Entity({ name: 'budget' })
export class Budget {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.budgetId })
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
