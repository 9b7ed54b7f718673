import { exportUrl, fileNameOf } from './csv-export';

describe('CSV export', () => {
  it('is fetched beside the GraphQL endpoint with the reference date', () => {
    expect(exportUrl('/graphql', '2026-09-30')).toBe('/export/indicators.csv?referenceDate=2026-09-30');
    expect(exportUrl('https://hub.example/api/graphql', undefined)).toBe(
      'https://hub.example/api/export/indicators.csv',
    );
  });

  it("saves under the gateway's file name, or one with the date", () => {
    expect(fileNameOf('attachment; filename="indicators-2026-09-30.csv"', '2026-09-30')).toBe(
      'indicators-2026-09-30.csv',
    );
    expect(fileNameOf(null, '2026-09-30')).toBe('indicators-2026-09-30.csv');
  });
});
