export { figureToVegaLite, PALETTE, FIGURE_WIDTH, FIGURE_HEIGHT } from './vega-lite.js';
export { renderFigureSvg, renderVegaLiteSvg } from './svg.js';
export { renderReportHtml, escapeHtml } from './html.js';
export { renderRunPage, renderFigures, compareRuns, compareFigures } from './compare.js';
export { metricSeries, summaryTable } from './metrics.js';
export { writeRunReport } from './write.js';
export { renderTourHtml } from './tour-page.js';
//# sourceMappingURL=index.js.map