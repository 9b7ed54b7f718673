import { registerEnumType } from 'type-graphql';

/** The four areas from which an alliance's core group is drawn. */
export enum Area {
  MIGRATION_UND_INTEGRATION = 'MIGRATION_UND_INTEGRATION',
  ARBEIT_UND_WIRTSCHAFT = 'ARBEIT_UND_WIRTSCHAFT',
  SOZIALES = 'SOZIALES',
  BILDUNG = 'BILDUNG',
}

registerEnumType(Area, {
  name: 'Area',
  description: 'The four areas an alliance core group draws its members from.',
  valuesConfig: {
    MIGRATION_UND_INTEGRATION: { description: 'Migration und Integration.' },
    ARBEIT_UND_WIRTSCHAFT: { description: 'Arbeit und Wirtschaft.' },
    SOZIALES: { description: 'Soziales.' },
    BILDUNG: { description: 'Bildung.' },
  },
});
