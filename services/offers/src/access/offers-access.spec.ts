import type { Identity } from '@gk/shared';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { grant, isGranted, OffersAccess } from './offers-access';

const ORG = '0a6f3f5e-5c37-4a36-9f0c-1d8f8a4d2b11';
const OTHER = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const as = (roles: Identity['roles'], organizationId: string | null = ORG): OffersAccess =>
  new OffersAccess({ subject: 's', organizationId, roles, ags: [] });
const offer = { providerId: ORG };

describe('offers access rules', () => {
  it('counts as the offer provider only with the role PROVIDER in the same organisation', () => {
    expect(as(['PROVIDER']).isProviderOf(offer)).toBe(true);
    expect(as(['PROVIDER'], OTHER).isProviderOf(offer)).toBe(false);
    expect(as(['PROVIDER'], null).isProviderOf(offer)).toBe(false);
    expect(as(['CASE_MANAGER', 'ADMIN']).isProviderOf(offer)).toBe(false);
  });

  it('names the rule, never a person, when it refuses', () => {
    expect(() => as(['CASE_MANAGER']).requireProviderOf(offer, 'openOffer')).toThrow(
      'openOffer needs one of the roles PROVIDER.',
    );
    expect(() => as(['PROVIDER'], OTHER).requireProviderOf(offer, 'openOffer')).toThrow(
      'openOffer is limited to your own organisation.',
    );
    expect(() => as(['PROVIDER'], OTHER).requireCaseManagerOrProviderOf(offer, 'enrollInOffer')).toThrow(
      "enrollInOffer needs the role CASE_MANAGER, or the role PROVIDER in the offer's provider organisation.",
    );
    expect(() => as(['CASE_MANAGER']).requireEnrollmentReader(offer, 'enrollment')).toThrow(
      /needs the role PROVIDER in the offer's provider organisation/,
    );
    expect(() => as(['CASE_MANAGER'], OTHER).requireCaseManagerOrProviderOf(offer, 'enrollInOffer')).not.toThrow();
    expect(() => as(['PROVIDER']).requireSystem('_erasePersonData')).toThrow(
      "_erasePersonData is limited to the gateway's system identity.",
    );
  });

  it('marks a copy as granted and leaves the cached row alone', () => {
    const row = { id: 'e1', personId: 'p1' } as Enrollment;
    const granted = grant(row);
    expect(isGranted(granted)).toBe(true);
    expect(isGranted(row)).toBe(false);
    expect(granted).toMatchObject({ id: 'e1', personId: 'p1' });
  });
});
