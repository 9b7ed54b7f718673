import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar, MoneyScalar, AuditedRow } from '@gk/shared';
import { CENTS } from '../common/columns';
import { BudgetLineKind, BudgetPlan, FundingSource } from './budget.enums';

@ObjectType({ description: 'The council decision (Ratsbeschluss or committee decision) a budget line rests on.' })
export class BudgetCouncilDecision {
  @Field({ description: 'Number of the committee or council paper (Vorlage), for example "072/19".' })
  paperNumber!: string;

  @Field({ description: 'Committee or council that decided, for example "Sozialausschuss".' })
  committee!: string;

  @Field(() => IsoDateScalar, { description: 'Date of the decision.' })
  date!: string;
}

@ObjectType({ description: ENTITY_DESCRIPTIONS.Budget })
@Directive('@key(fields: "id")')
@Entity({ name: 'budget' })
export class Budget extends AuditedRow {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.budgetId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @Field(() => Int, { description: 'Fiscal year (Haushaltsjahr).' })
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field({ description: 'Budget product: "8101" (Betreuung von Migranten und Migrantinnen), "8102" or "8103".' })
  @Column({ name: 'budget_product', type: 'text' })
  budgetProduct!: string;

  @Field(() => BudgetPlan, { description: 'Result plan or investment plan.' })
  @Column({ type: 'text' })
  plan!: BudgetPlan;

  @Field(() => BudgetLineKind, { description: 'Aufwendungen, Erträge, Auszahlungen or Einzahlungen.' })
  @Column({ name: 'line_kind', type: 'text' })
  lineKind!: BudgetLineKind;

  @Field(() => FundingSource, { description: 'Where the money of the line comes from.' })
  @Column({ type: 'text' })
  source!: FundingSource;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId!: string | null;

  @Field({
    description: 'Title of the line, for example "Eigenanteil Gemeinsam klappt\'s aus der Integrationspauschale".',
  })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => MoneyScalar, { name: 'amount', description: 'Planned amount of the line.' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS })
  amountCents!: number;

  @Field(() => MoneyScalar, { name: 'allocated', description: 'Amount already allocated to offers from this line.' })
  @Column({ name: 'allocated_cents', type: 'bigint', transformer: CENTS, insert: false, update: false })
  allocatedCents!: number;

  @Field({
    description: 'Whether the financing of the line is secured (for example by a council decision or a grant notice).',
  })
  @Column({ name: 'financing_secured', type: 'boolean' })
  financingSecured!: boolean;

  @Column({ name: 'council_paper_number', type: 'text', nullable: true })
  councilPaperNumber!: string | null;

  @Column({ name: 'council_committee', type: 'text', nullable: true })
  councilCommittee!: string | null;

  @Column({ name: 'council_decision_date', type: 'date', nullable: true })
  councilDecisionDate!: string | null;
}
