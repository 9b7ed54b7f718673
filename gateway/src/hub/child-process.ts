import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts a Node.js service as a child with an IPC channel: when the hub dies, the channel closes
 * and the child stops itself, so no orphan keeps a port.
 */
export function startChild(name: string, script: string, env: NodeJS.ProcessEnv, nodeOptions: readonly string[] = []): ManagedChild {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeOptions, script], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    process: child,
    exited,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a URL until it answers 200, the child exits, or the time is up. */
export async function waitUntilReady(child: ManagedChild, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${child.name} stopped during start (exit code ${exitCode}); its log above names the cause.`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs} ms at ${url}. Raise START_TIMEOUT_MS or look at its log above.`);
}
