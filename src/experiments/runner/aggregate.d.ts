/**
 * Aggregating over seeds: mean and standard error of the mean, s.e.m. = s / √n with s the
 * sample standard deviation (n − 1 in the denominator). With one seed the s.e.m. is undefined
 * and reported as NaN (null in JSON), not as a misleading 0.
 */
import type { MetricRow, Summary } from './types.js';
/** Mean ± s.e.m. of one quantity over seeds, with the per-seed values. */
export interface SeedStat {
    readonly mean: number;
    readonly sem: number;
    readonly n: number;
    readonly values: readonly number[];
}
export declare function meanSem(values: readonly number[]): SeedStat;
/** Per-key statistics over the summaries of several seeds (keys every summary has). */
export declare function aggregateSummaries(summaries: readonly Summary[]): Record<string, SeedStat>;
/** Mean ± s.e.m. curve of metric `name` over the steps every seed logged. */
export declare function aggregateCurve(runs: readonly (readonly MetricRow[])[], name: string): {
    x: number[];
    mean: number[];
    lo: number[];
    hi: number[];
};
/** Names of the numeric metrics logged in `rows` (besides step and time). */
export declare function metricNames(rows: readonly MetricRow[]): string[];
/** `0.01234 ± 0.00056` with a sensible number of digits. */
export declare function formatStat(s: SeedStat): string;
