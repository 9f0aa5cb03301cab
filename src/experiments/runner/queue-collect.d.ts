import type { QueueUrl, SweepStatus } from './queue.js';
import type { SweepSummary } from './sweep.js';
export interface CollectResult {
    readonly dir: string;
    readonly status: SweepStatus;
    readonly summary: SweepSummary;
    /** Cells whose run directory was copied from the results directory. */
    readonly copied: number;
    /** Cells rebuilt from the job's result alone (results directory not readable here). */
    readonly fromQueue: number;
    /** report.html, or the reason it could not be rendered. */
    readonly report: {
        readonly html: string;
    } | {
        readonly error: string;
    };
}
/**
 * Build (or update) `<out>/<sweep-id>/` from the queue and the results directory (default: the
 * one given when the sweep was submitted).
 */
export declare function collectSweep(o: {
    readonly queue: QueueUrl;
    readonly id: string;
    readonly out: string;
    readonly results?: string;
}): Promise<CollectResult>;
