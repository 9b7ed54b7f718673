import { registerEnumType } from 'type-graphql';

export enum Funder {
  LAND_NRW = 'LAND_NRW',
  BUND = 'BUND',
  ESF_PLUS = 'ESF_PLUS',
  KOMMUNE = 'KOMMUNE',
  FOUNDATION = 'FOUNDATION',
  OTHER = 'OTHER',
}

registerEnumType(Funder, {
  name: 'Funder',
  description: 'Who funds a programme.',
  valuesConfig: {
    LAND_NRW: { description: 'The Land North Rhine-Westphalia (Landesförderung).' },
    BUND: { description: 'The federal government (Bund).' },
    ESF_PLUS: { description: 'The European Social Fund Plus (ESF Plus).' },
    KOMMUNE: { description: 'A municipality from its own budget.' },
    FOUNDATION: { description: 'A foundation (Stiftung).' },
    OTHER: { description: 'Any other funder.' },
  },
});

export enum FundingTargetRule {
  WHOLE_TARGET_GROUP = 'WHOLE_TARGET_GROUP',
  MAINLY_WITHOUT_SGB_II_XII = 'MAINLY_WITHOUT_SGB_II_XII',
  ONLY_WITHOUT_SGB_II_XII = 'ONLY_WITHOUT_SGB_II_XII',
}

registerEnumType(FundingTargetRule, {
  name: 'FundingTargetRule',
  description: 'Whom a programme may pay for, within the target group of young adult refugees aged 18 to 27.',
  valuesConfig: {
    WHOLE_TARGET_GROUP: { description: 'Every person of the target group, whatever their benefit regime.' },
    MAINLY_WITHOUT_SGB_II_XII: {
      description:
        'Mainly persons without an entitlement under SGB II or SGB XII (the rule of "Gemeinsam klappt\'s"); others ' +
        'may take part.',
    },
    ONLY_WITHOUT_SGB_II_XII: { description: 'Only persons without an entitlement under SGB II or SGB XII.' },
  },
});
