import { demoOrganizationId } from '@gk/fixtures';
import { resolveOrganizationOption } from './organization-option';

describe('the token command --org', () => {
  it('takes a demo organisation by its key, as the README shows it', () => {
    expect(resolveOrganizationOption('kim-rheine')).toBe(demoOrganizationId('kim-rheine'));
    expect(resolveOrganizationOption('vhs-rheine')).toBe(demoOrganizationId('vhs-rheine'));
  });

  it('takes any organisation id as it is', () => {
    expect(resolveOrganizationOption('0B0E3C5E-1C2D-4E5F-8A9B-0C1D2E3F4A5B')).toBe(
      '0b0e3c5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    );
  });

  it('refuses what is neither, rather than signing a token no organisation matches', () => {
    expect(resolveOrganizationOption('kim-rheinee')).toBeUndefined();
    expect(resolveOrganizationOption('organisation id')).toBeUndefined();
  });
});
