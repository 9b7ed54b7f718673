import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Resolves with the exit code and the signal that ended the process, if one did. */
  readonly ended: Promise<ChildExit>;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts a Node.js service as a child with an IPC channel: when the hub dies, the channel closes
 * and the child stops itself, so no orphan keeps a port.
 */
export function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  nodeOptions: readonly string[] = [],
  output: 'inherit' | 'ignore' = 'inherit',
): ManagedChild {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeOptions, script], {
    env,
    stdio: ['ignore', output, output, 'ipc'],
  });
  const ended = new Promise<ChildExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const exited = ended.then((e) => e.code);
  return {
    name,
    process: child,
    exited,
    ended,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * One GET over node:http: true on 200. Not fetch, which refuses ports browsers block (6000, 6665-6669,
 * 10080, ...) with "bad port" although the service answers there.
 */
export function answersOk(url: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
  });
}

/** Polls a URL until it answers 200, the child exits, or the time is up. */
export async function waitUntilReady(child: ManagedChild, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`${child.name} stopped during start (exit code ${exitCode}); its log above names the cause.`);
    if (await answersOk(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `${child.name} was not ready within ${timeoutMs} ms at ${url}. Raise START_TIMEOUT_MS or look at its log above.`,
  );
}
