/** What the smoke configurations of the P1 experiments (the curse of memory) show. */
import { expect } from 'vitest';
export const p1Findings = {
    'memory-scalar'({ summary, report }) {
        // Slopes 1, 3 (ρ = 0) and 2, 4 (ρ = 1); Monte Carlo within sampling error; the landscape
        // sharpens unless exp + γ.
        expect(summary['slope_h2_rho=0']).toBeCloseTo(1, 2);
        expect(summary['slope_dLambda2_rho=0']).toBeCloseTo(3, 2);
        expect(summary['slope_h2_rho=1']).toBeCloseTo(2, 2);
        expect(summary['slope_dLambda2_rho=1']).toBeCloseTo(4, 2);
        expect(Math.abs(summary['slope_dNu2_expNorm_rho=0'])).toBeLessThan(0.01);
        expect(summary.maxAbsZ).toBeLessThan(4.5);
        // λ* = 0.99 vs 0.36: (0.64/0.01)³ ≈ 2.6e5 sharper in λ; exp + γ stays within a small factor.
        expect(summary.curvatureRatio_polar).toBeGreaterThan(1e5);
        expect(summary.curvatureRatio_expNorm).toBeLessThan(3);
        const paper = report.tables[0];
        for (const row of paper.rows) {
            const [name, ref, ours] = row;
            const rtol = name.startsWith('slope') ? 0.01 : 1.2e-3;
            expect(Math.abs(ours - ref), `${name}: paper ${ref}, ours ${ours}`).toBeLessThanOrEqual(rtol * Math.abs(ref));
        }
    },
    'memory-teacher-student'({ summary, report }) {
        // At ν₀ = 0.99 the LRU ends with a lower loss than the dense RNN.
        expect(Number.isFinite(summary.lruLossAtMaxNu0)).toBe(true);
        expect(summary.lruLossAtMaxNu0).toBeLessThan(summary.rnnLossAtMaxNu0);
        // The ladder was trained and reported, one row per rung.
        const ladder = report.tables.find((t) => t.title.startsWith('Ablation'));
        expect(ladder?.rows).toHaveLength(6);
    },
    'memory-deep'({ summary }) {
        // The diagonal RNN's λ-gradient grows by orders of magnitude with memory, the LRU's does not.
        expect(summary.diag_lambdaGrowth).toBeGreaterThan(1e4);
        expect(summary.lru_lambdaGrowth).toBeLessThan(10);
        expect(summary['diag_lambda_t=100']).toBeGreaterThan(1e4 * summary['lru_lambda_t=100']);
        expect(Number.isFinite(summary.gru_lambdaGrowth)).toBe(true);
    },
};
//# sourceMappingURL=p1-memory.js.map