import { Area } from '../organization/area.enum';
import { OrganizationKind } from '../organization/organization-kind.enum';
import { computeCoverage, EXPECTED_AGENCIES, type CoverageSeat } from './coverage';

const seat = (
  organizationKind: OrganizationKind,
  area: Area,
  validFrom = '2020-01-01',
  validUntil: string | null = null,
): CoverageSeat => ({ organizationKind, area, validFrom, validUntil });

describe('core group coverage', () => {
  it('names every area and agency as missing for an empty core group', () => {
    expect(computeCoverage([], '2021-06-01')).toEqual({
      asOf: '2021-06-01',
      representedAreas: [],
      missingAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES', 'BILDUNG'],
      presentExpectedAgencies: [],
      missingExpectedAgencies: [...EXPECTED_AGENCIES],
      complete: false,
    });
  });

  it('is complete when every area and expected agency holds a seat', () => {
    const seats = [
      seat(OrganizationKind.JOBCENTER, Area.ARBEIT_UND_WIRTSCHAFT),
      seat(OrganizationKind.AGENTUR_FUER_ARBEIT, Area.ARBEIT_UND_WIRTSCHAFT),
      seat(OrganizationKind.AUSLAENDERBEHOERDE, Area.MIGRATION_UND_INTEGRATION),
      seat(OrganizationKind.REFUGEE_COUNSELLING, Area.MIGRATION_UND_INTEGRATION),
      seat(OrganizationKind.SCHOOL_SUPERVISION, Area.BILDUNG),
      seat(OrganizationKind.SOZIALAMT, Area.SOZIALES),
      seat(OrganizationKind.JUGENDAMT, Area.SOZIALES),
    ];
    expect(computeCoverage(seats, '2021-06-01')).toMatchObject({
      missingAreas: [],
      missingExpectedAgencies: [],
      complete: true,
    });
  });

  it('counts only seats in force on the day, both ends inclusive', () => {
    const seats = [
      seat(OrganizationKind.JOBCENTER, Area.ARBEIT_UND_WIRTSCHAFT, '2020-01-01', '2021-05-31'),
      seat(OrganizationKind.SOZIALAMT, Area.SOZIALES, '2021-06-01'),
      seat(OrganizationKind.SCHOOL_SUPERVISION, Area.BILDUNG, '2021-06-02'),
      seat(OrganizationKind.JUGENDAMT, Area.SOZIALES, '2021-01-01', '2021-06-01'),
    ];
    expect(computeCoverage(seats, '2021-06-01')).toEqual({
      asOf: '2021-06-01',
      representedAreas: ['SOZIALES'],
      missingAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'BILDUNG'],
      presentExpectedAgencies: ['SOZIALAMT', 'JUGENDAMT'],
      missingExpectedAgencies: [
        'JOBCENTER',
        'AGENTUR_FUER_ARBEIT',
        'AUSLAENDERBEHOERDE',
        'REFUGEE_COUNSELLING',
        'SCHOOL_SUPERVISION',
      ],
      complete: false,
    });
  });
});
