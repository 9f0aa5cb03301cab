/** What the smoke configurations of the P6 and P7 experiments (learning at equilibrium) show. */
import path from 'node:path';
import { expect } from 'vitest';
import { readMetrics } from '../../src/experiments/runner/run-dir.js';
import { finish } from './types.js';
export const equilibriumFindings = {
    async 'bilevel-estimators'({ experiment, dir, config, summary: s }) {
        // EP's bias falls at the estimator's order: slopes 1, 2, 2 (measured 0.98, 2.00, 1.91 on the Hopfield problem).
        expect(Math.abs(s.slopeOneSided - 1)).toBeLessThan(0.2);
        expect(Math.abs(s.slopeSymmetric - 2)).toBeLessThan(0.2);
        expect(Math.abs(s.slopeSecondOrder - 2)).toBeLessThan(0.2);
        // With enough products CG and accelerated fixed point reach machine precision; T1–T2 stays biased.
        expect(s.errorCg).toBeLessThan(1e-10);
        expect(s.errorFixedPoint).toBeLessThan(1e-10);
        expect(s.errorT1T2).toBeGreaterThan(0.1);
        const rows = readMetrics(path.join(dir, 'metrics.jsonl'));
        // The δ sweep: a loose inner solve dominates the error; tightening δ removes it.
        const delta = rows.filter((r) => typeof r.errDelta === 'number').map((r) => r.errDelta);
        expect(delta).toHaveLength(config.nDeltas);
        expect(delta[0]).toBeGreaterThan(10 * delta[delta.length - 1]);
        // CG's error falls with the budget (error vs compute), and beats Neumann at 8 products.
        const budget = rows.filter((r) => typeof r.errCg === 'number');
        expect(budget[budget.length - 1].errCg).toBeLessThan(budget[0].errCg * 1e-6);
        const at8 = budget.find((r) => r.budget === 8);
        expect(at8.errCg).toBeLessThan(at8.errNeumann);
        // The same orders on the ridge-hyperparameter problem.
        const ridge = await finish(experiment, { ...config, problem: 'ridge' });
        expect(Math.abs(ridge.slopeOneSided - 1)).toBeLessThan(0.2);
        expect(Math.abs(ridge.slopeSymmetric - 2)).toBeLessThan(0.2);
        expect(Math.abs(ridge.slopeSecondOrder - 2)).toBeLessThan(0.2);
    },
    'eqprop-mnist'({ summary: s }) {
        // Symmetric EP (β = 1) follows the implicit gradient closely and learns as well as RBP.
        // measured (seed 0): cosine 0.9993, test accuracy 0.694 (EP) and 0.702 (RBP) after 40 steps; chance 0.1
        expect(s.cosineEP).toBeGreaterThan(0.99);
        expect(s.testAccuracyEP).toBeGreaterThan(0.5);
        expect(s.testAccuracyRBP).toBeGreaterThan(0.5);
        expect(Math.abs(s.testAccuracyEP - s.testAccuracyRBP)).toBeLessThan(0.05);
    },
    'lcp-mnist'({ summary: s }) {
        // LCP (dynamic inversion, α = 0.1) trains the equilibrium RNN as well as RBP and BPTT, its
        // update nearly parallel to the true gradient.
        // measured (seed 0): 0.722 (LCP), 0.730 (RBP), 0.730 (BPTT), mean cosine 0.993 after 40 steps
        expect(s.cosineLCP).toBeGreaterThan(0.95);
        for (const k of ['testAccuracyLCP', 'testAccuracyRBP', 'testAccuracyBPTT'])
            expect(s[k], k).toBeGreaterThan(0.5);
        expect(Math.abs(s.testAccuracyLCP - s.testAccuracyRBP)).toBeLessThan(0.05);
        expect(s.iterationsLCP).toBeGreaterThan(s.iterationsRBP / 2);
    },
};
//# sourceMappingURL=p6p7-equilibrium.js.map