/**
 * The one place where experiments/ calls the report layer: turning {@link RunReportInput}s
 * into report.html and figures/*.svg in a directory.
 */
import { compareRuns, renderRunPage, writeRunReport } from '../../report/index.js';
import type { RunReportInput } from '../../report/index.js';

export type { RunReportInput } from '../../report/index.js';
export type { Report, Figure, Table, Series } from '../../report/index.js';

/** Render one run's (or one seed group's) report into `dir`; returns the report.html path. */
export async function writeReport(dir: string, input: RunReportInput): Promise<string> {
  const written = await writeRunReport(dir, await renderRunPage(input));
  return written.html;
}

/** Render several runs side by side into `dir`; returns the report.html path. */
export async function writeComparison(dir: string, inputs: readonly RunReportInput[], title: string): Promise<string> {
  const written = await writeRunReport(dir, await compareRuns(inputs, { title }));
  return written.html;
}

export { renderTourHtml } from '../../report/index.js';
export type { TourRecord, TourFindingRecord, TourQuantity, TourCheck, TourRun } from '../../report/index.js';
