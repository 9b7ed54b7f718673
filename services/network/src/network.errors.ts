import { DomainError } from '@gk/shared';

/** Domain error codes of the network subgraph; each names one refused rule. */
export const NetworkErrorCode = {
  ALLIANCE_EXISTS: 'ALLIANCE_EXISTS',
  CORE_GROUP_OVERLAP: 'CORE_GROUP_OVERLAP',
  MEMBERSHIP_ALREADY_ENDED: 'MEMBERSHIP_ALREADY_ENDED',
} as const;

export const NETWORK_ERROR_CODES: readonly string[] = Object.values(NetworkErrorCode);

export const allianceExists = () =>
  new DomainError(
    NetworkErrorCode.ALLIANCE_EXISTS,
    'The lead municipality already has an alliance under this programme.',
    {
      field: 'input.leadAgs',
    },
  );

export const coreGroupOverlap = () =>
  new DomainError(
    NetworkErrorCode.CORE_GROUP_OVERLAP,
    'The organisation already holds a seat in this core group during this period.',
  );

export const membershipAlreadyEnded = () =>
  new DomainError(NetworkErrorCode.MEMBERSHIP_ALREADY_ENDED, 'The membership has already ended.');
