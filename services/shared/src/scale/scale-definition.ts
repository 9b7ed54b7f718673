/** Sizes of the generated worlds. `demo` is not generated: it is each subgraph's hand-made demo slice. */
export interface ScaleSize {
  name: string;
  persons: number;
  /** Offers in all, the benchmark's dedicated offers included. */
  offers: number;
  /** At least eleven per area (the agencies every alliance needs); more when asked. */
  organizations: number;
  /** The first `areas` of the 73 participating areas (Rheine and the Rhein-Kreis Neuss come first). */
  areas: number;
}

export type ScaleName = 'demo' | 'nrw' | 'xl';

export const SCALE_SIZES: Readonly<Record<'nrw' | 'xl', ScaleSize>> = {
  nrw: { name: 'nrw', persons: 70_000, offers: 5_000, organizations: 2_000, areas: 73 },
  xl: { name: 'xl', persons: 700_000, offers: 50_000, organizations: 20_000, areas: 73 },
};

/** A named generated scale or a custom size (tests load a few hundred persons). */
export type ScaleInput = 'nrw' | 'xl' | ScaleSize;

export function scaleSize(scale: ScaleInput): ScaleSize {
  return typeof scale === 'string' ? SCALE_SIZES[scale] : scale;
}

/**
 * The day the generated world stands on ("today" of the data): ages 18 to 27 on this day, offer
 * status by it. Fixed, so the same seed gives the same data on any day; like the demo, autumn 2026.
 */
export const SCALE_REFERENCE_DATE = '2026-11-21';

/** Bumped whenever the generator's output changes, so stored data is reloaded rather than reused. */
export const SCALE_GENERATOR_VERSION = 1;

/** Fiscal years with budget lines. */
export const SCALE_FISCAL_YEARS: readonly number[] = [2024, 2025, 2026];

export const SCALE_ACTOR = 'scale-loader';
