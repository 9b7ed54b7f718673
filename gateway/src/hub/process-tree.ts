import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a process still runs. One that has exited but was not yet reaped (a zombie, state Z) answers signal
 * 0 like a running one; where the machine's init reaps orphans late, or never (a container's first process),
 * it would look alive for good, so its state is read from /proc where there is one.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // The state follows the command name in parentheses, which may itself contain spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return !existsSync('/proc/self');
  }
}

/** The PostgreSQL server's process id from its cluster folder, or undefined when none runs there. */
export function postmasterPid(clusterDir: string): number | undefined {
  const file = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return pid > 0 ? pid : undefined;
}
