/** What the smoke configurations of the in-context-learning experiments (GD-ICL anchor, P3) show. */
import { expect } from 'vitest';
import { analysis } from '../../src/index.js';
import { iclTask } from '../../src/experiments/p3-icl/icl-gd.js';
/** The expected one-step GD loss and the zero predictor's, with the test set's sampling error allowed. */
function expectGdBaselines(task, s, testTasks) {
    const best = analysis.icl.gdBestClosedForm(task.config);
    // Per-task losses have a standard deviation of about their mean (χ²-like): 5 standard errors.
    const se = (m) => (5 * 1.5 * m) / Math.sqrt(testTasks);
    expect(Math.abs(s.lossZero - best.lossZero)).toBeLessThan(se(best.lossZero));
    expect(Math.abs(s.lossGD - best.loss)).toBeLessThan(se(best.loss) + 0.01);
    expect(Math.abs(s.etaGD - best.eta)).toBeLessThan(1);
}
export const p3Findings = {
    'icl-gd'({ config, summary: s }) {
        const c = config;
        // The baselines are what they should be: the constructed layer is GD (to f32 rounding), and
        // GD and the zero predictor agree with the closed form within sampling error.
        expect(Math.abs(s.lossConstructed - s.lossGD)).toBeLessThan(1e-5 * s.lossGD);
        expectGdBaselines(iclTask(c.task), s, c.testTasks);
        expect(s.lossGDClosedForm).toBeCloseTo(0.2062, 4);
        // The finding: the trained layer is far below predicting 0 and close to one GD step, and it
        // computes what GD computes (measured at seed 0: lossTrained 0.212 vs lossGD 0.205,
        // predDistToGD 0.015, cosine 0.987).
        expect(s.lossTrained).toBeLessThan(0.6 * s.lossZero);
        expect(s.lossTrained).toBeLessThan(1.15 * s.lossGD);
        expect(s.predDistToGD).toBeLessThan(0.1 * s.lossGD);
        expect(s.sensitivityCosine).toBeGreaterThan(0.95);
        // The interpolation runs from GD (α = 0) to the trained layer (α = 1).
        expect(s.interpolation_0).toBeCloseTo(s.lossGD, 5);
        expect(s[`interpolation_${c.interpolationPoints - 1}`]).toBeCloseTo(s.lossTrained, 5);
    },
    'gated-rnn-attention'({ config, summary: s }) {
        const c = config;
        // (a) The student learns the teacher (measured at seed 0: 0.0032 against 2.31).
        expect(s.studentLoss).toBeLessThan(0.01 * s.teacherLossZero);
        expect(s.lambdaNearBinary).toBeGreaterThanOrEqual(0);
        expect(s.lambdaNearBinary).toBeLessThanOrEqual(1);
        // (b) The baselines, then the models: linear attention learns the regression close to GD
        // (measured: 0.221 vs 0.206, cosine 0.96) and computes like GD; after this short training the
        // gated RNN is below predicting 0 (measured 0.362 vs 0.416; untrained models sit at 1.0×) and
        // its sensitivities already lean towards GD's (cosine 0.43); the GRU's are unrelated (0.0005).
        expectGdBaselines(iclTask(c.icl.task), s, c.testTasks);
        expect(s.lossLinearAttention).toBeLessThan(0.65 * s.lossZero);
        expect(s.sensitivityCosineLSAToGD).toBeGreaterThan(0.9);
        expect(s.lossGatedRnn).toBeLessThan(0.92 * s.lossZero);
        expect(s.sensitivityCosineGatedToGD).toBeGreaterThan(0.3);
        expect(Math.abs(s.sensitivityCosineGRUToGD)).toBeLessThan(0.2);
        for (const k of ['lossGRU', 'lossLSTM', 'predDistGatedToLSA'])
            expect(s[k]).toBeGreaterThan(0);
    },
};
//# sourceMappingURL=p3-icl.js.map