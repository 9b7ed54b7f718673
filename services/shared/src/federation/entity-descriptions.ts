/**
 * One description per entity, used by the owning subgraph and by every subgraph that references or
 * extends the entity, so the composed supergraph (the partner agencies' manual) reads the same
 * whichever subgraph composition takes it from.
 */
export const ENTITY_DESCRIPTIONS = {
  Person:
    'A young adult of the target group (18 to 27) followed by the case management. Owned by the persons ' +
    'subgraph; the offers subgraph adds enrollments, measure career and eligible offers. Personal data: ' +
    'every access is governed by role and consent.',
  Offer:
    'An offer or measure (Angebot / Maßnahme) of a provider: a course, a class, a coaching, a mentoring ' +
    'programme. Owned by the offers subgraph; the funding subgraph adds its funding.',
  Enrollment: "A person's participation (Teilnahme) in an offer. Owned by the offers subgraph.",
  Municipality:
    'A Kreis or a Kommune in North Rhine-Westphalia, identified by its Amtlicher Gemeindeschlüssel (AGS). ' +
    'Owned by the network subgraph; the other subgraphs add their figures for it.',
  Organization:
    'An agency, provider or initiative taking part in an alliance: Jobcenter, school, JMD, volunteer ' +
    'initiative and so on. Owned by the network subgraph; the offers subgraph adds its offers.',
  Alliance:
    'A local alliance (Bündnis) of "Gemeinsam klappt\'s" with its core group, forums, priorities and ' +
    'agreements. Owned by the network subgraph.',
  FundingProgram: 'A funding programme such as "Gemeinsam klappt\'s" of the Land NRW. Owned by the funding subgraph.',
  Budget: "A budget line of a municipality's budget for one fiscal year. Owned by the funding subgraph.",
  AreaIndicators:
    "The core group's indicators of one municipality or Kreis on one reference date: target group, offer " +
    'landscape, gaps, measure careers, duplicate structures, money and network. Counts derived from ' +
    'personal data are protected by small-cell suppression. Keyed by AGS and reference date; the network ' +
    'subgraph lists them, every other subgraph adds its slice.',
} as const;

/** One description per entity key field, for the same reason. */
export const ENTITY_KEY_DESCRIPTIONS = {
  personId: 'Stable id (UUID) of the person, used by every subgraph to point at them.',
  offerId: 'Stable id (UUID) of the offer.',
  enrollmentId: 'Stable id (UUID) of the enrollment.',
  municipalityAgs: 'Amtlicher Gemeindeschlüssel: 5 digits for a Kreis (05566), 8 for a Gemeinde (05566076).',
  organizationId: 'Stable id (UUID) used by every subgraph to point at this organisation.',
  allianceId: 'Stable id (UUID) of the alliance.',
  fundingProgramId: 'Stable id (UUID) of the funding programme.',
  budgetId: 'Stable id (UUID) of the budget line.',
  indicatorsAgs:
    'AGS of the municipality (8 digits) or Kreis (5 digits, covering its Gemeinden) the indicators describe.',
  indicatorsReferenceDate: 'Date the indicators refer to (not in the future).',
} as const;
