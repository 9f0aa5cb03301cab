import type { RunReportInput } from '../../report/index.js';
export type { RunReportInput } from '../../report/index.js';
export type { Report, Figure, Table, Series } from '../../report/index.js';
/** Render one run's (or one seed group's) report into `dir`; returns the report.html path. */
export declare function writeReport(dir: string, input: RunReportInput): Promise<string>;
/** Render several runs side by side into `dir`; returns the report.html path. */
export declare function writeComparison(dir: string, inputs: readonly RunReportInput[], title: string): Promise<string>;
export { renderTourHtml } from '../../report/index.js';
export type { TourRecord, TourFindingRecord, TourQuantity, TourCheck, TourRun } from '../../report/index.js';
