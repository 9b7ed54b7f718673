import { spawn } from 'node:child_process';
import { isAlive } from './process-tree';

describe('isAlive', () => {
  it('tells a running process from one that has exited but was not reaped yet', async () => {
    // The shell starts `sleep 0` in the background and then becomes `sleep 5`, which never waits for it: the
    // short sleep ends and stays a zombie of the long one, as an orphan does under an init that reaps late.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (d) => resolve(`${d}`))));
      await new Promise((r) => setTimeout(r, 300));
      expect(isAlive(parent.pid as number)).toBe(true);
      expect(isAlive(zombie)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('says a process id nobody has is not alive', () => {
    expect(isAlive(2 ** 22 + 1)).toBe(false);
  });
});
