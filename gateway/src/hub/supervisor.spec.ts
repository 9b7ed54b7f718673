import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@gk/shared';
import { startChild, type ManagedChild } from './child-process';
import { supervise } from './supervisor';

/** Real processes: a service that dies at once, and one that runs until it is stopped. */
describe('supervise', () => {
  let dir: string;
  let crashing: string;
  let running: string;
  const logger = createLogger('hub', 'silent');
  const policy = { delaysMs: [10, 20], healthyAfterMs: 60_000, readyTimeoutMs: 5_000 };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gk-supervisor-'));
    crashing = path.join(dir, 'crashing.js');
    running = path.join(dir, 'running.js');
    writeFileSync(crashing, 'process.exit(3);\n');
    writeFileSync(running, "setInterval(() => undefined, 1000);\nprocess.on('disconnect', () => process.exit(0));\n");
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('restarts a service that keeps crashing once per delay, then gives up loudly instead of retrying forever', async () => {
    const started: ManagedChild[] = [];
    const spawn = () => {
      const child = startChild('crashing', crashing, process.env);
      started.push(child);
      return child;
    };
    const reason = await new Promise<string>((resolve) => supervise({ name: 'crashing', spawn, readyUrl: 'http://127.0.0.1:9/ready' }, spawn(), policy, logger, resolve));
    expect(started).toHaveLength(3);
    expect(reason).toBe('crashing stopped unexpectedly 3 times in a row (last: exit code 3); giving up and stopping the hub');
  });

  it('starts a new process in place of a killed one, and none after it was stopped', async () => {
    const started: ManagedChild[] = [];
    const spawn = () => {
      const child = startChild('running', running, process.env);
      started.push(child);
      return child;
    };
    const giveUp = jest.fn();
    const supervisor = supervise({ name: 'running', spawn, readyUrl: 'http://127.0.0.1:9/ready' }, spawn(), { ...policy, readyTimeoutMs: 60_000 }, logger, giveUp);
    const first = supervisor.current();
    first.process.kill('SIGKILL');
    await first.exited;
    while (supervisor.current() === first) await new Promise((r) => setTimeout(r, 10));
    const second = supervisor.current();
    expect(second.process.pid).not.toBe(first.process.pid);
    expect(second.process.exitCode).toBeNull();

    await supervisor.stop();
    expect(await second.ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(started).toHaveLength(2);
    expect(giveUp).not.toHaveBeenCalled();
  });
});
