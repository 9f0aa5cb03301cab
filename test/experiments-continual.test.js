/** continual-mnist: the checks across settings that ranges cannot express. */
import { describe, expect, it } from 'vitest';
import { continualMnist } from '../src/experiments/p8-sparse/continual-mnist.js';
import { configProblems } from '../src/experiments/runner/ranges.js';
describe('continual-mnist configuration', () => {
    it('refuses a replay batch larger than the memory, a batch larger than a task, no methods, an unknown benchmark', () => {
        const smoke = continualMnist.smokeConfig();
        expect(configProblems(continualMnist, smoke)).toEqual([]);
        expect(configProblems(continualMnist, { ...smoke, replayBatch: 300 }).join('\n')).toContain('replayBatch (300) must be ≤ memories (200)');
        expect(configProblems(continualMnist, { ...smoke, batchSize: 400 }).join('\n')).toContain('batchSize (400) must be ≤ trainPerTask (300)');
        expect(configProblems(continualMnist, { ...smoke, methods: [] }).join('\n')).toContain('methods must name at least one of SGD, LaMAML, SparseMask');
        expect(configProblems(continualMnist, { ...smoke, benchmark: 'split' }).join('\n')).toMatch(/benchmark/);
    });
});
//# sourceMappingURL=experiments-continual.test.js.map