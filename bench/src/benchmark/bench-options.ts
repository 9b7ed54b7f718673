import { OPERATION_IDS, type OperationId } from './types';

export const SCALES = ['demo', 'nrw', 'xl'] as const;
export type Scale = (typeof SCALES)[number];

export interface BenchOptions {
  scale: Scale;
  seed: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  operations: OperationId[];
  /** Folder the JSON and Markdown results go to; null writes none (the smoke test). */
  resultsDir: string | null;
  /** Sequential requests per size for the statement probe. */
  probeRequests: number;
  /** Folder for a V8 CPU profile of every hub process (`--cpu-prof`), written when they stop; null for none. */
  profileDir: string | null;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, 'scale' | 'resultsDir'> = {
  seed: 42,
  durationSeconds: 15,
  warmupSeconds: 3,
  connections: 10,
  operations: [...OPERATION_IDS],
  probeRequests: 5,
  profileDir: null,
};

const USAGE =
  'npm run bench -- --scale demo|nrw|xl [--duration 15] [--warmup 3] [--connections 10] ' +
  '[--operations 1,2,3,4,5] [--seed 42] [--results bench/results] [--probe-requests 5] [--profile DIR]';

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} needs a positive number, got "${value ?? ''}". Usage: ${USAGE}`);
  return n;
}

/** Reads the command line; unknown flags are refused so a typo does not run a 15-minute benchmark with defaults. */
export function parseBenchArgs(argv: readonly string[], resultsDir: string): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, scale: 'demo', resultsDir };
  let scaleGiven = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--scale':
        if (!SCALES.includes(value as Scale))
          throw new Error(`--scale must be one of ${SCALES.join(', ')}. Usage: ${USAGE}`);
        options.scale = value as Scale;
        scaleGiven = true;
        break;
      case '--duration':
        options.durationSeconds = positive('duration', value);
        break;
      case '--warmup':
        options.warmupSeconds = positive('warmup', value);
        break;
      case '--connections':
        options.connections = Math.round(positive('connections', value));
        break;
      case '--seed':
        options.seed = Math.round(positive('seed', value));
        break;
      case '--operations': {
        const ids = (value ?? '').split(',').map((s) => Number(s.trim()));
        if (ids.length === 0 || ids.some((id) => !OPERATION_IDS.includes(id as OperationId))) {
          throw new Error(`--operations takes a comma-separated list of ${OPERATION_IDS.join(', ')}. Usage: ${USAGE}`);
        }
        options.operations = [...new Set(ids as OperationId[])].sort();
        break;
      }
      case '--results':
        if (!value) throw new Error(`--results needs a folder. Usage: ${USAGE}`);
        options.resultsDir = value;
        break;
      case '--probe-requests':
        options.probeRequests = Math.round(positive('probe-requests', value));
        break;
      case '--profile':
        if (!value) throw new Error(`--profile needs a folder for the CPU profiles. Usage: ${USAGE}`);
        options.profileDir = value;
        break;
      case '--help':
        throw new Error(`Usage: ${USAGE}`);
      default:
        throw new Error(`Unknown option "${flag}". Usage: ${USAGE}`);
    }
    i += 1;
  }
  if (!scaleGiven) throw new Error(`--scale is required. Usage: ${USAGE}`);
  return options;
}
