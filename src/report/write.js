/**
 * Writing a report to a run directory: `figures/<name>.svg` for every figure and `report.html`.
 * Each file is written to a temporary name in the same directory and renamed into place, so a
 * reader (a browser refresh, `looplab report` of a live run) never sees a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderReportHtml, safeName } from './html.js';
/** Write `text` to `file` atomically (temp file in the same directory + rename). */
export async function writeTextAtomic(file, text) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(tmp, text);
        await rename(tmp, file);
    }
    catch (err) {
        await rm(tmp, { force: true });
        throw err;
    }
}
/**
 * Write `page` into `dir`: each figure as `figures/<safe name>.svg` (run columns of a comparison
 * page as `figures/<run>--<name>.svg`; clashing names get `-2`, `-3`, ...) and the
 * self-contained `report.html` (figures inlined). Creates `dir` and `figures/` if needed and
 * overwrites earlier renders. Returns the paths written.
 */
export async function writeRunReport(dir, page) {
    const figDir = path.join(dir, 'figures');
    await mkdir(figDir, { recursive: true });
    const all = [
        ...page.figures.map((f) => ({ stem: safeName(f.name), svg: f.svg })),
        ...(page.runs ?? []).flatMap((r) => (r.figures ?? []).map((f) => ({ stem: `${safeName(r.label)}--${safeName(f.name)}`, svg: f.svg }))),
    ];
    const used = new Set();
    const svgs = [];
    for (const { stem, svg } of all) {
        let name = stem;
        for (let k = 2; used.has(name); k++)
            name = `${stem}-${k}`;
        used.add(name);
        const file = path.join(figDir, `${name}.svg`);
        await writeTextAtomic(file, svg.endsWith('\n') ? svg : `${svg}\n`);
        svgs.push(file);
    }
    const html = path.join(dir, 'report.html');
    await writeTextAtomic(html, renderReportHtml(page));
    return { html, svgs };
}
//# sourceMappingURL=write.js.map