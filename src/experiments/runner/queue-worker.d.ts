import type { DeviceName } from '../../index.js';
import type { CellJobResult, QueueUrl } from './queue.js';
export interface WorkerOptions {
    readonly queue: QueueUrl;
    /** Where run directories go (shared between machines for crash recovery to resume). */
    readonly results: string;
    /** Jobs run at once in this process (default 1: a run uses the machine's cores). */
    readonly concurrency: number;
    readonly device: DeviceName;
    /** A job whose worker stops renewing its lock for this long is given to another worker (ms; BullMQ default 30 000). */
    readonly lockDurationMs?: number;
    /** How often this worker looks for such stalled jobs (ms; default 30 000). */
    readonly stalledIntervalMs?: number;
    /** Stop request: checkpoint the current jobs, requeue them, take no new ones. */
    readonly signal?: AbortSignal;
    /** What happened to each job. */
    readonly onEvent?: (e: WorkerEvent) => void;
}
export type WorkerEvent = {
    readonly kind: 'start';
    readonly job: string;
    readonly path: string;
    readonly attempt: number;
    readonly resuming: boolean;
} | {
    readonly kind: 'done';
    readonly job: string;
    readonly path: string;
    readonly result: CellJobResult;
} | {
    readonly kind: 'failed';
    readonly job: string;
    readonly path: string;
    readonly error: string;
    readonly final: boolean;
} | {
    readonly kind: 'requeued';
    readonly job: string;
    readonly path: string;
    readonly step: number;
};
/** Run jobs until `signal` aborts; resolves once the worker has closed. */
export declare function runWorker(o: WorkerOptions): Promise<void>;
