/**
 * Declarative figures and tables that experiments return from `report(run)`. The report layer
 * turns them into Vega-Lite specs, renders SVG headlessly and assembles report.html; the
 * browser lab reuses the same specs. Figures hold data, never drawing code.
 */
/** One line of a line plot; `lo`/`hi` give an error band (e.g. mean ± s.e.m. over seeds). */
export interface Series {
    name: string;
    x: readonly number[];
    y: readonly number[];
    lo?: readonly number[];
    hi?: readonly number[];
}
export interface Axis {
    label: string;
    /** Logarithmic scale (base 10). */
    log?: boolean;
    /** Fixed domain [min, max]. */
    domain?: readonly [number, number];
}
export type Figure = {
    kind: 'line';
    title: string;
    x: Axis;
    y: Axis;
    series: readonly Series[];
} | {
    kind: 'scatter';
    title: string;
    x: Axis;
    y: Axis;
    points: readonly {
        x: number;
        y: number;
        group?: string;
        label?: string;
    }[];
} | {
    kind: 'heatmap';
    title: string;
    /** Column labels (left to right) and row labels (top to bottom). */
    xLabels: readonly (string | number)[];
    yLabels: readonly (string | number)[];
    x: Axis;
    y: Axis;
    /** values[row][col]; NaN cells are left blank. */
    values: readonly (readonly number[])[];
    color: Axis;
};
export interface Table {
    title: string;
    columns: readonly string[];
    rows: readonly (readonly (string | number | null)[])[];
    /** Optional note under the table (e.g. the paper's reference value). */
    note?: string;
}
/** What an experiment's `report(run)` returns. File names are derived from `name`. */
export interface Report {
    figures: readonly {
        name: string;
        figure: Figure;
    }[];
    tables: readonly Table[];
    /** Short free text shown above the figures (what the experiment shows). */
    text?: string;
}
/** A rendered figure: its file-name stem and SVG markup (see `renderFigureSvg`). */
export interface RenderedFigure {
    /** File-name stem: written as `figures/<name>.svg` (unsafe characters replaced by `-`). */
    name: string;
    svg: string;
}
/**
 * One run's part of a comparison page: shown in its own column. Everything optional except the
 * label, so a run whose report could not be rebuilt still shows its config and summary.
 */
export interface RunSection {
    /** Short run label, e.g. the run directory's name. */
    label: string;
    text?: string;
    figures?: readonly RenderedFigure[];
    tables?: readonly Table[];
    /** Any JSON-serialisable values (config.json, summary.json). */
    config?: unknown;
    summary?: unknown;
    /** Flat key/value record (node, platform, cpu, looplab version, git commit, ...). */
    environment?: object;
}
/** Everything `renderReportHtml` puts on a page: one run, or several side by side (`runs`). */
export interface ReportPage {
    title: string;
    subtitle?: string;
    /** Free text above the figures; blank lines separate paragraphs (plain text, not HTML). */
    text?: string;
    figures: readonly RenderedFigure[];
    tables: readonly Table[];
    /** The resolved configuration (any JSON-serialisable value), shown as pretty JSON. */
    config?: unknown;
    /** The run's summary.json (any JSON-serialisable value), shown as pretty JSON. */
    summary?: unknown;
    /**
     * Where the run ran: a flat record such as `{ node, platform, cpu, looplab, gitCommit }`.
     * Keys are shown in insertion order; nested values as JSON.
     */
    environment?: object;
    /** For comparison pages: one column per run, after the shared figures and tables. */
    runs?: readonly RunSection[];
}
