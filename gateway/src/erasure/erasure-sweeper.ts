import { randomUUID } from 'node:crypto';
import type { KeyLike } from 'jose';
import {
  SYSTEM_SUBJECT,
  safeErrorFields,
  signGatewayToken,
  type Identity,
  type Logger,
  type SubgraphName,
} from '@gk/shared';

/** The gateway's own identity for erasure sweeps. Users never carry it: the gateway refuses it in user tokens. */
export const SYSTEM_IDENTITY: Identity = {
  subject: SYSTEM_SUBJECT,
  organizationId: null,
  roles: ['DATA_PROTECTION_OFFICER'],
  ags: [],
  purpose: null,
};

/**
 * How long after claiming a sweep still starts calls for what it claimed: half of persons' 60 s claim,
 * so that with each call bounded by 10 s (two per subgraph) no call outlives the claim.
 */
const CLAIM_WORK_MS = 30_000;

interface PendingErasure {
  personId: string;
  pendingSubgraphs: string[];
}

export interface ErasureSweeperOptions {
  subgraphUrls: Record<SubgraphName, string>;
  signingKey: KeyLike;
  logger: Logger;
  intervalMs: number;
}

export interface SweepResult {
  erased: number;
  failed: number;
}

/**
 * Carries an erasure requested in the persons subgraph to every other subgraph that holds data about
 * the person. The persons subgraph keeps the durable list of erasures and of the subgraphs that have
 * confirmed; the sweeper asks for what is pending, calls each subgraph's internal erase mutation and
 * confirms. A subgraph that was down is simply still pending, and the next sweep after it returns
 * completes the erasure. With several gateways, persons hands each erasure to one sweep at a time
 * (a claim with a time limit, released at the end of the pass). Logs counts only, never a person's id.
 */
export class ErasureSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SweepResult> | undefined;

  constructor(private readonly options: ErasureSweeperOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.options.intervalMs);
    this.timer.unref();
    void this.sweep();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One pass; concurrent calls share the pass under way. */
  sweep(): Promise<SweepResult> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<SweepResult> {
    // Persons claims what it hands out for this id, so another gateway's sweep skips it (see ERASURE_CLAIM_SECONDS
    // there).
    const claimId = randomUUID();
    const claimedAt = Date.now();
    let pending: PendingErasure[];
    try {
      pending = (
        await this.call<{ _pendingErasures: PendingErasure[] }>(
          'persons',
          'query($claimId: ID) { _pendingErasures(claimId: $claimId) { personId pendingSubgraphs } }',
          { claimId },
        )
      )._pendingErasures;
    } catch (error) {
      this.options.logger.warn(
        { ...safeErrorFields(error) },
        'erasure sweep: persons subgraph not reachable; will retry',
      );
      return { erased: 0, failed: 0 };
    }
    let erased = 0;
    let failed = 0;
    for (const erasure of pending) {
      for (const subgraph of erasure.pendingSubgraphs) {
        // The claim lasts 60 s; a call starting later than this could outlive it and overlap another gateway's.
        if (Date.now() - claimedAt > CLAIM_WORK_MS) continue;
        try {
          await this.call(
            subgraph as SubgraphName,
            'mutation($personId: ID!) { _erasePersonData(personId: $personId) }',
            { personId: erasure.personId },
          );
          await this.call(
            'persons',
            'mutation($personId: ID!, $subgraph: String!) { _confirmErasure(personId: $personId, subgraph: ' +
              '$subgraph) }',
            {
              personId: erasure.personId,
              subgraph,
            },
          );
          erased += 1;
        } catch (error) {
          failed += 1;
          this.options.logger.warn(
            { subgraph, ...safeErrorFields(error) },
            'erasure sweep: a subgraph did not erase yet; will retry',
          );
        }
      }
    }
    if (pending.length > 0) {
      try {
        await this.call('persons', 'mutation($claimId: ID!) { _releaseErasures(claimId: $claimId) }', { claimId });
      } catch (error) {
        // The claim runs out by itself; until then the other gateways skip these erasures.
        this.options.logger.warn(
          { ...safeErrorFields(error) },
          'erasure sweep: could not release the claim; it runs out by itself',
        );
      }
    }
    if (erased > 0 || failed > 0) this.options.logger.info({ erased, failed }, 'erasure sweep');
    return { erased, failed };
  }

  private async call<T>(subgraph: SubgraphName, query: string, variables?: Record<string, unknown>): Promise<T> {
    const url = this.options.subgraphUrls[subgraph];
    if (!url) throw new Error(`no URL for subgraph ${subgraph}`);
    const token = await signGatewayToken(this.options.signingKey, SYSTEM_IDENTITY, subgraph);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
    if (!res.ok || body.errors?.length || !body.data) {
      throw new Error(
        `subgraph ${subgraph} answered ${res.status} ${body.errors?.map((e) => e.extensions?.code).join(',') ?? ''}`,
      );
    }
    return body.data;
  }
}
