/**
 * Table 1 of PAPERS.md P4 from `looplab sweep online-copy` results: for every method (and model),
 * the learning rate with the best mean validation accuracy, and the test accuracy at that
 * learning rate as mean ± s.e.m. over seeds.
 *
 *   npx tsx -e "import('looplab/experiments').then(m => console.log(m.onlineCopyTable(['runs/online-copy-sweep-…']).markdown))"
 */
import path from 'node:path';
import { formatStat } from '../runner/aggregate.js';
import { formatValue } from '../runner/config.js';
import { readJson } from '../runner/run-dir.js';
/**
 * Rows of Table 1 from one or more sweep directories (e.g. one for the LRU methods, one for the
 * SnAp-1 rows). Configurations are grouped by their overrides other than `train.lr`; the best
 * learning rate is chosen on validation accuracy (not on the test set).
 */
export function onlineCopyTable(sweepDirs) {
    const rows = [];
    for (const dir of sweepDirs) {
        const s = readJson(path.join(dir, 'summary.json'));
        if (s.kind !== 'sweep' || s.experiment !== 'online-copy')
            throw new Error(`onlineCopyTable: ${dir} is not an online-copy sweep`);
        const groups = new Map();
        for (const c of s.configs) {
            const key = Object.entries(c.overrides)
                .filter(([k]) => k !== 'train.lr')
                .map(([k, v]) => `${k}=${formatValue(v)}`)
                .join(', ') || '(base)';
            groups.set(key, [...(groups.get(key) ?? []), c]);
        }
        for (const [row, configs] of groups) {
            const scored = configs.filter((c) => c.final.valAccuracy !== undefined && Number.isFinite(c.final.valAccuracy.mean));
            if (scored.length === 0)
                continue;
            const best = scored.reduce((a, b) => (b.final.valAccuracy.mean > a.final.valAccuracy.mean ? b : a));
            const lr = best.overrides['train.lr'];
            rows.push({ row, bestLr: typeof lr === 'number' ? lr : NaN, test: best.final.testAccuracy, val: best.final.valAccuracy });
        }
    }
    const lines = ['| method / model | best lr (on validation) | test per-bit accuracy, mean ± s.e.m. | seeds |', '| --- | --- | --- | --- |'];
    for (const r of rows)
        lines.push(`| ${r.row} | ${r.bestLr} | ${formatStat(r.test)} | ${r.test.n} |`);
    return { rows, markdown: lines.join('\n') };
}
//# sourceMappingURL=online-table.js.map