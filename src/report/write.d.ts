import type { ReportPage } from './types.js';
/** Write `text` to `file` atomically (temp file in the same directory + rename). */
export declare function writeTextAtomic(file: string, text: string): Promise<void>;
/** What {@link writeRunReport} wrote: absolute-or-as-given paths of report.html and the SVGs. */
export interface WrittenReport {
    html: string;
    svgs: string[];
}
/**
 * Write `page` into `dir`: each figure as `figures/<safe name>.svg` (run columns of a comparison
 * page as `figures/<run>--<name>.svg`; clashing names get `-2`, `-3`, ...) and the
 * self-contained `report.html` (figures inlined). Creates `dir` and `figures/` if needed and
 * overwrites earlier renders. Returns the paths written.
 */
export declare function writeRunReport(dir: string, page: ReportPage): Promise<WrittenReport>;
