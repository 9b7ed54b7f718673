import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OfferCategory } from './offer-category.enum';

@ObjectType({ description: ENTITY_DESCRIPTIONS.Offer })
@Directive('@key(fields: "id")')
@Entity({ name: 'offer' })
export class Offer {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.offerId })
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field({ description: 'Title of the offer.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => OfferCategory, { description: 'What kind of offer it is.' })
  @Column({ type: 'text' })
  category!: OfferCategory;

  @Field(() => Int, { description: 'Number of seats.' })
  @Column({ type: 'integer' })
  seats!: number;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'municipality_ags', type: 'varchar', length: 8 })
  municipalityAgs!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
