import { BenefitRegime, CefrLevel, ResidenceStatus } from '@gk/shared';
import { EligibilityRule, unmetRules, type EligibilityRules } from './eligibility';

const open: EligibilityRules = {
  minAge: 18,
  maxAge: 27,
  residenceStatuses: [],
  benefitRegimes: [],
  minGermanLevel: null,
};
const withoutSgb2: EligibilityRules = {
  minAge: 18,
  maxAge: 27,
  residenceStatuses: [ResidenceStatus.GESTATTUNG, ResidenceStatus.DULDUNG],
  benefitRegimes: [BenefitRegime.ASYLBLG, BenefitRegime.NONE],
  minGermanLevel: CefrLevel.A2,
};

describe('unmetRules', () => {
  it('admits anyone in the age range to an offer without further rules, facts unknown or not', () => {
    expect(unmetRules(open, { age: 18, germanLevel: null, residenceStatus: null, benefitRegime: null })).toEqual([]);
    expect(
      unmetRules(open, {
        age: 27,
        germanLevel: CefrLevel.C2,
        residenceStatus: ResidenceStatus.AE_OTHER,
        benefitRegime: BenefitRegime.SGB_II,
      }),
    ).toEqual([]);
  });

  it('names the age rule just outside the range on either side', () => {
    expect(unmetRules(open, { age: 17, germanLevel: null, residenceStatus: null, benefitRegime: null })).toEqual([
      EligibilityRule.AGE,
    ]);
    expect(unmetRules(open, { age: 28, germanLevel: null, residenceStatus: null, benefitRegime: null })).toEqual([
      EligibilityRule.AGE,
    ]);
  });

  it('admits a person who meets every restricted rule, the minimum level included', () => {
    expect(
      unmetRules(withoutSgb2, {
        age: 20,
        germanLevel: CefrLevel.A2,
        residenceStatus: ResidenceStatus.DULDUNG,
        benefitRegime: BenefitRegime.ASYLBLG,
      }),
    ).toEqual([]);
  });

  it('names every rule a person misses, and treats unrecorded facts as not shown', () => {
    expect(
      unmetRules(withoutSgb2, {
        age: 20,
        germanLevel: CefrLevel.A1,
        residenceStatus: ResidenceStatus.AE_25A,
        benefitRegime: BenefitRegime.SGB_II,
      }),
    ).toEqual([EligibilityRule.RESIDENCE_STATUS, EligibilityRule.BENEFIT_REGIME, EligibilityRule.GERMAN_LEVEL]);
    expect(unmetRules(withoutSgb2, { age: 20, germanLevel: null, residenceStatus: null, benefitRegime: null })).toEqual(
      [EligibilityRule.RESIDENCE_STATUS, EligibilityRule.BENEFIT_REGIME, EligibilityRule.GERMAN_LEVEL],
    );
  });
});
