/**
 * report.html: one self-contained file (inline CSS, inline SVG, no scripts, no network) that
 * opens in any browser and survives being mailed or archived with the run.
 *
 * Every user-supplied string (titles, text, table cells, labels, JSON) goes through
 * {@link escapeHtml}; the only raw markup inserted is SVG produced by `renderFigureSvg`, and
 * even that is checked to be a plain `<svg>` element without scripts or event handlers.
 */
import type { RenderedFigure, ReportPage } from './types.js';
/** Escape `& < > " '` so a string can go into HTML text or a quoted attribute. */
export declare function escapeHtml(text: string): string;
/** A file-name and anchor-safe stem: letters, digits, `.`, `_`, `-`; anything else becomes `-`. */
export declare function safeName(name: string): string;
/**
 * Pretty JSON for display: 2-space indent; NaN and ±Infinity shown as strings (JSON.stringify
 * would turn them into null, hiding a diverged run); bigint as a string; cycles do not throw.
 */
export declare function prettyJson(value: unknown): string;
/** A number in a sentence or a compact table: 4 significant digits, exponent outside [1e-3, 1e5); null as an em dash. */
export declare function formatShort(x: number | null): string;
/**
 * A table cell: integers as is, other numbers to 4 significant digits (the full value is kept
 * in the cell's tooltip), null as an em dash.
 */
export declare function formatCell(value: string | number | null): {
    text: string;
    numeric: boolean;
    full?: string;
};
/** The stylesheet of every looplab page (reports, the tour). */
export declare const CSS: string;
/** Raw SVG from the renderer, or an escaped error line if it is not a plain, script-free SVG. */
export declare function svgBlock(fig: RenderedFigure): string;
/**
 * Render a {@link ReportPage} to a complete, self-contained HTML document: title, text,
 * figures (inline SVG), tables, summary/config/environment blocks and, for comparison pages,
 * one column per run. Deterministic (no timestamps), so re-rendering a run gives the same file.
 */
export declare function renderReportHtml(page: ReportPage): string;
