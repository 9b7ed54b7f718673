import { registerEnumType } from 'type-graphql';

export enum DecisionAuthority {
  FULL = 'FULL',
  WITH_RESERVATION = 'WITH_RESERVATION',
  ADVISORY = 'ADVISORY',
}

registerEnumType(DecisionAuthority, {
  name: 'CoreGroupDecisionAuthority',
  description: 'How far a representative may commit their organisation in the core group.',
  valuesConfig: {
    FULL: { description: 'May commit the organisation in the core group.' },
    WITH_RESERVATION: { description: "Commits subject to approval by the organisation's management." },
    ADVISORY: { description: 'Advises; may not commit the organisation.' },
  },
});
