/** What the smoke configurations of the P4 experiments (online learning) show. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copySteps } from '../../src/experiments/p4-online/online-copy.js';
import { readMetrics } from '../../src/experiments/runner/run-dir.js';
import { finish } from './types.js';
export const p4Findings = {
    async 'online-copy'({ experiment, dir, config, summary: online, wallSeconds }) {
        // Online learning solves the shortened copy task, the spatial gradient does not.
        const c = config;
        const spatial = await finish(experiment, { ...c, method: 'spatial' });
        // measured: online 0.98–1.0, spatial 0.69–0.71 over seeds 0 and 1 (seed noise ≈ 0.02)
        expect(online.testAccuracy).toBeGreaterThan(0.9);
        expect(online.testAccuracy - spatial.testAccuracy).toBeGreaterThan(0.15);
        expect(spatial.testAccuracy).toBeGreaterThan(0.55); // it learns something: the initial λ remember a little
        // every step is timed (alignEvery 0), inside the run: a per-step time in seconds, not a total or milliseconds
        expect(online.secondsPerStep).toBeGreaterThan(0);
        expect(online.secondsPerStep * copySteps(c)).toBeLessThanOrEqual(wallSeconds);
        const rows = readMetrics(path.join(dir, 'metrics.jsonl'));
        expect(rows.at(-1).step).toBe(copySteps(c));
        expect(rows.at(-1).testAccuracy).toBe(online.testAccuracy);
        expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('were not available');
        expect(existsSync(path.join(dir, 'figures', 'accuracy.svg'))).toBe(true);
    },
    'online-layers'({ dir, config, summary: s }) {
        // The top layer gets the exact gradient, lower layers an approximation.
        const c = config;
        const top = c.model.nLayers - 1;
        expect(s.cos_l2).toBeGreaterThan(0.9999);
        expect(Math.abs(s[`normRatio_l${top}`] - 1)).toBeLessThan(1e-3);
        // measured: mean cosine 0.79 (layer 1), 0.96 (layer 2)
        expect(s.cos_l0).toBeLessThan(s[`cos_l${top}`] - 0.05);
        const rows = readMetrics(path.join(dir, 'metrics.jsonl')).filter((r) => typeof r.cos_l0 === 'number');
        expect(rows.length).toBe(Math.ceil(copySteps(c) / c.alignEvery) + 1); // steps 0, 10, …, and the last
        for (const r of rows)
            for (let l = 0; l < 3; l++)
                expect(r[`normRatio_l${l}`]).toBeGreaterThan(0);
        expect(existsSync(path.join(dir, 'figures', 'cosine.svg'))).toBe(true);
    },
    async 'online-smnist'({ experiment, config, summary: online }) {
        // Online and BPTT both learn the shortened sMNIST, to about the same accuracy.
        const bptt = await finish(experiment, { ...config, method: 'bptt' });
        // chance is 0.1; measured 0.59 (online) and 0.62 (BPTT): for one layer the online gradient is BPTT's
        expect(online.testAccuracy).toBeGreaterThan(0.4);
        expect(bptt.testAccuracy).toBeGreaterThan(0.4);
        expect(Math.abs(online.testAccuracy - bptt.testAccuracy)).toBeLessThan(0.1);
    },
};
//# sourceMappingURL=p4-online.js.map