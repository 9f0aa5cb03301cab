import type { Worker } from 'node:worker_threads';
import type { SeedStat } from './aggregate.js';
import type { Job } from './pool.js';
import type { RunOutcome } from './runner.js';
import type { AnyExperiment, ConfigObject, ConfigValue, SweepMetric } from './types.js';
/** One swept key and its values (already type-checked against the default). */
export interface GridAxis {
    readonly key: string;
    readonly values: readonly ConfigValue[];
}
export interface SweepConfigEntry {
    /** Directory name inside the sweep directory. */
    readonly dir: string;
    readonly overrides: Readonly<Record<string, ConfigValue>>;
}
export interface SweepMeta {
    readonly kind: 'sweep';
    readonly experiment: string;
    readonly metric: SweepMetric;
    readonly grid: readonly GridAxis[];
    readonly seeds: readonly number[];
    readonly workers: number;
    readonly smoke: boolean;
    readonly looplab: string;
    readonly startedAt: string;
    readonly base: ConfigObject;
    readonly configs: readonly SweepConfigEntry[];
}
export interface SweepConfigResult extends SweepConfigEntry {
    readonly final: Readonly<Record<string, SeedStat>>;
    /** Seeds that did not finish (failed or interrupted). */
    readonly unfinished: number;
}
export interface SweepSummary {
    readonly kind: 'sweep';
    readonly experiment: string;
    readonly metric: SweepMetric;
    readonly configs: readonly SweepConfigResult[];
    /** Index into `configs` of the best mean metric, or null if no configuration finished. */
    readonly best: number | null;
}
/** Every combination of the grid values, first axis slowest. */
export declare function gridCombinations(grid: readonly GridAxis[]): Record<string, ConfigValue>[];
/** Set dotted keys in a copy of `config`. */
export declare function withOverrides(config: ConfigObject, overrides: Readonly<Record<string, ConfigValue>>): ConfigObject;
/** A readable, filesystem-safe directory name for configuration `i`. */
export declare function configDirName(i: number, overrides: Readonly<Record<string, ConfigValue>>): string;
/** The best configuration by the metric's mean (ignoring configurations without it). */
export declare function bestConfig(configs: readonly SweepConfigResult[], metric: SweepMetric): number | null;
/** `1 seed`, `3 seeds`. */
export declare function plural(n: number, noun: string): string;
/** What a sweep reports as its jobs run. */
export interface SweepCallbacks {
    readonly signal?: AbortSignal;
    readonly onDone?: (done: number, total: number, job: Job, outcome: RunOutcome) => void;
    /** A job's worker died; the job runs once more on a fresh worker. */
    readonly onRetry?: (job: Job, message: string) => void;
    /** How worker threads are started (see `RunJobsOptions.startWorker` in pool.ts). */
    readonly startWorker?: () => Worker;
}
export interface SweepOptions extends SweepCallbacks {
    readonly experiment: AnyExperiment;
    readonly dir: string;
    readonly base: ConfigObject;
    readonly grid: readonly GridAxis[];
    readonly seeds: readonly number[];
    readonly workers: number;
    readonly smoke: boolean;
    readonly now?: () => Date;
}
/** Run a sweep into `dir` (created if missing; it should be empty) and write its summary. */
export declare function runSweep(o: SweepOptions): Promise<{
    summary: SweepSummary;
    outcomes: RunOutcome[];
}>;
/**
 * Finish a sweep in `dir`: run every (configuration, seed) without a finished run — interrupted
 * runs resume from their checkpoints, failed and never-started ones run from the start — and
 * rebuild the summary from all run directories. `skipped` counts the runs already finished.
 */
export declare function resumeSweep(o: SweepCallbacks & {
    readonly dir: string;
    readonly workers: number;
}): Promise<{
    summary: SweepSummary;
    outcomes: RunOutcome[];
    jobs: Job[];
    skipped: number;
}>;
/**
 * Aggregate each configuration's seeds from the run directories on disk (whatever ran them: this
 * sweep, `sweep --resume`, `run --resume <sweep>/<config>`) and write summary.json and summary.md.
 */
export declare function rebuildSweepSummary(dir: string, meta?: SweepMeta): SweepSummary;
/**
 * When `groupDir` is one configuration of a sweep, rebuild that sweep's summary (after the
 * configuration was run on its own, by `looplab run --resume <sweep>/<config>`); returns the
 * sweep's directory, or undefined when `groupDir` is not part of a sweep.
 */
export declare function refreshEnclosingSweep(groupDir: string): string | undefined;
/** Configuration indices best first by the metric's mean; those without it last, in grid order. */
export declare function rankConfigs(summary: SweepSummary): number[];
/** Rows of the sweep table, best first: one per configuration, grid values then the metric. */
export declare function sweepTable(meta: Pick<SweepMeta, 'grid' | 'seeds'>, summary: SweepSummary): {
    columns: string[];
    rows: (string | number | null)[][];
};
/** `4 configurations × 1 seed (0), ranked by testLoss (min)`. */
export declare function sweepHeadline(meta: Pick<SweepMeta, 'seeds'>, summary: SweepSummary): string;
/** Read a sweep directory's config.json. */
export declare function readSweepMeta(dir: string): SweepMeta;
