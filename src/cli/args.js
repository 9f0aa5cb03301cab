import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, applyOverrides, formatValue, lookupKey, mergeConfigJson, parseValueLike, typeName } from '../experiments/runner/config.js';
import { memoryProblem, resolveMemoryLimit } from '../experiments/runner/limits.js';
import { parseQueueUrl } from '../experiments/runner/queue-url.js';
import { configProblems, describeRange, inRange } from '../experiments/runner/ranges.js';
import { experimentNames, findExperiment } from '../experiments/runner/registry.js';
import { describeFsError } from '../experiments/runner/run-dir.js';
import { gridCombinations, withOverrides } from '../experiments/runner/sweep.js';
/** A usage error: exit code 2, message says what is valid. */
export class UsageError extends Error {
}
const DEVICES = ['cpu', 'webgpu'];
export function parseCount(option, raw, min) {
    const range = { integer: true, min };
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || !inRange(n, range))
        throw new UsageError(`--${option} expects ${describeRange(range)}, got '${raw}'`);
    return n;
}
/** Split `--config.<key>[=<value>]` arguments out of argv (parseArgs cannot describe them). */
function splitConfigOverrides(args) {
    const rest = [];
    const overrides = [];
    for (const a of args) {
        const m = /^--config\.([^=]*)(?:=(.*))?$/s.exec(a);
        if (m)
            overrides.push({ key: m[1], raw: m[2] });
        else
            rest.push(a);
    }
    return { rest, overrides };
}
function findOrThrow(command, name) {
    const valid = experimentNames().join(', ');
    if (name === undefined)
        throw new UsageError(`${command}: missing the experiment name (valid: ${valid})`);
    const e = findExperiment(name);
    if (!e)
        throw new UsageError(`${command}: unknown experiment '${name}' (valid: ${valid})`);
    return e;
}
/** `--device`, else the LOOPLAB_DEVICE environment variable, else the CPU. */
export function checkDevice(raw) {
    const fromEnv = raw === undefined;
    const value = raw ?? process.env.LOOPLAB_DEVICE ?? 'cpu';
    if (value === 'cpu' || value === 'webgpu')
        return value;
    throw new UsageError(`${fromEnv ? 'LOOPLAB_DEVICE' : '--device'} expects one of ${DEVICES.join(', ')}, got '${value}'`);
}
/**
 * The configuration from defaults (or the smoke configuration), a JSON file and dotted
 * overrides, type-checked and checked against the experiment's ranges and its own checks.
 */
function resolveConfig(exp, smoke, file, overrides, cwd) {
    let config = smoke ? exp.smokeConfig() : exp.defaultConfig();
    try {
        if (file !== undefined) {
            const abs = path.resolve(cwd, file);
            if (!existsSync(abs))
                throw new UsageError(`--config ${file}: no such file (looked for ${abs}); give the path of a JSON file of settings`);
            if (statSync(abs).isDirectory())
                throw new UsageError(`--config ${file}: ${abs} is a directory; give the path of a JSON file of settings`);
            let text;
            try {
                text = readFileSync(abs, 'utf8');
            }
            catch (e) {
                throw new UsageError(`--config ${file}: ${describeFsError(e, abs, 'read')}`);
            }
            let json;
            try {
                json = JSON.parse(text);
            }
            catch (e) {
                throw new UsageError(`--config ${file}: not valid JSON (${e.message})`);
            }
            config = mergeConfigJson(config, json, file);
        }
        // A bare boolean flag (`--config.verbose`) means true; any other type needs a value.
        const typed = overrides.map(({ key, raw }) => {
            if (raw !== undefined)
                return { key, raw };
            const found = lookupKey(config, key);
            if ('value' in found && typeof found.value === 'boolean')
                return { key, raw: 'true' };
            if ('value' in found)
                throw new ConfigError([`--config.${key} needs a value: --config.${key}=<${typeName(found.value)}>`]);
            throw new ConfigError([found.error]);
        });
        config = applyOverrides(config, typed);
    }
    catch (e) {
        if (e instanceof ConfigError)
            throw new UsageError(e.problems.join('\n'));
        throw e;
    }
    const problems = configProblems(exp, config);
    if (problems.length > 0)
        throw new UsageError(problems.join('\n'));
    return config;
}
/** `--max-memory`, else LOOPLAB_MAX_MEMORY, else the default (see limits.ts). */
export function memoryLimit(raw) {
    try {
        return resolveMemoryLimit(raw);
    }
    catch (e) {
        throw new UsageError(e.message);
    }
}
/** Refuse a configuration whose memory estimate exceeds the limit (`parallel` runs at once). */
export function checkMemory(experiment, config, limit, parallel = 1) {
    const problem = memoryProblem(experiment, config, limit, parallel);
    if (problem !== undefined)
        throw new UsageError(problem);
}
export function parse(command, args, options, validList) {
    try {
        const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new UsageError(`${e.message}\nValid options for ${command}: ${validList}`);
    }
}
export const str = (v) => (typeof v === 'string' ? v : undefined);
const RUN_OPTIONS = '--config.<key>=<value>, --config FILE, --seed N, --seeds K, --device cpu|webgpu, --smoke, --out DIR, --max-memory BYTES, --resume DIR, --help';
export function parseRunArgs(args, cwd) {
    const { rest, overrides } = splitConfigOverrides(args);
    const { values, positionals } = parse('run', rest, {
        config: { type: 'string' },
        seed: { type: 'string' },
        seeds: { type: 'string' },
        device: { type: 'string' },
        smoke: { type: 'boolean' },
        out: { type: 'string' },
        'max-memory': { type: 'string' },
        resume: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, RUN_OPTIONS);
    if (values.help)
        return { mode: 'help' };
    if (positionals.length > 1)
        throw new UsageError(`run: expected one experiment name, got ${positionals.map((p) => `'${p}'`).join(' ')}`);
    const device = checkDevice(str(values.device));
    const maxMemory = memoryLimit(str(values['max-memory']));
    const resume = str(values.resume);
    if (resume !== undefined) {
        const clash = [
            ...(overrides.length > 0 ? ['--config.<key>'] : []),
            ...['config', 'seed', 'seeds', 'smoke', 'out'].filter((k) => values[k] !== undefined).map((k) => `--${k}`),
        ];
        if (clash.length > 0)
            throw new UsageError(`run --resume: ${clash.join(', ')} cannot be combined with --resume (the run's config.json fixes them)`);
        const dir = path.resolve(cwd, resume);
        if (!existsSync(path.join(dir, 'config.json')))
            throw new UsageError(`run --resume ${resume}: not a run directory (no config.json in ${dir})`);
        if (positionals[0] !== undefined)
            findOrThrow('run', positionals[0]);
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
const SWEEP_OPTIONS = '--grid key=v1,v2 (repeatable), --seeds K, --seed N, --workers W, --config.<key>=<value>, --config FILE, --device cpu|webgpu, --smoke, --out DIR, --max-memory BYTES, --resume DIR, --queue redis://HOST:PORT[/DB], --results DIR, --wait, --attempts N, --help';
/** `--queue`, checked (not connected). */
export function queueUrl(raw) {
    try {
        return parseQueueUrl(raw);
    }
    catch (e) {
        throw new UsageError(e.message);
    }
}
/** `key=v1,v2,v3`; values of list-valued keys are separated by ';' (`sizes=8,8;16,16`). */
function parseGrid(raw, base, problems) {
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
        if (values.length === 0 || list === '')
            throw new Error(`--grid ${key}: no values`);
        return { key, values };
    }
    catch (e) {
        problems.push(e.message);
        return undefined;
    }
}
export function parseSweepArgs(args, cwd, defaultWorkers) {
    const { rest, overrides } = splitConfigOverrides(args);
    const { values, positionals } = parse('sweep', rest, {
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
    }, SWEEP_OPTIONS);
    if (values.help)
        return { mode: 'help' };
    if (positionals.length > 1)
        throw new UsageError(`sweep: expected one experiment name, got ${positionals.map((p) => `'${p}'`).join(' ')}`);
    const workers = values.workers === undefined ? defaultWorkers : parseCount('workers', str(values.workers) ?? '', 1);
    const maxMemory = memoryLimit(str(values['max-memory']));
    const resume = str(values.resume);
    if (resume !== undefined) {
        const clash = [
            ...(positionals.length > 0 ? ['<name>'] : []),
            ...(overrides.length > 0 ? ['--config.<key>'] : []),
            ...['grid', 'seeds', 'seed', 'config', 'device', 'smoke', 'out'].filter((k) => values[k] !== undefined).map((k) => `--${k}`),
        ];
        if (clash.length > 0)
            throw new UsageError(`sweep --resume: ${clash.join(', ')} cannot be combined with --resume (the sweep's config.json fixes them; --workers and --max-memory may change)`);
        const dir = path.resolve(cwd, resume);
        const file = path.join(dir, 'config.json');
        if (!existsSync(file))
            throw new UsageError(`sweep --resume ${resume}: not a sweep directory (no config.json in ${dir})`);
        let kind;
        try {
            kind = JSON.parse(readFileSync(file, 'utf8')).kind;
        }
        catch (e) {
            throw new UsageError(`sweep --resume ${resume}: ${file} is not valid JSON (${e.message})`);
        }
        if (kind !== 'sweep') {
            const hint = kind === 'run' || kind === 'seeds' ? '; resume it with `looplab run --resume`' : '';
            throw new UsageError(`sweep --resume ${resume}: not a sweep directory (${file} has kind ${JSON.stringify(kind)})${hint}`);
        }
        return { mode: 'resume', dir, workers, maxMemory };
    }
    const rawQueue = str(values.queue);
    if (rawQueue === undefined) {
        const needQueue = ['results', 'wait', 'attempts'].filter((k) => values[k] !== undefined).map((k) => `--${k}`);
        if (needQueue.length > 0)
            throw new UsageError(`sweep: ${needQueue.join(', ')} only apply with --queue redis://HOST:PORT (a sweep on a job queue)`);
    }
    else if (values.workers !== undefined) {
        throw new UsageError('sweep --queue: --workers does not apply (start `looplab worker --queue … --concurrency N` on each machine instead)');
    }
    const queue = rawQueue === undefined
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
    const problems = [];
    const rawGrid = Array.isArray(values.grid) ? values.grid.filter((g) => typeof g === 'string') : [];
    const grid = rawGrid.map((g) => parseGrid(g, base, problems)).filter((g) => g !== undefined);
    const keys = grid.map((g) => g.key);
    const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
    if (dup.length > 0)
        problems.push(`--grid: key ${dup[0]} appears more than once`);
    if (problems.length > 0)
        throw new UsageError(problems.join('\n'));
    // Every point of the grid must pass the experiment's own checks too, and fit in memory while
    // as many runs as there are workers (at most one per job) share the machine.
    const combos = gridCombinations(grid);
    const parallel = Math.min(workers, combos.length * count);
    for (const combo of combos) {
        const config = withOverrides(base, combo);
        let p = configProblems(experiment, config);
        if (p.length === 0) {
            const tooBig = memoryProblem(experiment, config, maxMemory, parallel);
            if (tooBig !== undefined)
                p = [tooBig];
        }
        if (p.length > 0)
            problems.push(`--grid point ${Object.entries(combo)
                .map(([k, v]) => `${k}=${formatValue(v)}`)
                .join(', ')}: ${p.join('; ')}`);
    }
    if (problems.length > 0)
        throw new UsageError(problems.join('\n'));
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
export function parseReportArgs(args, cwd) {
    const { values, positionals } = parse('report', args, { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, '--out DIR (for several runs), --help');
    if (values.help)
        return { mode: 'help' };
    if (positionals.length === 0)
        throw new UsageError('report: give one or more run directories');
    const dirs = positionals.map((p) => {
        const dir = path.resolve(cwd, p);
        if (!existsSync(path.join(dir, 'config.json')))
            throw new UsageError(`report: ${p} is not a run directory (no config.json in ${dir})`);
        return dir;
    });
    if (values.out !== undefined && dirs.length === 1)
        throw new UsageError('report: --out is for comparing several runs; a single run is re-rendered in its own directory');
    return { mode: 'render', dirs, out: values.out !== undefined ? path.resolve(cwd, str(values.out) ?? '') : besideInputs(dirs, cwd) };
}
/** Where a comparison goes without --out: the deepest folder holding every input (./runs if that is the file-system root). */
function besideInputs(dirs, cwd) {
    let common = path.dirname(dirs[0]);
    for (const d of dirs)
        while (common !== path.dirname(common) && path.relative(common, d).startsWith('..'))
            common = path.dirname(common);
    return common === path.dirname(common) ? path.resolve(cwd, 'runs') : common;
}
//# sourceMappingURL=args.js.map