import { type BenefitRegime, type CefrLevel, cefrAtLeast, type ResidenceStatus } from '@gk/shared';
import { registerEnumType } from 'type-graphql';

/** The facts about a person an offer's rules look at. Null means "not recorded". */
export interface EligibilityFacts {
  age: number;
  germanLevel: CefrLevel | null;
  residenceStatus: ResidenceStatus | null;
  benefitRegime: BenefitRegime | null;
}

/** An offer's rules; an empty list admits everyone. */
export interface EligibilityRules {
  minAge: number;
  maxAge: number;
  residenceStatuses: readonly ResidenceStatus[];
  benefitRegimes: readonly BenefitRegime[];
  minGermanLevel: CefrLevel | null;
}

export enum EligibilityRule {
  AGE = 'AGE',
  RESIDENCE_STATUS = 'RESIDENCE_STATUS',
  BENEFIT_REGIME = 'BENEFIT_REGIME',
  GERMAN_LEVEL = 'GERMAN_LEVEL',
}

registerEnumType(EligibilityRule, {
  name: 'OfferEligibilityRule',
  description:
    'One eligibility rule of an offer; named in NOT_ELIGIBLE errors (extensions.rules) when a person does not meet it.',
  valuesConfig: {
    AGE: { description: 'The age range.' },
    RESIDENCE_STATUS: { description: 'The admitted residence statuses.' },
    BENEFIT_REGIME: { description: 'The admitted benefit regimes.' },
    GERMAN_LEVEL: { description: 'The minimum German level.' },
  },
});

/**
 * The rules a person does not meet; empty when the offer admits them. A restricted rule does not
 * admit a fact that is not recorded: eligibility must be shown, not assumed.
 */
export function unmetRules(rules: EligibilityRules, facts: EligibilityFacts): EligibilityRule[] {
  const unmet: EligibilityRule[] = [];
  if (facts.age < rules.minAge || facts.age > rules.maxAge) unmet.push(EligibilityRule.AGE);
  if (
    rules.residenceStatuses.length > 0 &&
    (facts.residenceStatus == null || !rules.residenceStatuses.includes(facts.residenceStatus))
  ) {
    unmet.push(EligibilityRule.RESIDENCE_STATUS);
  }
  if (
    rules.benefitRegimes.length > 0 &&
    (facts.benefitRegime == null || !rules.benefitRegimes.includes(facts.benefitRegime))
  ) {
    unmet.push(EligibilityRule.BENEFIT_REGIME);
  }
  if (rules.minGermanLevel != null && !cefrAtLeast(facts.germanLevel, rules.minGermanLevel))
    unmet.push(EligibilityRule.GERMAN_LEVEL);
  return unmet;
}
