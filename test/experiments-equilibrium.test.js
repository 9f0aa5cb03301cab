/** The equilibrium experiments (P6, P7) stop with a checkpoint and resume to the same numbers. */
import { afterAll, describe, expect, it } from 'vitest';
import { lcpMnist, smokeLcpMnistConfig } from '../src/experiments/p6-lcp/lcp-mnist.js';
import { eqpropMnist, smokeEqpropMnistConfig } from '../src/experiments/p7-bilevel/eqprop-mnist.js';
import { executeRun } from '../src/experiments/runner/runner.js';
import { finish, removeTmpDirs, tmpDir } from './findings/types.js';
afterAll(removeTmpDirs);
/** Stop at progress step `stopAt`, resume, and compare with an uninterrupted run; the resumed run starts at or after `resumeFrom`. */
async function stopAndResume(experiment, config, stopAt, resumeFrom) {
    const straight = await finish(experiment, config, 2);
    const dir = tmpDir();
    const controller = new AbortController();
    const stopped = await executeRun({ experiment, dir, config, seed: 2, signal: controller.signal, onProgress: (e) => e.step === stopAt && controller.abort() });
    expect(stopped).toEqual({ status: 'interrupted', step: stopAt });
    const steps = [];
    const resumed = await executeRun({ experiment, dir, config, seed: 2, onProgress: (e) => steps.push(e.step) });
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(resumeFrom);
    if (resumed.status !== 'finished')
        throw new Error(`resume ended as ${resumed.status}`);
    expect(resumed.summary).toEqual(straight);
}
describe('equilibrium experiments resume exactly', () => {
    it('lcp-mnist, stopped inside the second training (RBP)', async () => {
        const base = smokeLcpMnistConfig();
        const c = {
            ...base,
            dHidden: 8,
            data: { trainLimit: 256, testLimit: 100 },
            train: { ...base.train, epochs: 1 },
            alignEvery: 2,
            checkpointEvery: 3,
        };
        // 4 steps per training; progress counts 5 per training, so step 7 is the RBP run's step 2.
        await stopAndResume(lcpMnist, c, 7, 6);
    });
    it('eqprop-mnist, stopped inside the first training (EP)', async () => {
        const base = smokeEqpropMnistConfig();
        const c = {
            ...base,
            dHidden: 8,
            data: { trainLimit: 256, testLimit: 100 },
            train: { ...base.train, epochs: 1 },
            alignEvery: 2,
            checkpointEvery: 2,
        };
        await stopAndResume(eqpropMnist, c, 3, 2);
    });
});
//# sourceMappingURL=experiments-equilibrium.test.js.map