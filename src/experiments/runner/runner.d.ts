/**
 * Running one experiment with one seed in a run directory: the {@link RunContext} the
 * experiment sees, and the files it leaves behind.
 *
 *   config.json     { kind: 'run', experiment, seed, device, smoke, looplab, startedAt, config }
 *   env.json        node, platform, cpu, looplab version, git commit
 *   metrics.jsonl   { step, time_s, ...values } per logged step
 *   checkpoint.json + checkpoint-<step>.bin   while the run is unfinished (see checkpoint.ts)
 *   summary.json    { kind: 'run', experiment, seed, seconds, final } once finished
 *   looplab.lock    the pid of the process writing the directory, while it runs (see lock.ts)
 *
 * A directory with config.json and no summary.json is an unfinished run; calling
 * {@link executeRun} on it again resumes from its checkpoint, or starts over if it has none and
 * has logged nothing yet (a run with metrics but no checkpoint is refused: starting over would
 * erase them).
 * The same function runs in the CLI process and in sweep worker threads, which is why it takes
 * the stop request as an AbortSignal and reports progress through a callback.
 */
import type { DeviceName } from '../../index.js';
import type { AnyExperiment, ConfigObject, MetricRow, Summary } from './types.js';
/** config.json of a single run. */
export interface RunMeta {
    readonly kind: 'run';
    readonly experiment: string;
    readonly seed: number;
    readonly device: DeviceName;
    readonly smoke: boolean;
    readonly looplab: string;
    readonly startedAt: string;
    readonly config: ConfigObject;
}
/** summary.json of a finished single run. */
export interface RunSummaryFile {
    readonly kind: 'run';
    readonly experiment: string;
    readonly seed: number;
    /** Wall-clock seconds of training, summed over resumed segments. */
    readonly seconds: number;
    readonly final: Summary;
}
export type RunOutcome = {
    readonly status: 'finished';
    readonly summary: Summary;
    readonly seconds: number;
} | {
    readonly status: 'interrupted';
    readonly step: number;
} | {
    readonly status: 'failed';
    readonly message: string;
};
/** What the progress display receives. */
export interface ProgressEvent {
    readonly seed: number;
    readonly step: number;
    readonly total: number;
    /** Seconds of training including earlier segments of a resumed run. */
    readonly elapsed: number;
    /** The step this segment started from (0, or the checkpoint's step), for the ETA. */
    readonly startStep: number;
    readonly latest?: Readonly<Record<string, number>>;
}
export interface ExecuteOptions {
    readonly experiment: AnyExperiment;
    readonly dir: string;
    readonly config: ConfigObject;
    readonly seed: number;
    readonly smoke?: boolean;
    /** Aborting it asks the run to checkpoint and stop (what Ctrl-C does). */
    readonly signal?: AbortSignal;
    readonly onProgress?: (e: ProgressEvent) => void;
    readonly now?: () => Date;
}
/** A run directory that cannot be resumed as it is; nothing in it was changed. */
export declare class ResumeRefused extends Error {
    constructor(message: string);
}
/**
 * Refuse ({@link ResumeRefused}) a configuration read back from `dir`'s config.json that is
 * not a valid configuration of `experiment`: missing or unknown settings, wrong types, values
 * out of range. Call it before anything that relies on the configuration.
 */
export declare function checkSavedConfig(experiment: AnyExperiment, dir: string, config: ConfigObject): void;
/** Read a run's config.json, checking that it describes a single run. */
export declare function readRunMeta(dir: string): RunMeta;
/** The finished run's summary.json, or undefined while it is unfinished. */
export declare function readRunSummary(dir: string): RunSummaryFile | undefined;
/**
 * Run (or resume) one seed of an experiment in `dir`. Returns how it ended (failed, with `dir`
 * untouched, for a configuration that `configProblems` refuses or a default device the
 * experiment does not run on); throws only for problems with the directory itself (a damaged
 * checkpoint, a config.json of another run, another process writing it: `RunDirLockedError`
 * from lock.ts).
 */
export declare function executeRun(o: ExecuteOptions): Promise<RunOutcome>;
/** The on-disk record of a run, as `experiment.report` receives it. */
export declare function readRunRecord(dir: string): {
    meta: RunMeta;
    metrics: MetricRow[];
    summary: RunSummaryFile | undefined;
};
