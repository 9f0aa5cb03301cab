import type { Figure, RenderedFigure, Report, ReportPage } from './types.js';
/** One finished run, as the runner or `looplab report` knows it. */
export interface RunReportInput {
    /** Short label for the run, e.g. its directory name; used in legends and column headings. */
    label: string;
    /** Page title (e.g. the experiment's title); defaults to the label. */
    title?: string;
    subtitle?: string;
    /** What the experiment's `report(run)` returned. */
    report: Report;
    /** config.json and summary.json contents (any JSON-serialisable values). */
    config?: unknown;
    summary?: unknown;
    /** Flat key/value record describing where the run ran. */
    environment?: object;
}
/** Render every figure of a report to SVG, keeping their order and names. */
export declare function renderFigures(figures: Report['figures']): Promise<RenderedFigure[]>;
/** The page for a single run: its text, rendered figures, tables, summary, config and environment. */
export declare function renderRunPage(run: RunReportInput): Promise<ReportPage>;
/**
 * Overlay the same figure from several runs into one, or return `undefined` where that would
 * mislead (heatmaps, mixed kinds, different axis labels or scales).
 *
 * Line series are renamed `<run>: <series>` (just `<run>` when every run has one series of the
 * same name); scatter groups likewise. Fixed domains survive only if all runs agree.
 */
export declare function compareFigures(items: readonly {
    label: string;
    figure: Figure;
}[]): Figure | undefined;
type Cell = string | number | null;
/** Scalar leaves of a JSON value as dotted paths; short arrays as JSON text, long ones as a count. */
export declare function flattenScalars(value: unknown, prefix?: string, out?: Map<string, Cell>, depth?: number): Map<string, Cell>;
/**
 * The labels of the runs' lines in overlaid figures: the run labels when they fit a legend and
 * differ; otherwise what differs between the runs' configurations (`method=online` vs
 * `method=spatial`, at most three settings; the `config.` of a run directory's config.json
 * dropped), so that long run names that share a prefix (a timestamped directory) stay apart.
 */
export declare function legendLabels(labels: readonly string[], configs: readonly unknown[]): string[];
/**
 * A comparison page for several runs (of one experiment, or of several): figures with the same
 * name are overlaid when {@link compareFigures} allows it, otherwise shown next to each other
 * as `<name>--<run>`; a "Summary by run" table and a "Configuration differences" table (keys
 * whose values differ) come first; then one column per run with its own tables, summary,
 * config and environment.
 */
export declare function compareRuns(runs: readonly RunReportInput[], options?: {
    title?: string;
    subtitle?: string;
}): Promise<ReportPage>;
export {};
