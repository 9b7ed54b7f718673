import { registerEnumType } from 'type-graphql';

export enum ForumKind {
  WORKING_GROUP = 'WORKING_GROUP',
  EVENT = 'EVENT',
}

registerEnumType(ForumKind, {
  name: 'AllianceForumKind',
  description: 'Whether a forum (Bündnisforum) is a standing working group or a single event.',
  valuesConfig: {
    WORKING_GROUP: { description: 'A working group meeting over a period.' },
    EVENT: { description: 'A single event such as a conference or a network meeting.' },
  },
});
