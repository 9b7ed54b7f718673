import { isActiveOn } from '../core-group/core-group-membership.entity';
import { Area } from '../organization/area.enum';
import { OrganizationKind } from '../organization/organization-kind.enum';
import type { AllianceCoverage } from './coverage.types';

/** The agencies the programme expects in every core group, in the programme's order. */
export const EXPECTED_AGENCIES: readonly OrganizationKind[] = [
  OrganizationKind.JOBCENTER,
  OrganizationKind.AGENTUR_FUER_ARBEIT,
  OrganizationKind.AUSLAENDERBEHOERDE,
  OrganizationKind.REFUGEE_COUNSELLING,
  OrganizationKind.SCHOOL_SUPERVISION,
  OrganizationKind.SOZIALAMT,
  OrganizationKind.JUGENDAMT,
];

const AREAS: readonly Area[] = Object.values(Area);

export interface CoverageSeat {
  area: Area;
  validFrom: string;
  validUntil: string | null;
  /** Kind of the member organisation; null if it could not be loaded. */
  organizationKind: OrganizationKind | null;
}

/** Coverage of a core group on a day; areas and agencies keep the programme's order. */
export function computeCoverage(seats: readonly CoverageSeat[], asOf: string): AllianceCoverage {
  const active = seats.filter((s) => isActiveOn(s, asOf));
  const areas = new Set(active.map((s) => s.area));
  const kinds = new Set(active.map((s) => s.organizationKind));
  const representedAreas = AREAS.filter((a) => areas.has(a));
  const missingAreas = AREAS.filter((a) => !areas.has(a));
  const presentExpectedAgencies = EXPECTED_AGENCIES.filter((k) => kinds.has(k));
  const missingExpectedAgencies = EXPECTED_AGENCIES.filter((k) => !kinds.has(k));
  return {
    asOf,
    representedAreas,
    missingAreas,
    presentExpectedAgencies,
    missingExpectedAgencies,
    complete: missingAreas.length === 0 && missingExpectedAgencies.length === 0,
  };
}
