#!/usr/bin/env node
/**
 * The `looplab` command line.
 *
 *   looplab run <name> [--seed N] [--steps N] [--out DIR]   train a built-in run
 *   looplab list                                            list the built-in runs
 *   looplab --help | --version
 *
 * Exit codes: 0 success, 1 the run itself failed, 2 usage error (unknown command or option,
 * bad value). `main` takes argv and output sinks as arguments so that tests call it in-process.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { builtinRuns, findRun } from '../examples/index.js';
import type { BaseRunConfig, StepMetrics } from '../examples/types.js';
import type { CliIO } from './progress.js';
import { createProgress, formatLoss } from './progress.js';
import { JsonlWriter, createRunDir, writeJsonAtomic } from './run-dir.js';

export type { CliIO } from './progress.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

const COMMANDS = ['run', 'list', 'help'] as const;

/** The package version, read from package.json (two levels up from both src/cli and dist/cli). */
export function packageVersion(): string {
  const pkgPath = fileURLToPath(new URL('../../package.json', import.meta.url));
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

function usage(): string {
  const names = builtinRuns.map((r) => r.name).join(', ');
  return [
    'looplab — learning in loops: recurrent memory, in-context learning, online, equilibrium and meta-learning',
    '',
    'Usage:',
    '  looplab run <name> [--seed N] [--steps N] [--out DIR]',
    '  looplab list',
    '  looplab help',
    '  looplab --help | --version',
    '',
    'Commands:',
    '  run    train a built-in run and write config.json, metrics.jsonl and summary.json',
    '         to DIR/<name>-<timestamp>/ (DIR defaults to ./runs)',
    '  list   show the built-in runs',
    '  help   show this message',
    '',
    'Options for run:',
    '  --seed N    random seed (integer ≥ 0; default from the run)',
    '  --steps N   number of training steps (integer ≥ 1; default from the run)',
    '  --out DIR   parent directory for run directories (default: runs)',
    '',
    `Built-in runs: ${names}`,
    '',
  ].join('\n');
}

/** A usage error: message plus where to look, exit code 2. */
class UsageError extends Error {}

function parseCount(option: string, raw: string, min: number): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${option} expects an integer ≥ ${min}, got '${raw}'`);
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${option} expects an integer ≥ ${min}, got '${raw}'`);
  return n;
}

interface RunOptions {
  name: string;
  seed?: number;
  steps?: number;
  out: string;
}

function parseRunArgs(args: readonly string[]): RunOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        seed: { type: 'string' },
        steps: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nValid options for run: --seed N, --steps N, --out DIR, --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const valid = builtinRuns.map((r) => r.name).join(', ');
  if (positionals.length === 0) throw new UsageError(`run: missing the run name (valid: ${valid})`);
  if (positionals.length > 1) throw new UsageError(`run: expected one run name, got ${positionals.map((p) => `'${p}'`).join(' ')}`);
  const name = positionals[0];
  if (!findRun(name)) throw new UsageError(`run: unknown run '${name}' (valid: ${valid})`);
  return {
    name,
    seed: values.seed === undefined ? undefined : parseCount('seed', values.seed, 0),
    steps: values.steps === undefined ? undefined : parseCount('steps', values.steps, 1),
    out: values.out ?? 'runs',
  };
}

function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

async function runCommand(opts: RunOptions, io: CliIO, cwd: string, now: () => Date): Promise<number> {
  const run = findRun(opts.name);
  if (!run) throw new UsageError(`run: unknown run '${opts.name}'`);
  const base = run.defaultConfig();
  const config: BaseRunConfig = { ...base, ...(opts.seed !== undefined && { seed: opts.seed }), ...(opts.steps !== undefined && { steps: opts.steps }) };

  const started = now();
  const dir = createRunDir(path.resolve(cwd, opts.out), run.name, started);
  writeJsonAtomic(path.join(dir, 'config.json'), { run: run.name, version: packageVersion(), startedAt: started.toISOString(), config });
  const metrics = new JsonlWriter(path.join(dir, 'metrics.jsonl'));

  io.out(`${run.name}: ${run.description}\n`);
  io.out(`seed ${config.seed}, ${config.steps} steps\n`);
  const progress = createProgress(io, config.steps, Math.max(1, Math.round(config.steps / 10)));
  let first: StepMetrics | undefined;
  const t0 = performance.now();
  try {
    const result = await run.run(config, {
      onMetrics(m) {
        first ??= m;
        metrics.write(m);
        progress.update(m);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    metrics.close();
    progress.done();
    writeJsonAtomic(path.join(dir, 'summary.json'), {
      run: run.name,
      steps: result.steps,
      finalLoss: result.finalLoss,
      initialLoss: first?.loss ?? null,
      seconds,
      ...result.extra,
    });
    const extra = Object.entries(result.extra).map(([k, v]) => `, ${k} ${formatLoss(v)}`).join('');
    io.out(`done: loss ${first ? formatLoss(first.loss) + ' → ' : ''}${formatLoss(result.finalLoss)}${extra} in ${seconds.toFixed(1)}s\n`);
    io.out(`output: ${displayPath(dir, cwd)}\n`);
    return EXIT_OK;
  } catch (e) {
    metrics.close();
    progress.done();
    io.err(`looplab: run '${run.name}' failed: ${(e as Error).message}\n`);
    io.err(`partial output: ${displayPath(dir, cwd)}\n`);
    return EXIT_FAILURE;
  }
}

function listCommand(io: CliIO): number {
  const width = Math.max(...builtinRuns.map((r) => r.name.length));
  for (const r of builtinRuns) {
    const c = r.defaultConfig();
    io.out(`${r.name.padEnd(width)}  ${r.description} (default ${c.steps} steps)\n`);
  }
  return EXIT_OK;
}

export interface MainOptions {
  /** Directory that relative paths (`--out`) resolve against; default `process.cwd()`. */
  cwd?: string;
  /** Clock for run directory names; default `new Date()`. */
  now?: () => Date;
}

/** Standard output and error of this process. */
export function processIO(): CliIO {
  return {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    isTTY: process.stdout.isTTY === true,
  };
}

/** Run the CLI on `argv` (without `node` and the script path); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO(), options: MainOptions = {}): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? (() => new Date());
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.err(usage());
      return EXIT_USAGE;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(usage());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (valid: --help, --version)`);
    switch (first) {
      case 'list':
        if (rest.length > 0) throw new UsageError(`list takes no arguments, got '${rest.join(' ')}'`);
        return listCommand(io);
      case 'run': {
        const opts = parseRunArgs(rest);
        if (opts === 'help') {
          io.out(usage());
          return EXIT_OK;
        }
        return await runCommand(opts, io, cwd, now);
      }
      default:
        throw new UsageError(`unknown command '${first}' (valid: ${COMMANDS.join(', ')})`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`looplab: ${e.message}\nRun 'looplab --help' for usage.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** True when this file is the process entry point (also through npm's bin symlink). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`looplab: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
