/**
 * The experiment contract. An experiment is a typed default configuration, a `run` that trains
 * and talks to the outside world only through a {@link RunContext}, and a `report` that turns a
 * finished run's record into declarative figures and tables. Everything around it — argument
 * parsing, the run directory, progress output, checkpoints on disk, Ctrl-C, seeds and sweeps —
 * belongs to the runner (`runner.ts`), so an experiment stays a plain module that the CLI, the
 * test suite, sweep workers and the browser lab all call the same way.
 */
import type { DeviceName } from '../../index.js';
import type { Key, Tensor } from '../../index.js';
import type { LoggedRow } from '../../report/metrics.js';
import type { Report } from '../../report/types.js';
import type { ConfigRanges } from './ranges.js';
/**
 * A configuration: nested plain objects of numbers, booleans, strings and arrays of those.
 * The default configuration is also the schema that CLI overrides are checked against, so
 * every field must be present in it (no optional fields).
 */
export type ConfigValue = number | boolean | string | null | readonly number[] | readonly string[] | ConfigObject;
export interface ConfigObject {
    readonly [key: string]: ConfigValue;
}
/** Final numbers of a run (`summary.json`'s `final`); NaN is written as null. */
export type Summary = Readonly<Record<string, number>>;
/** One row of `metrics.jsonl`: the step, seconds of training so far, and the logged values. */
export interface MetricRow extends LoggedRow {
    readonly time_s: number;
}
/**
 * What a checkpoint holds: a tree of tensors (parameters, optimizer moments, PRNG keys) and
 * JSON values (step counters, flags, names). Non-finite numbers survive the round trip.
 */
export type CheckpointState = Tensor | number | string | boolean | null | undefined | readonly CheckpointState[] | {
    readonly [key: string]: CheckpointState;
};
/** A loaded checkpoint: the step it was taken after, and the saved state. */
export interface Checkpoint<S = CheckpointState> {
    /** Number of completed training steps when the checkpoint was written. */
    readonly step: number;
    readonly state: S;
}
/** Saving and loading the run's checkpoint (one per run directory; a save replaces it). */
export interface Checkpointer {
    /**
     * Write `state` as the checkpoint after `step` completed steps. The previous checkpoint stays
     * valid until the new one is completely on disk.
     */
    save(step: number, state: unknown): Promise<void>;
    /**
     * The checkpoint to resume from, or undefined on a fresh run. Throws if it is damaged or was
     * written by another experiment, seed or configuration. `S` is the caller's claim about the
     * state's shape (it is what the same code saved).
     */
    load<S = CheckpointState>(): Promise<Checkpoint<S> | undefined>;
}
/** Everything a running experiment may use. */
export interface RunContext {
    /** The run's seed and the PRNG key made from it (`random.key(seed)`). */
    readonly seed: number;
    readonly key: Key;
    /** Device the run computes on (the default device: new tensors are created there). */
    readonly device: DeviceName;
    /**
     * Append a row `{ step, time_s, ...values }` to metrics.jsonl. Steps must increase.
     * Non-finite values are written as null.
     */
    log(step: number, values: Readonly<Record<string, number>>): void;
    /**
     * Report progress (for the progress bar) after `step` of `total` steps, with the latest
     * values. Await it every step: it is where the run yields to the event loop, which is how a
     * Ctrl-C (or a sweep's stop message) reaches a busy training loop.
     */
    progress(step: number, total: number, latest?: Readonly<Record<string, number>>): Promise<void>;
    readonly checkpoint: Checkpointer;
    /** True once a stop was requested (Ctrl-C); save a checkpoint and call `interrupt`. */
    shouldStop(): boolean;
    /** The same stop request as an AbortSignal, for code that takes one. */
    readonly signal: AbortSignal;
    /**
     * Save `state` as the checkpoint after `step` steps and end the run as interrupted (throws
     * {@link RunInterrupted}, which the runner catches). Use as `return ctx.interrupt(step, s)`.
     */
    interrupt(step: number, state: unknown): Promise<never>;
}
/** The record of a run on disk, as `report` receives it. */
export interface RunRecord<C extends ConfigObject = ConfigObject> {
    readonly experiment: string;
    readonly seed: number;
    readonly config: C;
    readonly metrics: readonly MetricRow[];
    readonly summary: Summary;
    /** The run directory. */
    readonly dir: string;
}
/** The metric a sweep ranks configurations by: a key of the summary and its direction. */
export interface SweepMetric {
    readonly name: string;
    readonly mode: 'min' | 'max';
}
export interface Experiment<C extends ConfigObject = ConfigObject> {
    /** Name on the command line: lowercase words joined by '-'. */
    readonly name: string;
    /** One line for `looplab list`. */
    readonly description: string;
    /**
     * One line for the start of a run, with the sizes of this configuration (a model's widths);
     * `description` when absent. Optional.
     */
    describe?(config: C): string;
    /** The full configuration (the paper's set-up where there is one). */
    defaultConfig(): C;
    /** A configuration that runs in seconds and still shows the finding; used by tests and `--smoke`. */
    smokeConfig(): C;
    /**
     * Allowed values of the settings (`{ integer: true, min: 1 }`, `{ oneOf: [...] }`), declared
     * next to the defaults; the runner and the CLI refuse a configuration outside them.
     */
    readonly ranges: ConfigRanges<C>;
    /**
     * Checks across settings that ranges cannot express (e.g. batchSize ≤ trainSize); returns
     * the problems, empty when the configuration is valid. Called only when every value lies in
     * its declared range (see `configProblems`). Optional.
     */
    validate?(config: C): string[];
    /**
     * Peak bytes a run of `config` needs: parameters, gradients and optimizer state, activations
     * kept for the backward pass (or online traces), and data sets, from the configuration alone
     * (nothing is allocated). A generous upper estimate, not a measurement: the CLI refuses a
     * configuration whose estimate exceeds the memory limit before anything is written (see
     * `limits.ts`). Called only for configurations that pass `configProblems`. Every registered
     * experiment declares one; the test suite checks it.
     */
    estimateBytes?(config: C): number;
    /** What sweeps rank by; one of `summaryKeys`. */
    readonly metric: SweepMetric;
    /**
     * Keys that the summary of `run` holds with the default and the smoke configuration (others
     * may depend on the configuration); the test suite checks them on the smoke run.
     */
    readonly summaryKeys: readonly string[];
    /**
     * Whether `run` computes on WebGPU: `true`, or why it cannot (what it needs that WebGPU lacks:
     * float64, synchronous reads). The runner and the CLI refuse `--device webgpu` with this reason
     * before anything is written. Every experiment runs on the CPU; without this field it runs on
     * the CPU only.
     */
    readonly webgpu?: true | {
        readonly reason: string;
    };
    /** Train (or resume from `ctx.checkpoint.load()`) and return the final numbers. */
    run(config: C, ctx: RunContext): Promise<Summary>;
    /** Figures and tables for report.html from a finished run's record. */
    report(run: RunRecord<C>): Report;
}
/** An experiment of any configuration type, as the registry stores them. */
export type AnyExperiment = Experiment<ConfigObject>;
/** Thrown by `ctx.interrupt` once the checkpoint is on disk; the runner turns it into exit 130. */
export declare class RunInterrupted extends Error {
    readonly step: number;
    constructor(step: number);
}
