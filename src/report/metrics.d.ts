/**
 * Figures and tables built from what every run records: its logged metric rows (one object per
 * logged step, as in metrics.jsonl) and its final numbers. Shared by the experiments' `report`s.
 */
import type { Series, Table } from './types.js';
/** One logged row: the step and the values logged at it (null: not finite). */
export interface LoggedRow {
    readonly step: number;
    readonly [name: string]: number | null;
}
/**
 * The curve of metric `key` against the step, over the rows that logged it. With
 * `positive: true` only positive values are kept (for a logarithmic axis).
 */
export declare function metricSeries(rows: readonly LoggedRow[], key: string, label?: string, options?: {
    readonly positive?: boolean;
}): Series;
/** The final numbers of a run, one row per quantity. */
export declare function summaryTable(summary: Readonly<Record<string, number | null>>, title?: string): Table;
