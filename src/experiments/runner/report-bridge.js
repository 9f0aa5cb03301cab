/**
 * The one place where experiments/ calls the report layer: turning {@link RunReportInput}s
 * into report.html and figures/*.svg in a directory.
 */
import { compareRuns, renderRunPage, writeRunReport } from '../../report/index.js';
/** Render one run's (or one seed group's) report into `dir`; returns the report.html path. */
export async function writeReport(dir, input) {
    const written = await writeRunReport(dir, await renderRunPage(input));
    return written.html;
}
/** Render several runs side by side into `dir`; returns the report.html path. */
export async function writeComparison(dir, inputs, title) {
    const written = await writeRunReport(dir, await compareRuns(inputs, { title }));
    return written.html;
}
export { renderTourHtml } from '../../report/index.js';
//# sourceMappingURL=report-bridge.js.map