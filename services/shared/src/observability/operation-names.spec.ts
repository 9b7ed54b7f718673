import { OperationNames } from './operation-names';

describe('OperationNames', () => {
  it('passes GraphQL-shaped names and calls everything else "other", so no id or free text becomes a label', () => {
    const names = new OperationNames(10);
    expect(names.label('Dashboard')).toBe('Dashboard');
    expect(names.label(undefined)).toBe('anonymous');
    expect(names.label('person 4711')).toBe('other');
    expect(names.label('Person-1b0f')).toBe('other');
    expect(names.label('A'.repeat(65))).toBe('other');
    expect(names.label('Person_1b0f7c2e_4d1a_4c3b_9a51_0e2f5d7c9b10')).toBe('other');
    expect(names.label('Enrollments2026')).toBe('other');
    expect(names.label('Dashboard2')).toBe('Dashboard2');
  });

  it('keeps at most N distinct names, so a client inventing names cannot grow the series without end', () => {
    const names = new OperationNames(3);
    expect(['A', 'B', 'C', 'D', 'A'].map((n) => names.label(n))).toEqual(['A', 'B', 'C', 'other', 'A']);
  });
});
