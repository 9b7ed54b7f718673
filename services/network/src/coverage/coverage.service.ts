import { todayIso } from '@gk/shared';
import type { NetworkServiceDeps } from '../network.context';
import { computeCoverage } from './coverage';
import type { AllianceCoverage } from './coverage.types';

export class CoverageService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  /**
   * Coverage of the alliance's core group on a day (today in Berlin by default); member organisations come through
   * their loader.
   */
  async forAlliance(allianceId: string, asOf: string | null | undefined): Promise<AllianceCoverage> {
    const day = asOf ?? todayIso();
    const memberships = await this.deps.loaders.coreGroup.byAlliance.load(allianceId);
    const organizations = await this.deps.loaders.organizations.byId.loadMany(memberships.map((m) => m.organizationId));
    return computeCoverage(
      memberships.map((m, i) => {
        const organization = organizations[i];
        return {
          area: m.area,
          validFrom: m.validFrom,
          validUntil: m.validUntil,
          organizationKind: organization && !(organization instanceof Error) ? organization.kind : null,
        };
      }),
      day,
    );
  }
}
