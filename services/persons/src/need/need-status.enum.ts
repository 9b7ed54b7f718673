import { registerEnumType } from 'type-graphql';

export enum PersonNeedStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  CLOSED = 'CLOSED',
}

/** MET and CLOSED end a need; a new need is recorded if it arises again. */
export const NEED_FINAL_STATUSES: readonly PersonNeedStatus[] = [PersonNeedStatus.MET, PersonNeedStatus.CLOSED];

registerEnumType(PersonNeedStatus, {
  name: 'PersonNeedStatus',
  description: 'Where a need stands. OPEN needs are the demand the analytics compares with free seats.',
  valuesConfig: {
    OPEN: { description: 'Recorded, nothing arranged yet.' },
    IN_PROGRESS: { description: 'Something is arranged (a referral, an enrollment) but the need is not met yet.' },
    MET: { description: 'The need is met. Final.' },
    CLOSED: { description: 'Closed without being met (no longer relevant, person moved away). Final.' },
  },
});
