/**
 * Parsing and checking the arguments of `run`, `sweep` and `report`. Everything here happens
 * before anything is written: a usage error leaves the file system untouched.
 */
import type { DeviceName } from '../index.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { ConfigError, applyOverrides, formatValue, lookupKey, mergeConfigJson, parseValueLike, typeName } from '../experiments/runner/config.js';
import type { Override } from '../experiments/runner/config.js';
import { memoryProblem, resolveMemoryLimit } from '../experiments/runner/limits.js';
import type { MemoryLimit } from '../experiments/runner/limits.js';
import { parseQueueUrl } from '../experiments/runner/queue-url.js';
import type { QueueUrl } from '../experiments/runner/queue-url.js';
import { configProblems, describeRange, inRange } from '../experiments/runner/ranges.js';
import { experimentNames, findExperiment } from '../experiments/runner/registry.js';
import { describeFsError } from '../experiments/runner/run-dir.js';
import { gridCombinations, withOverrides } from '../experiments/runner/sweep.js';
import type { GridAxis } from '../experiments/runner/sweep.js';
import type { AnyExperiment, ConfigObject } from '../experiments/runner/types.js';

/** A usage error: exit code 2, message says what is valid. */
export class UsageError extends Error {}

const DEVICES = ['cpu', 'webgpu'] as const;

export function parseCount(option: string, raw: string, min: number): number {
  const range = { integer: true, min };
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || !inRange(n, range)) throw new UsageError(`--${option} expects ${describeRange(range)}, got '${raw}'`);
  return n;
}

/** Split `--config.<key>[=<value>]` arguments out of argv (parseArgs cannot describe them). */
function splitConfigOverrides(args: readonly string[]): { rest: string[]; overrides: { key: string; raw: string | undefined }[] } {
  const rest: string[] = [];
  const overrides: { key: string; raw: string | undefined }[] = [];
  for (const a of args) {
    const m = /^--config\.([^=]*)(?:=(.*))?$/s.exec(a);
    if (m) overrides.push({ key: m[1], raw: m[2] });
    else rest.push(a);
  }
  return { rest, overrides };
}

function findOrThrow(command: string, name: string | undefined): AnyExperiment {
  const valid = experimentNames().join(', ');
  if (name === undefined) throw new UsageError(`${command}: missing the experiment name (valid: ${valid})`);
  const e = findExperiment(name);
  if (!e) throw new UsageError(`${command}: unknown experiment '${name}' (valid: ${valid})`);
  return e;
}

/** `--device`, else the LOOPLAB_DEVICE environment variable, else the CPU. */
export function checkDevice(raw: string | undefined): DeviceName {
  const fromEnv = raw === undefined;
  const value = raw ?? process.env.LOOPLAB_DEVICE ?? 'cpu';
  if (value === 'cpu' || value === 'webgpu') return value;
  throw new UsageError(`${fromEnv ? 'LOOPLAB_DEVICE' : '--device'} expects one of ${DEVICES.join(', ')}, got '${value}'`);
}

/**
 * The configuration from defaults (or the smoke configuration), a JSON file and dotted
 * overrides, type-checked and checked against the experiment's ranges and its own checks.
 */
function resolveConfig(
  exp: AnyExperiment,
  smoke: boolean,
  file: string | undefined,
  overrides: readonly { key: string; raw: string | undefined }[],
  cwd: string,
): ConfigObject {
  let config = smoke ? exp.smokeConfig() : exp.defaultConfig();
  try {
    if (file !== undefined) {
      const abs = path.resolve(cwd, file);
      if (!existsSync(abs)) throw new UsageError(`--config ${file}: no such file (looked for ${abs}); give the path of a JSON file of settings`);
      if (statSync(abs).isDirectory()) throw new UsageError(`--config ${file}: ${abs} is a directory; give the path of a JSON file of settings`);
      let text: string;
      try {
        text = readFileSync(abs, 'utf8');
      } catch (e) {
        throw new UsageError(`--config ${file}: ${describeFsError(e, abs, 'read')}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`--config ${file}: not valid JSON (${(e as Error).message})`);
      }
      config = mergeConfigJson(config, json, file);
    }
    // A bare boolean flag (`--config.verbose`) means true; any other type needs a value.
    const typed: Override[] = overrides.map(({ key, raw }) => {
      if (raw !== undefined) return { key, raw };
      const found = lookupKey(config, key);
      if ('value' in found && typeof found.value === 'boolean') return { key, raw: 'true' };
      if ('value' in found) throw new ConfigError([`--config.${key} needs a value: --config.${key}=<${typeName(found.value)}>`]);
      throw new ConfigError([found.error]);
    });
    config = applyOverrides(config, typed);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.problems.join('\n'));
    throw e;
  }
  const problems = configProblems(exp, config);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return config;
}

/** `--max-memory`, else LOOPLAB_MAX_MEMORY, else the default (see limits.ts). */
export function memoryLimit(raw: string | undefined): MemoryLimit {
  try {
    return resolveMemoryLimit(raw);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Refuse a configuration whose memory estimate exceeds the limit (`parallel` runs at once). */
export function checkMemory(experiment: AnyExperiment, config: ConfigObject, limit: MemoryLimit, parallel = 1): void {
  const problem = memoryProblem(experiment, config, limit, parallel);
  if (problem !== undefined) throw new UsageError(problem);
}

type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parse(
  command: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  validList: string,
): { values: ParsedValues; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values, positionals };
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nValid options for ${command}: ${validList}`);
  }
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export type RunArgs =
  | { readonly mode: 'help' }
  | { readonly mode: 'resume'; readonly dir: string; readonly name?: string; readonly device: DeviceName; readonly maxMemory: MemoryLimit }
  | {
      readonly mode: 'new';
      readonly device: DeviceName;
      readonly experiment: AnyExperiment;
      readonly config: ConfigObject;
      readonly seeds: readonly number[];
      readonly smoke: boolean;
      readonly out: string;
    };

const RUN_OPTIONS =
  '--config.<key>=<value>, --config FILE, --seed N, --seeds K, --device cpu|webgpu, --smoke, --out DIR, --max-memory BYTES, --resume DIR, --help';

export function parseRunArgs(args: readonly string[], cwd: string): RunArgs {
  const { rest, overrides } = splitConfigOverrides(args);
  const { values, positionals } = parse(
    'run',
    rest,
    {
      config: { type: 'string' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      device: { type: 'string' },
      smoke: { type: 'boolean' },
      out: { type: 'string' },
      'max-memory': { type: 'string' },
      resume: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    RUN_OPTIONS,
  );
  if (values.help) return { mode: 'help' };
  if (positionals.length > 1) throw new UsageError(`run: expected one experiment name, got ${positionals.map((p) => `'${p}'`).join(' ')}`);
  const device = checkDevice(str(values.device));
  const maxMemory = memoryLimit(str(values['max-memory']));
  const resume = str(values.resume);
  if (resume !== undefined) {
    const clash = [
      ...(overrides.length > 0 ? ['--config.<key>'] : []),
      ...(['config', 'seed', 'seeds', 'smoke', 'out'] as const).filter((k) => values[k] !== undefined).map((k) => `--${k}`),
    ];
    if (clash.length > 0) throw new UsageError(`run --resume: ${clash.join(', ')} cannot be combined with --resume (the run's config.json fixes them)`);
    const dir = path.resolve(cwd, resume);
    if (!existsSync(path.join(dir, 'config.json'))) throw new UsageError(`run --resume ${resume}: not a run directory (no config.json in ${dir})`);
    if (positionals[0] !== undefined) findOrThrow('run', positionals[0]);
    return { mode: 'resume', dir, device, maxMemory, ...(positionals[0] !== undefined && { name: positionals[0] }) };
  }
  const experiment = findOrThrow('run', positionals[0]);
  const smoke = values.smoke === true;
  const seed = values.seed === undefined ? 0 : parseCount('seed', str(values.seed) ?? '', 0);
  const count = values.seeds === undefined ? 1 : parseCount('seeds', str(values.seeds) ?? '', 1);
  const config = resolveConfig(experiment, smoke, str(values.config), overrides, cwd);
  // The seeds of a group run one after another, so one run's estimate is what must fit.
  checkMemory(experiment, config, maxMemory);
  return {
    mode: 'new',
    device,
    experiment,
    config,
    seeds: Array.from({ length: count }, (_, i) => seed + i),
    smoke,
    out: path.resolve(cwd, str(values.out) ?? 'runs'),
  };
}

export type SweepArgs =
  | { readonly mode: 'help' }
  | { readonly mode: 'resume'; readonly dir: string; readonly workers: number; readonly maxMemory: MemoryLimit }
  | {
      readonly mode: 'new';
      readonly experiment: AnyExperiment;
      readonly base: ConfigObject;
      readonly grid: readonly GridAxis[];
      readonly seeds: readonly number[];
      readonly workers: number;
      readonly smoke: boolean;
      readonly out: string;
      /** Submit the cells to a job queue instead of running them here. */
      readonly queue?: { readonly url: QueueUrl; readonly results?: string; readonly wait: boolean; readonly attempts: number };
    };

const SWEEP_OPTIONS =
  '--grid key=v1,v2 (repeatable), --seeds K, --seed N, --workers W, --config.<key>=<value>, --config FILE, --device cpu|webgpu, --smoke, --out DIR, --max-memory BYTES, --resume DIR, --queue redis://HOST:PORT[/DB], --results DIR, --wait, --attempts N, --help';

/** `--queue`, checked (not connected). */
export function queueUrl(raw: string): QueueUrl {
  try {
    return parseQueueUrl(raw);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** `key=v1,v2,v3`; values of list-valued keys are separated by ';' (`sizes=8,8;16,16`). */
function parseGrid(raw: string, base: ConfigObject, problems: string[]): GridAxis | undefined {
  const eq = raw.indexOf('=');
  if (eq <= 0) {
    problems.push(`--grid '${raw}': expected key=v1,v2,…`);
    return undefined;
  }
  const key = raw.slice(0, eq);
  const found = lookupKey(base, key);
  if ('error' in found) {
    problems.push(found.error);
    return undefined;
  }
  const list = raw.slice(eq + 1);
  const pieces = Array.isArray(found.value) ? list.split(';') : list.split(',');
  try {
    const values = pieces.map((p) => parseValueLike(found.value, p, key));
    if (values.length === 0 || list === '') throw new Error(`--grid ${key}: no values`);
    return { key, values };
  } catch (e) {
    problems.push((e as Error).message);
    return undefined;
  }
}

export function parseSweepArgs(args: readonly string[], cwd: string, defaultWorkers: number): SweepArgs {
  const { rest, overrides } = splitConfigOverrides(args);
  const { values, positionals } = parse(
    'sweep',
    rest,
    {
      grid: { type: 'string', multiple: true },
      seeds: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      config: { type: 'string' },
      device: { type: 'string' },
      smoke: { type: 'boolean' },
      out: { type: 'string' },
      'max-memory': { type: 'string' },
      resume: { type: 'string' },
      queue: { type: 'string' },
      results: { type: 'string' },
      wait: { type: 'boolean' },
      attempts: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    SWEEP_OPTIONS,
  );
  if (values.help) return { mode: 'help' };
  if (positionals.length > 1) throw new UsageError(`sweep: expected one experiment name, got ${positionals.map((p) => `'${p}'`).join(' ')}`);
  const workers = values.workers === undefined ? defaultWorkers : parseCount('workers', str(values.workers) ?? '', 1);
  const maxMemory = memoryLimit(str(values['max-memory']));
  const resume = str(values.resume);
  if (resume !== undefined) {
    const clash = [
      ...(positionals.length > 0 ? ['<name>'] : []),
      ...(overrides.length > 0 ? ['--config.<key>'] : []),
      ...(['grid', 'seeds', 'seed', 'config', 'device', 'smoke', 'out'] as const).filter((k) => values[k] !== undefined).map((k) => `--${k}`),
    ];
    if (clash.length > 0)
      throw new UsageError(
        `sweep --resume: ${clash.join(', ')} cannot be combined with --resume (the sweep's config.json fixes them; --workers and --max-memory may change)`,
      );
    const dir = path.resolve(cwd, resume);
    const file = path.join(dir, 'config.json');
    if (!existsSync(file)) throw new UsageError(`sweep --resume ${resume}: not a sweep directory (no config.json in ${dir})`);
    let kind: unknown;
    try {
      kind = (JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown }).kind;
    } catch (e) {
      throw new UsageError(`sweep --resume ${resume}: ${file} is not valid JSON (${(e as Error).message})`);
    }
    if (kind !== 'sweep') {
      const hint = kind === 'run' || kind === 'seeds' ? '; resume it with `looplab run --resume`' : '';
      throw new UsageError(`sweep --resume ${resume}: not a sweep directory (${file} has kind ${JSON.stringify(kind)})${hint}`);
    }
    return { mode: 'resume', dir, workers, maxMemory };
  }
  const rawQueue = str(values.queue);
  if (rawQueue === undefined) {
    const needQueue = (['results', 'wait', 'attempts'] as const).filter((k) => values[k] !== undefined).map((k) => `--${k}`);
    if (needQueue.length > 0) throw new UsageError(`sweep: ${needQueue.join(', ')} only apply with --queue redis://HOST:PORT (a sweep on a job queue)`);
  } else if (values.workers !== undefined) {
    throw new UsageError('sweep --queue: --workers does not apply (start `looplab worker --queue … --concurrency N` on each machine instead)');
  }
  const queue =
    rawQueue === undefined
      ? undefined
      : {
          url: queueUrl(rawQueue),
          ...(values.results !== undefined ? { results: path.resolve(cwd, str(values.results) ?? '') } : {}),
          wait: values.wait === true,
          attempts: values.attempts === undefined ? 3 : parseCount('attempts', str(values.attempts) ?? '', 1),
        };
  const experiment = findOrThrow('sweep', positionals[0]);
  if (checkDevice(str(values.device)) !== 'cpu') {
    throw new UsageError('sweep: sweeps run on CPU worker threads; run single configurations on WebGPU with `looplab run <name> --device webgpu`');
  }
  const smoke = values.smoke === true;
  const seed = values.seed === undefined ? 0 : parseCount('seed', str(values.seed) ?? '', 0);
  const count = values.seeds === undefined ? 1 : parseCount('seeds', str(values.seeds) ?? '', 1);
  const base = resolveConfig(experiment, smoke, str(values.config), overrides, cwd);
  const problems: string[] = [];
  const rawGrid = Array.isArray(values.grid) ? values.grid.filter((g): g is string => typeof g === 'string') : [];
  const grid = rawGrid.map((g) => parseGrid(g, base, problems)).filter((g): g is GridAxis => g !== undefined);
  const keys = grid.map((g) => g.key);
  const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
  if (dup.length > 0) problems.push(`--grid: key ${dup[0]} appears more than once`);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  // Every point of the grid must pass the experiment's own checks too, and fit in memory while
  // as many runs as there are workers (at most one per job) share the machine.
  const combos = gridCombinations(grid);
  const parallel = Math.min(workers, combos.length * count);
  for (const combo of combos) {
    const config = withOverrides(base, combo);
    let p = configProblems(experiment, config);
    if (p.length === 0) {
      const tooBig = memoryProblem(experiment, config, maxMemory, parallel);
      if (tooBig !== undefined) p = [tooBig];
    }
    if (p.length > 0)
      problems.push(
        `--grid point ${Object.entries(combo)
          .map(([k, v]) => `${k}=${formatValue(v)}`)
          .join(', ')}: ${p.join('; ')}`,
      );
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return {
    mode: 'new',
    experiment,
    base,
    grid,
    seeds: Array.from({ length: count }, (_, i) => seed + i),
    workers,
    smoke,
    out: path.resolve(cwd, str(values.out) ?? 'runs'),
    ...(queue !== undefined ? { queue } : {}),
  };
}

export type ReportArgs = { readonly mode: 'help' } | { readonly mode: 'render'; readonly dirs: readonly string[]; readonly out: string };

export function parseReportArgs(args: readonly string[], cwd: string): ReportArgs {
  const { values, positionals } = parse(
    'report',
    args,
    { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    '--out DIR (for several runs), --help',
  );
  if (values.help) return { mode: 'help' };
  if (positionals.length === 0) throw new UsageError('report: give one or more run directories');
  const dirs = positionals.map((p) => {
    const dir = path.resolve(cwd, p);
    if (!existsSync(path.join(dir, 'config.json'))) throw new UsageError(`report: ${p} is not a run directory (no config.json in ${dir})`);
    return dir;
  });
  if (values.out !== undefined && dirs.length === 1)
    throw new UsageError('report: --out is for comparing several runs; a single run is re-rendered in its own directory');
  return { mode: 'render', dirs, out: values.out !== undefined ? path.resolve(cwd, str(values.out) ?? '') : besideInputs(dirs, cwd) };
}

/** Where a comparison goes without --out: the deepest folder holding every input (./runs if that is the file-system root). */
function besideInputs(dirs: readonly string[], cwd: string): string {
  let common = path.dirname(dirs[0]);
  for (const d of dirs) while (common !== path.dirname(common) && path.relative(common, d).startsWith('..')) common = path.dirname(common);
  return common === path.dirname(common) ? path.resolve(cwd, 'runs') : common;
}
