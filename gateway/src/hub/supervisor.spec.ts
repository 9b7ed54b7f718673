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
    // Runs out of heap on its first start (as a gateway under too much load may), runs on after that.
    writeFileSync(
      path.join(dir, 'out-of-memory-once.js'),
      [
        "const fs = require('node:fs');",
        `const marker = ${JSON.stringify(path.join(dir, 'ran-out-once'))};`,
        'if (!fs.existsSync(marker)) {',
        "  fs.writeFileSync(marker, '');",
        '  const hoard = [];',
        '  for (;;) hoard.push(new Array(100_000).fill(hoard.length));',
        '}',
        'setInterval(() => undefined, 1000);',
        '',
      ].join('\n'),
    );
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'restarts a service that keeps crashing once per delay, ' + 'then gives up loudly instead of retrying forever',
    async () => {
      const started: ManagedChild[] = [];
      const spawn = () => {
        const child = startChild('crashing', crashing, process.env);
        started.push(child);
        return child;
      };
      const reason = await new Promise<string>((resolve) =>
        supervise({ name: 'crashing', spawn, readyUrl: 'http://127.0.0.1:9/ready' }, spawn(), policy, logger, resolve),
      );
      expect(started).toHaveLength(3);
      expect(reason).toBe(
        'crashing stopped unexpectedly 3 times in a row (last: exit code 3); giving up and stopping the hub',
      );
    },
  );

  it('starts a new process in place of a killed one, and none after it was stopped', async () => {
    const started: ManagedChild[] = [];
    const spawn = () => {
      const child = startChild('running', running, process.env);
      started.push(child);
      return child;
    };
    const giveUp = jest.fn();
    const supervisor = supervise(
      { name: 'running', spawn, readyUrl: 'http://127.0.0.1:9/ready' },
      spawn(),
      { ...policy, readyTimeoutMs: 60_000 },
      logger,
      giveUp,
    );
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

  it('restarts a process that ran out of memory, saying so', async () => {
    // Its output is dropped: jest's worker reads its own stderr for V8's "heap out of memory" and would
    // take the child's message for its own death.
    const spawn = () =>
      startChild('hungry', path.join(dir, 'out-of-memory-once.js'), process.env, ['--max-old-space-size=16'], 'ignore');
    const logged: string[] = [];
    const recording = createLogger('hub', 'info');
    const errorSpy = jest
      .spyOn(recording, 'error')
      .mockImplementation(((_fields: object, message: string) => void logged.push(message)) as never);
    const first = spawn();
    const supervisor = supervise(
      { name: 'hungry', spawn, readyUrl: 'http://127.0.0.1:9/ready' },
      first,
      { ...policy, readyTimeoutMs: 60_000 },
      recording,
      jest.fn(),
    );
    expect(await first.ended).toMatchObject({ signal: 'SIGABRT' });
    while (supervisor.current() === first) await new Promise((r) => setTimeout(r, 10));
    expect(supervisor.current().process.exitCode).toBeNull();
    expect(logged).toEqual([
      expect.stringContaining(
        'hungry stopped unexpectedly (aborted (SIGABRT; Node.js does this when a process reaches its heap ' +
          'limit)); restarting it in 10 ms',
      ),
    ]);
    await supervisor.stop();
    errorSpy.mockRestore();
  });
});
