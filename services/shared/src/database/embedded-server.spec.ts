import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldersClosedTo, startEmbeddedServer } from './embedded-server';

/**
 * Started as root, the embedded server runs as the unprivileged "postgres" user. A DATA_DIR below a
 * folder only root may enter (a home folder, a mkdtemp folder) must fail naming that folder and the
 * permission, not with advice about disk space.
 */
describe('the embedded server and a folder its user may not enter', () => {
  let base: string;

  beforeAll(() => {
    base = mkdtempSync(path.join(os.tmpdir(), 'gk-closed-'));
    mkdirSync(path.join(base, 'locked'), { mode: 0o700 });
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  it('names every folder the user may not enter, outermost first, and none when all are open', () => {
    expect(foldersClosedTo('a-user-that-does-not-exist', path.join(base, 'locked'))).toEqual([
      { folder: base, mode: 0o700 },
      { folder: path.join(base, 'locked'), mode: 0o700 },
    ]);
    expect(foldersClosedTo('a-user-that-does-not-exist', os.tmpdir())).toEqual([]);
  });

  (process.getuid?.() === 0 ? it : it.skip)(
    'refuses to start with a message about permissions that names the folder',
    async () => {
      const dataDir = path.join(base, 'locked', 'data', 'postgres');
      const started = startEmbeddedServer({ dataDir, port: 0 });
      await expect(started).rejects.toThrow(
        `that user may not enter ${base} (mode 700), ${path.join(base, 'locked')} (mode 700).`,
      );
      await expect(started).rejects.toThrow('This is about permissions, not disk space.');
    },
  );
});
