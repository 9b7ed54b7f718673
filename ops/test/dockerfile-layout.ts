import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What the Dockerfile says about the final image, besides its files. */
export interface ImageSettings {
  env: Record<string, string>;
  user: string;
  cmd: string[];
}

interface Instruction {
  stage: string;
  op: string;
  args: string;
}

/** The stages a stage builds on (FROM <stage> AS <name>), outermost first, ending with itself. */
function stageChain(instructions: readonly Instruction[], stage: string): string[] {
  const from = instructions.find((i) => i.stage === stage && i.op === 'FROM')?.args.split(/\s+/)[0];
  const parent = from && instructions.some((i) => i.stage === from) ? from : undefined;
  return parent ? [...stageChain(instructions, parent), stage] : [stage];
}

/** The Dockerfile's instructions with their stage, continuation lines joined, comments dropped. */
export function readDockerfile(file: string): Instruction[] {
  const lines = readFileSync(file, 'utf8').replace(/\\\n/g, ' ').split('\n');
  const instructions: Instruction[] = [];
  let stage = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [, op, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (op === 'FROM') stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? 'final';
    instructions.push({ stage, op, args });
  }
  return instructions;
}

/**
 * Lays out the `runtime-files` stage (after the stages it builds on) in `root` step by step, as Docker would: COPY from
 * the build
 * context (the repository), COPY --from=build (the repository's own build output, which is what the
 * build stage produces from the same sources), RUN (npm, from the local cache where it can).
 * Returns the final stage's ENV, USER and CMD.
 */
export function layOutImage(repo: string, dockerfile: string, root: string): ImageSettings {
  const instructions = readDockerfile(dockerfile);
  const copy = (from: string, to: string) => {
    if (!existsSync(from))
      throw new Error(`COPY source ${path.relative(repo, from)} does not exist: build the workspace first`);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
  };
  const chain = stageChain(instructions, 'runtime-files');
  for (const { op, args } of instructions
    .filter((i) => chain.includes(i.stage))
    .sort((a, b) => chain.indexOf(a.stage) - chain.indexOf(b.stage))) {
    if (op === 'COPY') {
      const parts = args.split(/\s+/);
      const fromBuild = parts[0] === '--from=build';
      const paths = fromBuild ? parts.slice(1) : parts;
      const dest = paths.pop() as string;
      for (const src of paths) {
        const source = fromBuild ? path.join(repo, src.replace(/^\/app\//, '')) : path.join(repo, src);
        const target =
          dest.endsWith('/') || paths.length > 1 ? path.join(root, dest, path.basename(src)) : path.join(root, dest);
        copy(source, target);
      }
    } else if (op === 'RUN') {
      execSync(args, {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, npm_config_prefer_offline: 'true', npm_config_loglevel: 'error' },
      });
    } else if (op !== 'FROM' && op !== 'WORKDIR') {
      throw new Error(`The test does not know how to lay out "${op}" in the runtime-files stage`);
    }
  }
  const final = instructions.filter((i) => i.stage === 'final');
  const env = Object.fromEntries(
    final.filter((i) => i.op === 'ENV').map((i) => i.args.split('=', 2) as [string, string]),
  );
  const user = final.find((i) => i.op === 'USER')?.args ?? 'root';
  const cmd = JSON.parse(final.find((i) => i.op === 'CMD')?.args ?? '[]') as string[];
  return { env, user, cmd };
}
