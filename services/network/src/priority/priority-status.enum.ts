import { registerEnumType } from 'type-graphql';

export enum PriorityStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}

registerEnumType(PriorityStatus, {
  name: 'AlliancePriorityStatus',
  description: 'Where work on a priority of the alliance stands.',
  valuesConfig: {
    OPEN: { description: 'Agreed, work not yet begun.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    ACHIEVED: { description: 'Reached.' },
    DROPPED: { description: 'Given up or overtaken by events.' },
  },
});
