import { getDefaultDevice } from '../../index.js';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { random } from '../../index.js';
import { deviceProblem } from './devices.js';
import { configHash, loadCheckpoint, removeCheckpoint, saveCheckpoint } from './checkpoint.js';
import { environmentInfo, packageVersion } from './env.js';
import { lockRunDir } from './lock.js';
import { ConfigError, configKeys, mergeConfigJson } from './config.js';
import { configProblems } from './ranges.js';
import { JsonlWriter, readJson, readMetrics, writeJsonAtomic } from './run-dir.js';
import { RunInterrupted } from './types.js';
/** How often (ms) `ctx.progress` yields to the event loop so signals and messages get through. */
const YIELD_EVERY_MS = 20;
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));
/** A run directory that cannot be resumed as it is; nothing in it was changed. */
export class ResumeRefused extends Error {
    constructor(message) {
        super(message);
        this.name = 'ResumeRefused';
    }
}
/**
 * How a configuration read back from config.json differs from the experiment's schema (its
 * default configuration): missing or unknown settings, values of the wrong type.
 */
function configShapeProblems(experiment, config) {
    const defaults = experiment.defaultConfig();
    const want = configKeys(defaults);
    const have = configKeys(config);
    const missing = want.filter((k) => !have.includes(k));
    const unknown = have.filter((k) => !want.includes(k));
    const problems = [...missing.map((k) => `config.${k} is missing`), ...unknown.map((k) => `config.${k} is not a setting of '${experiment.name}'`)];
    if (problems.length > 0)
        return problems;
    try {
        mergeConfigJson(defaults, config, 'config');
    }
    catch (e) {
        if (e instanceof ConfigError)
            return e.problems.map((p) => p.replace(/^config: /, ''));
        throw e;
    }
    return [];
}
/**
 * Refuse ({@link ResumeRefused}) a configuration read back from `dir`'s config.json that is
 * not a valid configuration of `experiment`: missing or unknown settings, wrong types, values
 * out of range. Call it before anything that relies on the configuration.
 */
export function checkSavedConfig(experiment, dir, config) {
    const problems = configShapeProblems(experiment, config);
    // Ranges only once the shape is right: they assume every declared setting is there.
    if (problems.length === 0)
        problems.push(...configProblems(experiment, config));
    if (problems.length > 0)
        throw new ResumeRefused(`${path.join(dir, 'config.json')}: ${problems.join('; ')}; nothing in ${dir} was changed`);
}
/** The run's identity as recorded in its checkpoint. */
function ownerOf(experiment, seed, config) {
    return { experiment, seed, configHash: configHash(config) };
}
/** Read a run's config.json, checking that it describes a single run. */
export function readRunMeta(dir) {
    const file = path.join(dir, 'config.json');
    const m = readJson(file);
    if (m.kind !== 'run' || typeof m.experiment !== 'string' || typeof m.seed !== 'number' || typeof m.config !== 'object' || m.config === null) {
        throw new Error(`${file} does not describe a single run (expected kind 'run' with experiment, seed and config)`);
    }
    return m;
}
/** The finished run's summary.json, or undefined while it is unfinished. */
export function readRunSummary(dir) {
    const file = path.join(dir, 'summary.json');
    if (!existsSync(file))
        return undefined;
    return readJson(file);
}
/**
 * Run (or resume) one seed of an experiment in `dir`. Returns how it ended (failed, with `dir`
 * untouched, for a configuration that `configProblems` refuses or a default device the
 * experiment does not run on); throws only for problems with the directory itself (a damaged
 * checkpoint, a config.json of another run, another process writing it: `RunDirLockedError`
 * from lock.ts).
 */
export async function executeRun(o) {
    const { experiment, dir, config } = o;
    // A resume reads its configuration back from config.json, which may have been edited.
    if (existsSync(path.join(dir, 'config.json')))
        checkSavedConfig(experiment, dir, config);
    // The experiment's code relies on its configuration's declared types and ranges.
    const problems = configProblems(experiment, config);
    if (problems.length > 0)
        return { status: 'failed', message: `${experiment.name}: ${problems.join('; ')}` };
    const unsupported = deviceProblem(experiment, getDefaultDevice());
    if (unsupported !== undefined)
        return { status: 'failed', message: unsupported };
    mkdirSync(dir, { recursive: true });
    const release = lockRunDir(dir);
    try {
        return await executeLocked(o);
    }
    finally {
        release();
    }
}
/** {@link executeRun} once the configuration is valid and `o.dir` is locked. */
async function executeLocked(o) {
    const { experiment, dir, config, seed } = o;
    const done = readRunSummary(dir);
    if (done)
        return { status: 'finished', summary: done.final, seconds: done.seconds };
    const configFile = path.join(dir, 'config.json');
    let resuming = false;
    if (existsSync(configFile)) {
        const meta = readRunMeta(dir);
        if (meta.experiment !== experiment.name || meta.seed !== seed || configHash(meta.config) !== configHash(config)) {
            throw new Error(`${configFile} belongs to another run (experiment '${meta.experiment}', seed ${meta.seed}); refusing to overwrite it`);
        }
        // config.json and env.json describe one device; the numbers of a run continue bit for bit
        // only on the device it started on. (A config.json without `device` predates the field.)
        if (meta.device !== undefined && meta.device !== getDefaultDevice()) {
            throw new ResumeRefused(`${dir} was started on ${meta.device}, not ${getDefaultDevice()}; resume it with --device ${meta.device} (nothing was changed)`);
        }
        resuming = true;
    }
    else {
        const meta = {
            kind: 'run',
            experiment: experiment.name,
            seed,
            device: getDefaultDevice(),
            smoke: o.smoke ?? false,
            looplab: packageVersion(),
            startedAt: (o.now?.() ?? new Date()).toISOString(),
            config,
        };
        writeJsonAtomic(configFile, meta);
    }
    const owner = ownerOf(experiment.name, seed, config);
    // Verified before anything else is written: a damaged checkpoint leaves the directory as it was.
    const restored = loadCheckpoint(dir, owner);
    const metricsFile = path.join(dir, 'metrics.jsonl');
    if (resuming && restored === undefined) {
        const rows = readMetrics(metricsFile);
        if (rows.length > 0) {
            throw new ResumeRefused(`${dir} has no checkpoint to resume from (it stopped before its first one), and starting over would erase the ` +
                `${rows.length} rows of its metrics.jsonl (up to step ${rows[rows.length - 1].step}); nothing was changed. ` +
                `To start over in it, delete ${metricsFile}`);
        }
    }
    writeJsonAtomic(path.join(dir, 'env.json'), environmentInfo(getDefaultDevice()));
    // Rows logged after the checkpoint will be logged again by the resumed run.
    const kept = restored ? readMetrics(metricsFile).filter((r) => r.step <= restored.step) : [];
    const metrics = new JsonlWriter(metricsFile, kept);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (o.signal?.aborted)
        controller.abort();
    else
        o.signal?.addEventListener('abort', onAbort, { once: true });
    const base = restored?.elapsed ?? 0;
    const t0 = performance.now();
    const elapsed = () => base + (performance.now() - t0) / 1000;
    let lastStep = kept.length > 0 ? kept[kept.length - 1].step : -Infinity;
    let lastYield = performance.now();
    const startStep = restored?.step ?? 0;
    const save = async (step, state) => {
        metrics.flush();
        await saveCheckpoint(dir, owner, step, elapsed(), state);
    };
    const ctx = {
        seed,
        key: random.key(seed),
        device: getDefaultDevice(),
        log(step, values) {
            if (!(step > lastStep))
                throw new Error(`ctx.log: steps must increase, got ${step} after ${lastStep}`);
            lastStep = step;
            const row = { step, time_s: Math.round(elapsed() * 1e4) / 1e4 };
            for (const [k, v] of Object.entries(values))
                row[k] = Number.isFinite(v) ? v : null;
            metrics.write(row);
        },
        async progress(step, total, latest) {
            o.onProgress?.({ seed, step, total, elapsed: elapsed(), startStep, ...(latest && { latest }) });
            const now = performance.now();
            if (now - lastYield >= YIELD_EVERY_MS) {
                await yieldToEventLoop();
                lastYield = performance.now();
            }
        },
        checkpoint: {
            save,
            load() {
                return Promise.resolve(restored && { step: restored.step, state: restored.state });
            },
        },
        shouldStop: () => controller.signal.aborted,
        signal: controller.signal,
        async interrupt(step, state) {
            await save(step, state);
            throw new RunInterrupted(step);
        },
    };
    try {
        const summary = await experiment.run(config, ctx);
        metrics.close();
        const seconds = elapsed();
        const file = { kind: 'run', experiment: experiment.name, seed, seconds, final: summary };
        writeJsonAtomic(path.join(dir, 'summary.json'), file);
        removeCheckpoint(dir);
        return { status: 'finished', summary, seconds };
    }
    catch (e) {
        metrics.close();
        if (e instanceof RunInterrupted)
            return { status: 'interrupted', step: e.step };
        return { status: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
    finally {
        o.signal?.removeEventListener('abort', onAbort);
    }
}
/** The on-disk record of a run, as `experiment.report` receives it. */
export function readRunRecord(dir) {
    const meta = readRunMeta(dir);
    return { meta, metrics: readMetrics(path.join(dir, 'metrics.jsonl')), summary: readRunSummary(dir) };
}
//# sourceMappingURL=runner.js.map