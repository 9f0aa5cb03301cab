import type { SeedStat } from '../runner/aggregate.js';
export interface OnlineCopyTableRow {
    /** The sweep's other grid values (method, model.mixer, …) that make the row. */
    readonly row: string;
    readonly bestLr: number;
    readonly test: SeedStat;
    readonly val: SeedStat;
}
/**
 * Rows of Table 1 from one or more sweep directories (e.g. one for the LRU methods, one for the
 * SnAp-1 rows). Configurations are grouped by their overrides other than `train.lr`; the best
 * learning rate is chosen on validation accuracy (not on the test set).
 */
export declare function onlineCopyTable(sweepDirs: readonly string[]): {
    rows: OnlineCopyTableRow[];
    markdown: string;
};
