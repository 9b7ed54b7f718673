import { registerEnumType } from 'type-graphql';

/** The core group's standing tasks as the programme describes them; every alliance gets all seven. */
export enum StandingTaskKind {
  SET_PRIORITIES = 'SET_PRIORITIES',
  ACT_AS_MULTIPLIERS = 'ACT_AS_MULTIPLIERS',
  KNOW_LIVING_SITUATION = 'KNOW_LIVING_SITUATION',
  COORDINATE_NEEDS_SURVEY = 'COORDINATE_NEEDS_SURVEY',
  MAKE_OFFERS_TRANSPARENT = 'MAKE_OFFERS_TRANSPARENT',
  DEVELOP_PROCEDURE_AGREEMENTS = 'DEVELOP_PROCEDURE_AGREEMENTS',
  PLAN_LOCAL_OFFERS = 'PLAN_LOCAL_OFFERS',
}

export const STANDING_TASKS: readonly StandingTaskKind[] = Object.values(StandingTaskKind);

registerEnumType(StandingTaskKind, {
  name: 'AllianceStandingTaskKind',
  description: "The standing tasks of an alliance's core group.",
  valuesConfig: {
    SET_PRIORITIES: { description: "Set the alliance's priorities." },
    ACT_AS_MULTIPLIERS: { description: 'Act as multipliers in the partner organisations.' },
    KNOW_LIVING_SITUATION: { description: "Gather knowledge of the target group's living situation." },
    COORDINATE_NEEDS_SURVEY: { description: 'Coordinate the survey of needs.' },
    MAKE_OFFERS_TRANSPARENT: { description: 'Make existing structures and offers transparent.' },
    DEVELOP_PROCEDURE_AGREEMENTS: { description: 'Develop procedure agreements between the agencies.' },
    PLAN_LOCAL_OFFERS: { description: 'Plan local offers.' },
  },
});

export enum StandingTaskStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

registerEnumType(StandingTaskStatus, {
  name: 'AllianceStandingTaskStatus',
  description: 'Where the core group stands with a standing task.',
  valuesConfig: {
    NOT_STARTED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    DONE: { description: 'Done, or established as routine.' },
  },
});
