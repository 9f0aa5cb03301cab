import type { RunReportInput } from './report-bridge.js';
/** The kind of a run directory, from its config.json. */
export type DirKind = 'run' | 'seeds' | 'sweep';
export declare function dirKind(dir: string): DirKind;
/** Report input for a single run (finished or not: an unfinished run shows what it logged). */
export declare function singleRunInput(dir: string): RunReportInput;
/** Report input for a group of seeds. */
export declare function seedGroupInput(dir: string): RunReportInput;
/**
 * Report input for a sweep: the ranked table, and the metric against each numeric grid key. The
 * summary (summary.json, summary.md) is rebuilt from the run directories first, so cells
 * finished after the sweep itself ended are counted.
 */
export declare function sweepInput(dir: string): RunReportInput;
/** Report input for any run directory. */
export declare function reportInput(dir: string): RunReportInput;
/** (Re-)render report.html and figures/ of one run directory; returns the report.html path. */
export declare function renderDirReport(dir: string): Promise<string>;
/**
 * Render several run directories side by side into the directory `makeOutDir` creates (called
 * only once every input was read, so a bad input leaves nothing behind); returns report.html.
 */
export declare function renderComparison(dirs: readonly string[], makeOutDir: () => string): Promise<string>;
