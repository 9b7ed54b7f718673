import type { Logger } from '@gk/shared';
import { waitUntilReady, type ChildExit, type ManagedChild } from './child-process';

/** How the hub restarts a service that stopped on its own. */
export interface RestartPolicy {
  /** Wait before each restart in a row; one more crash than there are delays and the hub gives up. */
  readonly delaysMs: readonly number[];
  /** A process that ran this long before it crashed counts as healthy: the next crash starts a new row. */
  readonly healthyAfterMs: number;
  /** How long a restarted process may take to answer on its ready URL. */
  readonly readyTimeoutMs: number;
}

export const DEFAULT_RESTART_POLICY: Omit<RestartPolicy, 'readyTimeoutMs'> = {
  delaysMs: [1_000, 2_000, 4_000, 8_000, 16_000],
  healthyAfterMs: 60_000,
};

export interface SupervisedService {
  readonly name: string;
  /** Starts a fresh process of the service (same script, settings and heap limit every time). */
  spawn(): ManagedChild;
  readonly readyUrl: string;
}

export interface Supervisor {
  readonly name: string;
  /** The current process, replaced after each restart. */
  current(): ManagedChild;
  /** Stops the service and ends supervision: no restart after this. */
  stop(): Promise<void>;
}

function describeExit({ code, signal }: ChildExit): string {
  if (signal === 'SIGKILL') return 'killed (SIGKILL; out of memory, or killed by the system or an operator)';
  if (signal === 'SIGABRT') return 'aborted (SIGABRT; Node.js does this when a process reaches its heap limit)';
  return signal ? `ended by ${signal}` : `exit code ${code}`;
}

/**
 * Keeps a started service running: a process that stops on its own is started again after a growing
 * wait, while the others keep serving (the gateway answers partially without a subgraph; erasures reach
 * it on the sweep after it returns). A service that keeps crashing is not retried forever: after the
 * last delay the hub gives up loudly, so whatever runs the hub (an operator, systemd) notices.
 */
export function supervise(
  service: SupervisedService,
  first: ManagedChild,
  policy: RestartPolicy,
  logger: Logger,
  giveUp: (reason: string) => void,
): Supervisor {
  let child = first;
  let startedAt = Date.now();
  let crashesInARow = 0;
  let stopped = false;
  let pendingRestart: NodeJS.Timeout | undefined;

  const restart = async () => {
    pendingRestart = undefined;
    if (stopped) return;
    // This restart's process: by the time it fails, `child` may already be the next one.
    const restarted = service.spawn();
    child = restarted;
    startedAt = Date.now();
    watch(restarted);
    try {
      await waitUntilReady(restarted, service.readyUrl, policy.readyTimeoutMs);
      if (!stopped)
        logger.warn(
          { child: service.name, pid: restarted.process.pid, restarts: crashesInARow },
          `${service.name} is back after a restart`,
        );
    } catch (error) {
      // A restart that never became ready counts as one more crash in the row.
      if (stopped) return;
      logger.error(
        { child: service.name },
        `${service.name} did not become ready after a restart: ${(error as Error).message}`,
      );
      await restarted.stop();
    }
  };

  function watch(watched: ManagedChild) {
    void watched.ended.then((exit) => {
      if (stopped || watched !== child) return;
      if (Date.now() - startedAt >= policy.healthyAfterMs) crashesInARow = 0;
      crashesInARow += 1;
      const delayMs = policy.delaysMs[crashesInARow - 1];
      if (delayMs === undefined) {
        const reason =
          `${service.name} stopped unexpectedly ${crashesInARow} times in a row (last: ` +
          `${describeExit(exit)}); giving up and stopping the hub`;
        logger.fatal({ child: service.name, exitCode: exit.code, signal: exit.signal, crashesInARow }, reason);
        giveUp(reason);
        return;
      }
      logger.error(
        { child: service.name, exitCode: exit.code, signal: exit.signal, crashesInARow, restartInMs: delayMs },
        `${service.name} stopped unexpectedly (${describeExit(exit)}); restarting it in ${delayMs} ms (restart ` +
          `${crashesInARow} of ${policy.delaysMs.length}); the other services keep running`,
      );
      pendingRestart = setTimeout(() => void restart(), delayMs);
    });
  }

  watch(first);
  return {
    name: service.name,
    current: () => child,
    async stop() {
      stopped = true;
      if (pendingRestart) clearTimeout(pendingRestart);
      await child.stop();
    },
  };
}
