/**
 * looplab's report layer: declarative figures -> Vega-Lite specs -> SVG, and self-contained
 * report.html pages for one run or several side by side. The single entry point for the
 * runner, the CLI and the browser lab. See docs/report.md.
 *
 * Typical use after a run:
 *
 * ```ts
 * const page = await renderRunPage({ label: dirName, title: 'Copy task', report, config, summary, environment });
 * await writeRunReport(runDir, page); // figures/*.svg + report.html
 * ```
 *
 * `vega`/`vega-lite` load lazily on the first SVG render; {@link figureToVegaLite} alone needs neither.
 */
export type { Axis, Figure, Series, Table, Report, RenderedFigure, RunSection, ReportPage } from './types.js';
export { figureToVegaLite, PALETTE, FIGURE_WIDTH, FIGURE_HEIGHT } from './vega-lite.js';
export type { VegaLiteSpec } from './vega-lite.js';
export { renderFigureSvg, renderVegaLiteSvg } from './svg.js';
export { renderReportHtml, escapeHtml } from './html.js';
export { renderRunPage, renderFigures, compareRuns, compareFigures } from './compare.js';
export type { RunReportInput } from './compare.js';
export { metricSeries, summaryTable } from './metrics.js';
export type { LoggedRow } from './metrics.js';
export { writeRunReport } from './write.js';
export type { WrittenReport } from './write.js';
export { renderTourHtml } from './tour-page.js';
export type { TourRecord, TourFindingRecord, TourQuantity, TourCheck, TourRun } from './tour-page.js';
