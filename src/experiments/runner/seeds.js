import { getDefaultDevice } from '../../index.js';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { aggregateSummaries } from './aggregate.js';
import { packageVersion } from './env.js';
import { readJson, writeJsonAtomic } from './run-dir.js';
import { executeRun, readRunSummary } from './runner.js';
/** The directory of seed `s` inside a group. */
export function seedDir(dir, seed) {
    return path.join(dir, `seed-${seed}`);
}
export function readGroupMeta(dir) {
    const file = path.join(dir, 'config.json');
    const m = readJson(file);
    if (m.kind !== 'seeds' || typeof m.experiment !== 'string' || !Array.isArray(m.seeds) || typeof m.config !== 'object') {
        throw new Error(`${file} does not describe a group of seeds (expected kind 'seeds' with experiment, seeds and config)`);
    }
    return m;
}
export function writeGroupMeta(dir, meta) {
    const full = { kind: 'seeds', looplab: packageVersion(), ...meta };
    writeJsonAtomic(path.join(dir, 'config.json'), full);
}
/**
 * Aggregate the finished seeds' summaries. The group's summary.json is written only once every
 * seed has finished, so that its presence means "finished" for a group as for a single run;
 * with unfinished seeds the statistics over the finished ones are returned without writing.
 */
export function writeGroupSummary(dir, experiment, seeds) {
    const summaries = [];
    for (const s of seeds) {
        const r = readRunSummary(seedDir(dir, s));
        if (r)
            summaries.push(r.final);
    }
    const final = aggregateSummaries(summaries);
    if (summaries.length === seeds.length) {
        const file = { kind: 'seeds', experiment, seeds, final };
        writeJsonAtomic(path.join(dir, 'summary.json'), file);
    }
    return final;
}
/** Run (or resume) every seed of a group, then write the aggregate summary. */
export async function runSeedGroup(o) {
    mkdirSync(o.dir, { recursive: true });
    if (!existsSync(path.join(o.dir, 'config.json'))) {
        writeGroupMeta(o.dir, {
            experiment: o.experiment.name,
            seeds: o.seeds,
            device: getDefaultDevice(),
            smoke: o.smoke,
            startedAt: (o.now?.() ?? new Date()).toISOString(),
            config: o.config,
        });
    }
    for (const [i, seed] of o.seeds.entries()) {
        o.onSeed?.(seed, i, o.seeds.length);
        const r = await executeRun({
            experiment: o.experiment,
            dir: seedDir(o.dir, seed),
            config: o.config,
            seed,
            smoke: o.smoke,
            signal: o.signal,
            onProgress: o.onProgress,
            now: o.now,
        });
        if (r.status === 'interrupted')
            return { status: 'interrupted', seed, step: r.step };
        if (r.status === 'failed')
            return { status: 'failed', seed, message: r.message };
    }
    return { status: 'finished', final: writeGroupSummary(o.dir, o.experiment.name, o.seeds) };
}
//# sourceMappingURL=seeds.js.map