/**
 * The P5 experiments beyond their smoke configurations: the conv-net control with batch norm
 * (statistics recomputed for every averaged network) and weight matching.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { alignBarrier, smokeAlignBarrierConfig } from '../src/experiments/p5-align/align-barrier.js';
import { alignInit, smokeAlignInitConfig } from '../src/experiments/p5-align/align-init.js';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { finish, removeTmpDirs } from './findings/types.js';
afterAll(removeTmpDirs);
const tiny = { trainLimit: 400, testLimit: 200, matchSamples: 200, bnSamples: 100 };
describe('align-init and align-barrier: the CNN control and weight matching', () => {
    it('a conv net with batch norm runs through align-init; every average is evaluated with recomputed statistics', async () => {
        const c = {
            ...smokeAlignInitConfig(),
            net: 'cnn',
            cnn: { arch: '8-avg-16', batchNorm: true },
            train: { updates: 8, batchSize: 50, lr: 1e-3, weightDecay: 0.01 },
            earlyUpdate: 4,
            data: tiny,
        };
        expect(configProblems(alignInit, c)).toEqual([]);
        const s = await finish(alignInit, c);
        for (const k of alignInit.summaryKeys) {
            expect(s[k], k).toBeGreaterThanOrEqual(0);
            expect(s[k], k).toBeLessThanOrEqual(1);
        }
    }, 60_000);
    it('weight matching also removes the barrier between two MLPs', async () => {
        const c = { ...smokeAlignBarrierConfig(), method: 'weight', mlp: { width: 64, depth: 1 }, data: { ...tiny, trainLimit: 3000 } };
        const s = await finish(alignBarrier, c);
        // measured (seed 0, 1×64, 150 updates on 3000 images): loss barrier MNIST 0.477 -> 0.112, Fashion 0.453 -> 0.102
        for (const x of ['', 'Fashion'])
            expect(s[`lossBarrierPermuted${x}`], x).toBeLessThan(s[`lossBarrierVanilla${x}`] / 2);
    }, 60_000);
    it('refuses configurations that cannot run, naming the setting', () => {
        expect(alignInit.validate?.({ ...smokeAlignInitConfig(), earlyUpdate: 500 })).toEqual(['earlyUpdate (500) exceeds train.updates (150)']);
        expect(alignBarrier.validate?.({ ...smokeAlignBarrierConfig(), alphas: 4 })).toEqual(['alphas (4) must be odd, so that α = 0.5 is on the path']);
        expect(alignBarrier.validate?.({ ...smokeAlignBarrierConfig(), data: { ...tiny, matchSamples: 500 } })).toEqual([
            'data.matchSamples (500) exceeds the 400 training images',
        ]);
    });
});
//# sourceMappingURL=experiments-align.test.js.map