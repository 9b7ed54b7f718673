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

  constructor(private readonly processes: readonly { name: string; pid: number }[], private readonly intervalMs = 200) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): Record<string, MemorySample> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const round = (n: number) => Math.round(n * 10) / 10;
    return Object.fromEntries(this.processes.map((p) => [p.name, { peakRssMb: round(this.peaks.get(p.name) ?? 0), hwmMb: round(statusField(p.pid, 'VmHWM')) }]));
  }

  private sample(): void {
    for (const p of this.processes) this.peaks.set(p.name, Math.max(this.peaks.get(p.name) ?? 0, statusField(p.pid, 'VmRSS')));
  }
}
