import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Money from a budget line to an offer for one fiscal year. */
@Entity({ name: 'allocation' })
export class Allocation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amountCents!: number;
}
