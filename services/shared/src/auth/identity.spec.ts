import { agsInScope } from './identity';
import { identityFromClaims } from './gateway-token';

describe('identity', () => {
  it('puts a Gemeinde in scope through itself or its Kreis, never the other way round', () => {
    expect(agsInScope({ ags: ['05566'] }, '05566076')).toBe(true);
    expect(agsInScope({ ags: ['05566076'] }, '05566076')).toBe(true);
    expect(agsInScope({ ags: ['05566076'] }, '05566')).toBe(false);
    expect(agsInScope({ ags: ['05162'] }, '05566076')).toBe(false);
    expect(agsInScope({ ags: [] }, '05566076')).toBe(false);
  });

  it('keeps only known roles, well-formed AGS and a known purpose from claims', () => {
    expect(
      identityFromClaims({
        sub: 'u1',
        org: 'o1',
        roles: ['CASE_MANAGER', 'ROOT'],
        ags: ['05566076', '123', 5],
        purpose: 'COUNSELLING',
      }),
    ).toEqual({
      subject: 'u1',
      organizationId: 'o1',
      roles: ['CASE_MANAGER'],
      ags: ['05566076'],
      purpose: 'COUNSELLING',
    });
    expect(identityFromClaims({ sub: 'u1', roles: [], purpose: 'CURIOSITY' }).purpose).toBeNull();
  });
});
