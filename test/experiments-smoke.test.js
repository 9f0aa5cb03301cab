/**
 * Every registered experiment, through its smoke configuration, run once: its configurations
 * pass their declared ranges, the run finishes, its summary holds the keys it declares and
 * only finite numbers, its report renders (one SVG per figure), and the finding the smoke
 * configuration is there to show holds (test/findings/). A new experiment cannot be registered
 * without all of these.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { experiments } from '../src/experiments/runner/registry.js';
import { renderDirReport, singleRunInput } from '../src/experiments/runner/reports.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { exampleFindings } from './findings/examples.js';
import { p1Findings } from './findings/p1-memory.js';
import { p4Findings } from './findings/p4-online.js';
import { p3Findings } from './findings/p3-icl.js';
import { p2Findings } from './findings/p2-mesa.js';
import { equilibriumFindings } from './findings/p6p7-equilibrium.js';
import { p5Findings } from './findings/p5-align.js';
import { metaFindings } from './findings/p8p9-meta.js';
import { removeTmpDirs, tmpDir } from './findings/types.js';
const findings = {
    ...exampleFindings,
    ...p1Findings,
    ...p4Findings,
    ...p2Findings,
    ...p3Findings,
    ...equilibriumFindings,
    ...p5Findings,
    ...metaFindings,
};
afterAll(removeTmpDirs);
/** Dotted keys of settings holding strings that have no declared `oneOf`. */
function undeclaredChoices(config, ranges, prefix = '') {
    return Object.entries(config).flatMap(([k, v]) => {
        const r = ranges[k];
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return undeclaredChoices(v, (r ?? {}), `${prefix}${k}.`);
        const isText = typeof v === 'string' || (Array.isArray(v) && v.some((e) => typeof e === 'string'));
        return isText && !(r !== undefined && 'oneOf' in r) ? [`${prefix}${k}`] : [];
    });
}
describe('the registry', () => {
    it('has a finding for every experiment, and no finding without an experiment', () => {
        const names = experiments.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        expect(Object.keys(findings).sort()).toEqual([...names].sort());
    });
});
describe.each(experiments.map((e) => [e.name, e]))('%s', (_name, experiment) => {
    it('declares ranges that its default and smoke configurations satisfy, and a choice for every text setting', () => {
        expect(configProblems(experiment, experiment.defaultConfig())).toEqual([]);
        expect(configProblems(experiment, experiment.smokeConfig())).toEqual([]);
        expect(undeclaredChoices(experiment.defaultConfig(), experiment.ranges)).toEqual([]);
        expect(experiment.summaryKeys).toContain(experiment.metric.name);
    });
    it('smoke run: finite summary with the declared keys, a report, and the finding', async () => {
        const dir = tmpDir();
        const config = experiment.smokeConfig();
        const started = performance.now();
        const out = await executeRun({ experiment, dir, config, seed: 0, smoke: true });
        const wallSeconds = (performance.now() - started) / 1000;
        if (out.status !== 'finished')
            throw new Error(`${experiment.name} ended as ${out.status}${out.status === 'failed' ? `: ${out.message}` : ''}`);
        const summary = out.summary;
        for (const k of experiment.summaryKeys)
            expect(summary, `summary key ${k}`).toHaveProperty([k]);
        for (const [k, v] of Object.entries(summary))
            expect(Number.isFinite(v), `${k} = ${v}`).toBe(true);
        const report = singleRunInput(dir).report;
        expect(report.figures.length).toBeGreaterThan(0);
        expect(existsSync(await renderDirReport(dir))).toBe(true);
        expect(readdirSync(path.join(dir, 'figures')).filter((f) => f.endsWith('.svg'))).toHaveLength(report.figures.length);
        for (const f of report.figures) {
            if (f.figure.kind === 'line')
                for (const s of f.figure.series)
                    expect(s.x.length, `${f.name}/${s.name}`).toBeGreaterThan(0);
        }
        await findings[experiment.name]({ experiment, dir, config, summary, report, wallSeconds });
    }, 90_000);
});
//# sourceMappingURL=experiments-smoke.test.js.map