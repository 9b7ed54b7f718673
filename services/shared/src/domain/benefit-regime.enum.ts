import { registerEnumType } from 'type-graphql';

/** Benefit regime (Rechtskreis). Shared so every subgraph publishes the identical enum. */
export enum BenefitRegime {
  ASYLBLG = 'ASYLBLG',
  SGB_II = 'SGB_II',
  SGB_XII = 'SGB_XII',
  SGB_III = 'SGB_III',
  NONE = 'NONE',
}

registerEnumType(BenefitRegime, {
  name: 'BenefitRegime',
  description: 'Benefit regime (Rechtskreis) a person receives benefits under. A change is a Rechtskreiswechsel.',
  valuesConfig: {
    ASYLBLG: { description: 'Asylbewerberleistungsgesetz.' },
    SGB_II: { description: 'SGB II, basic income support for jobseekers (Jobcenter).' },
    SGB_XII: { description: 'SGB XII, social assistance (Sozialamt).' },
    SGB_III: { description: 'SGB III, employment promotion (Agentur für Arbeit).' },
    NONE: { description: 'No benefits.' },
  },
});
