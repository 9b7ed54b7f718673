import { registerEnumType } from 'type-graphql';

/**
 * German language level on the CEFR scale, in ascending order. Shared so every subgraph publishes the identical enum.
 */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

/** Levels in ascending order, for comparisons such as "at least B1". */
export const CEFR_ORDER: readonly CefrLevel[] = [
  CefrLevel.A1,
  CefrLevel.A2,
  CefrLevel.B1,
  CefrLevel.B2,
  CefrLevel.C1,
  CefrLevel.C2,
];

export function cefrAtLeast(level: CefrLevel | null | undefined, minimum: CefrLevel): boolean {
  return level != null && CEFR_ORDER.indexOf(level) >= CEFR_ORDER.indexOf(minimum);
}

registerEnumType(CefrLevel, {
  name: 'CefrLevel',
  description: 'Language level on the Common European Framework of Reference (CEFR), A1 lowest to C2 highest.',
  valuesConfig: {
    A1: { description: 'Breakthrough.' },
    A2: { description: 'Waystage.' },
    B1: { description: 'Threshold.' },
    B2: { description: 'Vantage.' },
    C1: { description: 'Effective operational proficiency.' },
    C2: { description: 'Mastery.' },
  },
});
