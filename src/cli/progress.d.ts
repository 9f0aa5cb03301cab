/**
 * Progress output for a training run. On a terminal one line is redrawn in place: a bar, the
 * step, the latest loss, elapsed time and an ETA. When output goes to a file or a pipe, about
 * ten plain lines are printed per run, at fixed steps, so logs stay short and comparable.
 *
 * In-house rather than a package such as cli-progress: the line is one template, and keeping
 * it here lets tests capture it through {@link CliIO} without a terminal (see
 * docs/DEPENDENCIES.md).
 */
import type { ProgressEvent } from '../experiments/runner/runner.js';
/** Where the CLI writes; injectable so tests capture output without a subprocess. */
export interface CliIO {
    out(text: string): void;
    err(text: string): void;
    /** Whether `out` is an interactive terminal (enables the in-place progress line). */
    readonly isTTY: boolean;
}
/** A number for humans: fixed point in the usual range, exponent outside it. */
export declare function formatNumber(x: number): string;
/** `75s` -> `1m15s`. */
export declare function formatDuration(seconds: number): string;
export interface Progress {
    update(e: ProgressEvent): void;
    /** Finish the in-place line (if any) so that later output starts on a fresh line. */
    done(): void;
}
/** `prefix` goes before every line (e.g. `seed 2/5 `). */
export declare function createProgress(io: CliIO, prefix?: string): Progress;
