/** What the offers subgraph's code takes from its settings. */
export interface OffersOptions {
  /** Length from which a run of enrollments without progress counts as a measure career. */
  measureCareerThreshold: number;
  /** Largest page a list query returns. */
  maxPageSize: number;
  /** Rates over fewer ended enrollments than this are suppressed. */
  minGroupSize: number;
  /** Counts derived from personal data below this are withheld in the core group's indicators (never below 3). */
  suppressionThreshold: number;
  /** GraphQL URL of the persons subgraph, asked about the person during an application or enrollment. */
  personsUrl: string;
}
