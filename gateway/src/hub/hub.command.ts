import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';

/**
 * `npm start`: runs the hub (hub.main) in a session of its own and passes signals on to it.
 *
 * Ctrl-C in a terminal signals every process of the foreground job at once: the gateway, the subgraphs
 * and PostgreSQL would all stop together, the database possibly before the services still using it.
 * In a session of its own only the hub hears it (through this process) and stops the gateway, then the
 * subgraphs, then the database.
 */
function main(): void {
  const hub = spawn(process.execPath, [...process.execArgv, path.join(__dirname, 'hub.main.js')], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (hub.exitCode === null && hub.signalCode === null) hub.kill(signal);
    });
  }
  hub.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1)));
}

main();
