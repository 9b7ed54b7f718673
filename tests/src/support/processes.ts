import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';

/** Free TCP ports on the loopback interface, distinct from each other. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve) => {
          const s = net.createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export { isAlive } from '@gk/gateway/testing';

/** Every process below `pid`, children and grandchildren. */
export function descendants(pid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const pairs = out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of pairs) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves once the output contains `text`; rejects when the process ends first or time runs out. */
  waitFor(text: string, timeoutMs: number): Promise<void>;
}

/** `detached` starts the process as a job of its own, as a shell does: Ctrl-C is then `kill(-pid, 'SIGINT')`. */
/** `ipc` gives a node child the channel the hub gives its services: they stop when this process is gone. */
export function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  options: { detached?: boolean; ipc?: boolean } = {},
): StartedProcess {
  const child = spawn(command, args, {
    env,
    cwd,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(text, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (done) throw new Error(`process ended before printing "${text}":\n${output.slice(-3000)}`);
        if (Date.now() > deadline)
          throw new Error(`"${text}" not printed within ${timeoutMs} ms:\n${output.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/**
 * The process below `root` running `script` (matched on its command line), or undefined. Linux only:
 * it reads /proc, where the hub's children can be told apart by the script they run.
 */
export function descendantRunning(root: number, script: string): number | undefined {
  return descendants(root).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(script);
    } catch {
      return false;
    }
  });
}

/** The environment a running process was started with (Linux /proc). */
export function environmentOf(pid: number): Record<string, string> {
  const pairs = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}

/**
 * One HTTP request over node:http. Not fetch: it refuses ports browsers block (6000, 6665-6669, ...),
 * and a hub on such a port must be reachable in tests as it is for operators.
 */
export function httpRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, timeout: 15_000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.once('timeout', () => req.destroy(new Error(`no answer from ${url}`)));
    req.once('error', reject);
    req.end(options.body);
  });
}

/** Ports Node's fetch refuses ("bad port") although any server may listen there. */
export const FETCH_REFUSED_PORTS = [6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080] as const;

/** A free port that fetch refuses: the hub must work there too. */
export async function freeFetchRefusedPort(): Promise<number> {
  for (const port of FETCH_REFUSED_PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`none of the ports fetch refuses is free here: ${FETCH_REFUSED_PORTS.join(', ')}`);
}
