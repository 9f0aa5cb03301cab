/** What the smoke configurations of the example experiments show. */
import path from 'node:path';
import { expect } from 'vitest';
import { readMetrics } from '../../src/experiments/runner/run-dir.js';
export const exampleFindings = {
    'sine-mlp'({ dir, summary }) {
        // The MLP learns sin x: sin² x averages ½ over [−π, π], and 60 steps bring the test error
        // well below that and below half of what it was after the first step (seed 0: 0.107 -> 0.045).
        const first = readMetrics(path.join(dir, 'metrics.jsonl'))[0];
        expect(first.step).toBe(1);
        expect(summary.testLoss).toBeLessThan(0.1);
        expect(summary.testLoss).toBeLessThan(0.5 * first.testLoss);
        expect(summary.steps).toBe(60);
    },
};
//# sourceMappingURL=examples.js.map