import { initWebGPU, setDefaultDevice } from '../index.js';
import path from 'node:path';
import { formatStat } from '../experiments/runner/aggregate.js';
import { deviceProblem } from '../experiments/runner/devices.js';
import { findExperiment } from '../experiments/runner/registry.js';
import { renderComparison, renderDirReport, dirKind } from '../experiments/runner/reports.js';
import { FileSystemError, createRunDir } from '../experiments/runner/run-dir.js';
import { checkSavedConfig, executeRun, readRunMeta } from '../experiments/runner/runner.js';
import { readGroupMeta, runSeedGroup } from '../experiments/runner/seeds.js';
import { plural, readSweepMeta, refreshEnclosingSweep, resumeSweep, runSweep, sweepTable, withOverrides } from '../experiments/runner/sweep.js';
import { UsageError, checkMemory } from './args.js';
import { createProgress, formatDuration, formatNumber } from './progress.js';
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for a process ended by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;
/** A path relative to the working directory when inside it, else absolute. */
export function displayPath(p, cwd) {
    const rel = path.relative(cwd, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}
/** A fresh output directory under `--out`; one that cannot be created is a usage error naming it. */
function createOutDir(out, name, env) {
    try {
        return createRunDir(out, name, env.now());
    }
    catch (e) {
        if (e instanceof FileSystemError)
            throw new UsageError(`--out ${displayPath(out, env.cwd)}: ${e.message}`);
        throw e;
    }
}
/** `quoted` for the shell when it contains anything unusual. */
function shellArg(s) {
    return /^[A-Za-z0-9_./=:,+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function formatSummary(s) {
    return Object.entries(s)
        .map(([k, v]) => `${k} ${typeof v === 'number' ? formatNumber(v) : String(v)}`)
        .join(', ');
}
/** Render the report of `dir`, printing its path; a rendering failure is exit 1 (the run itself is kept). */
async function report(env, dir) {
    try {
        const html = await renderDirReport(dir);
        env.io.out(`report: ${displayPath(html, env.cwd)}\n`);
        return EXIT_OK;
    }
    catch (e) {
        env.io.err(`looplab: the run finished, but its report could not be rendered: ${e.message}\n`);
        return EXIT_FAILURE;
    }
}
function interrupted(env, dir, what) {
    env.io.out(`${what}; checkpoint saved in ${displayPath(dir, env.cwd)}\n`);
    env.io.out(`resume with: looplab run --resume ${shellArg(displayPath(dir, env.cwd))}\n`);
    return EXIT_INTERRUPTED;
}
async function runSingle(env, experiment, dir, config, seed, smoke) {
    const progress = createProgress(env.io);
    let outcome;
    try {
        outcome = await executeRun({ experiment, dir, config, seed, smoke, signal: env.signal, onProgress: (e) => progress.update(e), now: env.now });
    }
    finally {
        progress.done();
    }
    switch (outcome.status) {
        case 'finished':
            env.io.out(`done in ${formatDuration(outcome.seconds)}: ${formatSummary(outcome.summary)}\n`);
            env.io.out(`output: ${displayPath(dir, env.cwd)}\n`);
            return report(env, dir);
        case 'interrupted':
            return interrupted(env, dir, `interrupted after step ${outcome.step}`);
        case 'failed':
            env.io.err(`looplab: run '${experiment.name}' (seed ${seed}) failed: ${outcome.message}\n`);
            env.io.err(`partial output: ${displayPath(dir, env.cwd)}\n`);
            return EXIT_FAILURE;
        default:
            return outcome;
    }
}
async function runGroup(env, experiment, dir, config, seeds, smoke) {
    let progress = createProgress(env.io);
    let outcome;
    try {
        outcome = await runSeedGroup({
            experiment,
            dir,
            config,
            seeds,
            smoke,
            signal: env.signal,
            now: env.now,
            onSeed: (seed, i, n) => {
                progress.done();
                progress = createProgress(env.io, `seed ${seed} (${i + 1}/${n})  `);
            },
            onProgress: (e) => progress.update(e),
        });
    }
    finally {
        progress.done();
    }
    switch (outcome.status) {
        case 'finished':
            env.io.out(`done, ${seeds.length} seeds (mean ± s.e.m.):\n`);
            for (const [k, s] of Object.entries(outcome.final))
                env.io.out(`  ${k}  ${formatStat(s)}\n`);
            env.io.out(`output: ${displayPath(dir, env.cwd)}\n`);
            return report(env, dir);
        case 'interrupted':
            return interrupted(env, dir, `interrupted in seed ${outcome.seed} after step ${outcome.step}`);
        case 'failed':
            env.io.err(`looplab: run '${experiment.name}' (seed ${outcome.seed}) failed: ${outcome.message}\n`);
            env.io.err(`partial output: ${displayPath(dir, env.cwd)}\n`);
            return EXIT_FAILURE;
        default:
            return outcome;
    }
}
/** Make `device` the default device, initialising WebGPU when asked for. Null on success. */
export async function useDevice(device, env) {
    if (device === 'webgpu') {
        try {
            const info = await initWebGPU();
            env.io.out(`device: webgpu (${info.adapter})\n`);
        }
        catch (e) {
            env.io.err(`looplab: --device webgpu: ${e.message}\n`);
            return EXIT_FAILURE;
        }
    }
    setDefaultDevice(device);
    return null;
}
/** Refuse (a usage error, before anything is written) an experiment that does not run on `device`. */
function checkDevice(experiment, device) {
    const problem = deviceProblem(experiment, device);
    if (problem !== undefined)
        throw new UsageError(`run: ${problem}`);
}
export async function runCommand(args, env) {
    if (args.mode !== 'resume')
        checkDevice(args.experiment, args.device);
    const failed = await useDevice(args.device, env);
    if (failed !== null)
        return failed;
    if (args.mode === 'resume') {
        const kind = dirKind(args.dir);
        if (kind === 'sweep')
            throw new UsageError(`run --resume: ${args.dir} is a sweep; finish it with \`looplab sweep --resume ${shellArg(displayPath(args.dir, env.cwd))}\``);
        const meta = kind === 'run' ? readRunMeta(args.dir) : readGroupMeta(args.dir);
        if (args.name !== undefined && args.name !== meta.experiment)
            throw new UsageError(`run --resume: ${args.dir} is a run of '${meta.experiment}', not '${args.name}'`);
        const experiment = findExperiment(meta.experiment);
        if (!experiment)
            throw new UsageError(`run --resume: ${args.dir} is a run of '${meta.experiment}', which this looplab does not have`);
        checkDevice(experiment, args.device);
        checkSavedConfig(experiment, args.dir, meta.config);
        checkMemory(experiment, meta.config, args.maxMemory);
        env.io.out(`resuming ${experiment.name} in ${displayPath(args.dir, env.cwd)}\n`);
        if (meta.kind === 'run')
            return runSingle(env, experiment, args.dir, meta.config, meta.seed, meta.smoke);
        const code = await runGroup(env, experiment, args.dir, meta.config, meta.seeds, meta.smoke);
        // A configuration of a sweep: the sweep's table now counts its seeds.
        const sweep = refreshEnclosingSweep(args.dir);
        if (sweep !== undefined)
            env.io.out(`sweep summary updated: ${displayPath(path.join(sweep, 'summary.md'), env.cwd)}\n`);
        return code;
    }
    const { experiment, config, seeds, smoke } = args;
    const dir = createOutDir(args.out, experiment.name, env);
    env.io.out(`${experiment.name}: ${experiment.describe?.(config) ?? experiment.description}\n`);
    env.io.out(`${seeds.length === 1 ? `seed ${seeds[0]}` : `seeds ${seeds[0]}…${seeds[seeds.length - 1]}`}${smoke ? ', smoke configuration' : ''}, output in ${displayPath(dir, env.cwd)}\n`);
    return seeds.length === 1 ? runSingle(env, experiment, dir, config, seeds[0], smoke) : runGroup(env, experiment, dir, config, seeds, smoke);
}
export async function sweepCommand(args, env) {
    let dir;
    let experiment;
    const callbacks = {
        signal: env.signal,
        onDone: (done, n, job, outcome) => {
            const where = path.relative(dir, job.dir);
            const result = outcome.status === 'finished'
                ? `${experiment.metric.name} ${formatNumber(outcome.summary[experiment.metric.name] ?? NaN)}`
                : outcome.status === 'failed'
                    ? `failed: ${outcome.message}`
                    : `interrupted after step ${outcome.step}`;
            env.io.out(`[${String(done).padStart(String(n).length)}/${n}] ${where}: ${result}\n`);
        },
        onRetry: (job, message) => env.io.out(`${path.relative(dir, job.dir)}: ${message}; running it again on a fresh worker\n`),
    };
    let result;
    let meta;
    if (args.mode === 'resume') {
        dir = args.dir;
        const stored = readSweepMeta(dir);
        meta = stored;
        const found = findExperiment(stored.experiment);
        if (!found)
            throw new UsageError(`sweep --resume: ${args.dir} is a sweep of '${stored.experiment}', which this looplab does not have`);
        experiment = found;
        // The runs left may be as many at once as there are workers; each must fit.
        const parallel = Math.min(args.workers, stored.configs.length * stored.seeds.length);
        for (const e of stored.configs)
            checkMemory(found, withOverrides(stored.base, e.overrides), args.maxMemory, parallel);
        env.io.out(`resuming the sweep of ${experiment.name} in ${displayPath(dir, env.cwd)}\n`);
        const resumed = await resumeSweep({ dir, workers: args.workers, ...callbacks });
        const total = resumed.jobs.length + resumed.skipped;
        env.io.out(`${resumed.skipped} of ${plural(total, 'run')} had finished; ran the other ${resumed.jobs.length}\n`);
        result = resumed;
    }
    else {
        experiment = args.experiment;
        meta = args;
        dir = createOutDir(args.out, `${experiment.name}-sweep`, env);
        const configs = args.grid.reduce((n, g) => n * g.values.length, 1);
        const total = configs * args.seeds.length;
        env.io.out(`sweep of ${experiment.name}: ${plural(configs, 'configuration')} × ${plural(args.seeds.length, 'seed')} = ${plural(total, 'run')} on ${plural(Math.min(args.workers, total), 'worker')}\n`);
        env.io.out(`output in ${displayPath(dir, env.cwd)}\n`);
        const { grid, seeds, workers, smoke, base } = args;
        result = await runSweep({ experiment, dir, base, grid, seeds, workers, smoke, now: env.now, ...callbacks });
    }
    const { summary, outcomes } = result;
    const { columns, rows } = sweepTable(meta, summary);
    const widths = columns.map((c, j) => Math.max(c.length, ...rows.map((r) => String(r[j] ?? '').length)));
    const fmt = (cells) => cells
        .map((c, j) => String(c ?? '').padEnd(widths[j]))
        .join('  ')
        .trimEnd();
    env.io.out(`${fmt(columns)}\n${rows.map((r) => fmt(r)).join('\n')}\n`);
    if (summary.best !== null)
        env.io.out(`best: ${summary.configs[summary.best].dir}\n`);
    const stopped = outcomes.filter((o) => o.status === 'interrupted').length;
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    const code = await report(env, dir);
    const resume = `looplab sweep --resume ${shellArg(displayPath(dir, env.cwd))}`;
    if (stopped > 0) {
        env.io.out(`interrupted: ${stopped} of ${plural(outcomes.length, 'run')} did not finish; the summary covers the finished ones.\n`);
        env.io.out(`finish the sweep with: ${resume}\n`);
        return EXIT_INTERRUPTED;
    }
    if (failed > 0) {
        env.io.err(`looplab: ${failed} of ${plural(outcomes.length, 'run')} failed (see above); run them again with: ${resume}\n`);
        return EXIT_FAILURE;
    }
    return code;
}
export async function reportCommand(args, env) {
    try {
        if (args.dirs.length === 1) {
            const html = await renderDirReport(args.dirs[0]);
            env.io.out(`report: ${displayPath(html, env.cwd)}\n`);
            return EXIT_OK;
        }
        const html = await renderComparison(args.dirs, () => createOutDir(args.out, 'compare', env));
        env.io.out(`report: ${displayPath(html, env.cwd)}\n`);
        return EXIT_OK;
    }
    catch (e) {
        if (e instanceof UsageError)
            throw e;
        env.io.err(`looplab: report failed: ${e.message}\n`);
        return EXIT_FAILURE;
    }
}
//# sourceMappingURL=commands.js.map