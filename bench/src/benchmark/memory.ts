import { readFileSync } from 'node:fs';
import type { MemorySample } from './types';

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the resident set of each process every `intervalMs` while an operation runs (Linux
 * /proc); VmHWM at the end is the peak since the process started.
 */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly processes: readonly { name: string; pid: number }[],
    private readonly intervalMs = 200,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): Record<string, MemorySample> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const round = (n: number) => Math.round(n * 10) / 10;
    return Object.fromEntries(
      this.processes.map((p) => [
        p.name,
        { peakRssMb: round(this.peaks.get(p.name) ?? 0), hwmMb: round(statusField(p.pid, 'VmHWM')) },
      ]),
    );
  }

  private sample(): void {
    for (const p of this.processes)
      this.peaks.set(p.name, Math.max(this.peaks.get(p.name) ?? 0, statusField(p.pid, 'VmRSS')));
  }
}

/** CPU time (user + system, clock ticks) a process has used so far. */
function cpuTicks(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces) start at ") ": utime and stime are fields 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * Waits until the processes have stopped working: a load run ends with requests still in flight
 * inside the gateway and the subgraphs (the load tool closes its sockets, the servers finish what
 * they started). Idle means under 3 ticks (30 ms of CPU) over 200 ms, twice in a row.
 */
export async function waitIdle(pids: readonly number[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  let before = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    const now = pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
    quiet = now - before < 3 ? quiet + 1 : 0;
    before = now;
  }
}
