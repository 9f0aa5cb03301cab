import type { ConnectionOptions } from 'bullmq';
import type { QueueUrl } from './queue-url.js';
import type { GridAxis, SweepMeta } from './sweep.js';
import type { AnyExperiment, ConfigObject, Summary } from './types.js';
/** The BullMQ queue every looplab sweep and worker uses. */
export declare const QUEUE_NAME = "looplab";
export { QueueError, parseQueueUrl } from './queue-url.js';
export type { QueueUrl } from './queue-url.js';
/**
 * Connect once, without retrying, and check that the server answers; throws {@link QueueError}
 * naming the URL when it does not. Returns a warning when Redis may evict keys (BullMQ needs
 * `maxmemory-policy noeviction`), else undefined.
 */
export declare function checkQueue(q: QueueUrl, timeoutMs?: number): Promise<string | undefined>;
/** BullMQ's connection options for `q` (workers need `maxRetriesPerRequest: null`). */
export declare function bullConnection(q: QueueUrl): ConnectionOptions;
/** The job id of one cell: the same cell always has the same id. */
export declare function cellJobId(experiment: string, config: ConfigObject, seed: number): string;
/** What a job carries: enough for any worker to run the cell. */
export interface CellJobData {
    readonly sweepId: string;
    readonly experiment: string;
    readonly config: ConfigObject;
    readonly seed: number;
    readonly smoke: boolean;
    /** The run directory relative to the worker's results directory: `<sweep-id>/<config-dir>/seed-<k>`. */
    readonly path: string;
}
/** What a finished job returns. */
export interface CellJobResult {
    readonly summary: Summary;
    readonly seconds: number;
    /** The run directory relative to the results directory. */
    readonly path: string;
    /** The machine that finished it. */
    readonly host: string;
}
/** A queued sweep's description, stored in Redis (and the sweep directory's config.json, as a {@link SweepMeta}). */
export interface QueuedSweep extends SweepMeta {
    readonly queue: {
        readonly id: string;
        /** Results directory given at submission (where `collect` looks for run directories by default). */
        readonly results: string | null;
        readonly jobs: readonly {
            readonly id: string;
            readonly configDir: string;
            readonly seed: number;
        }[];
    };
}
export interface SubmitOptions {
    readonly queue: QueueUrl;
    readonly experiment: AnyExperiment;
    readonly base: ConfigObject;
    readonly grid: readonly GridAxis[];
    readonly seeds: readonly number[];
    readonly smoke: boolean;
    readonly results?: string;
    /** Attempts per job before it is marked failed (a crash or an error each use one). */
    readonly attempts: number;
    readonly now?: () => Date;
}
/** The sweep id of a submission: the same grid of the same experiment always has the same id. */
export declare function sweepId(experiment: string, base: ConfigObject, grid: readonly GridAxis[], seeds: readonly number[]): string;
/**
 * Enqueue every cell of a sweep that is not in the queue yet. Returns the sweep and how many jobs
 * were added (0 when the same sweep was submitted before).
 */
export declare function submitSweep(o: SubmitOptions): Promise<{
    sweep: QueuedSweep;
    added: number;
    existing: number;
}>;
/** A cell's state in the queue. */
export type CellState = 'done' | 'running' | 'failed' | 'waiting';
export interface CellStatus {
    readonly id: string;
    readonly configDir: string;
    readonly seed: number;
    readonly state: CellState;
    readonly result?: CellJobResult;
    readonly error?: string;
    readonly attempts: number;
    /** Latest progress of a running cell. */
    readonly progress?: {
        readonly step: number;
        readonly total: number;
        readonly elapsed: number;
    };
}
export interface SweepStatus {
    readonly sweep: QueuedSweep;
    readonly cells: readonly CellStatus[];
    readonly counts: Readonly<Record<CellState, number>>;
    /** Seconds until every cell is done, from the finished cells' mean time and the running count; undefined before any finished. */
    readonly etaSeconds: number | undefined;
}
/** Where every cell of sweep `id` stands. */
export declare function sweepStatus(q: QueueUrl, id: string): Promise<SweepStatus>;
