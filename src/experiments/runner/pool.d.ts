import { Worker } from 'node:worker_threads';
import type { RunOutcome } from './runner.js';
import type { ConfigObject } from './types.js';
export interface Job {
    readonly experiment: string;
    readonly dir: string;
    readonly config: ConfigObject;
    readonly seed: number;
    readonly smoke: boolean;
}
/** Messages between the pool and a worker. */
export type ToWorker = {
    readonly type: 'job';
    readonly id: number;
    readonly job: Job;
} | {
    readonly type: 'stop';
};
/** `ready` once the worker's entry has loaded; `done` with each job's outcome. */
export type FromWorker = {
    readonly type: 'ready';
} | {
    readonly type: 'done';
    readonly id: number;
    readonly outcome: RunOutcome;
};
/** Run one job in the current thread. */
export declare function runJob(job: Job, signal?: AbortSignal): Promise<RunOutcome>;
/** The sweep worker entry next to this module, as a new worker thread. */
export declare function startSweepWorker(): Worker;
export interface RunJobsOptions {
    /** Aborting it makes running jobs checkpoint and stop; no new job starts. */
    readonly signal?: AbortSignal;
    /** Called once per job with its final outcome. */
    readonly onDone?: (index: number, outcome: RunOutcome) => void;
    /** Called when job `index`'s worker died (`message`) and the job starts again on a fresh worker. */
    readonly onRetry?: (index: number, message: string) => void;
    /**
     * Starts one worker thread; it must post `{ type: 'ready' }` once loaded and then answer
     * {@link ToWorker} messages as `sweep-worker` does. Default: {@link startSweepWorker}.
     */
    readonly startWorker?: () => Worker;
}
/**
 * Run `jobs` on up to `workers` threads (in this thread when `workers` ≤ 1). Calls `onDone`
 * as each finishes. A worker that dies during a job (`process.exit`, an uncaught error, out of
 * memory) is replaced by a fresh one, which runs that job once more — it resumes from the job's
 * last checkpoint, if any; a job whose second worker dies too fails alone, and the other jobs
 * go on. After `signal` aborts, running jobs checkpoint and stop and no new job starts; jobs that
 * never started are reported as interrupted at step 0.
 */
export declare function runJobs(jobs: readonly Job[], workers: number, options?: RunJobsOptions): Promise<RunOutcome[]>;
