/**
 * analysis (PAPERS.md P1): closed forms of the signal-propagation moments against the paper's
 * reference values, the general lag-series form and Monte Carlo (recurrence + autodiff) within
 * sampling error; log-log slopes; the scalar loss landscape against Monte Carlo; the dense
 * eigendecomposition; argument errors.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { random, setStrict } from '../src/index.js';
import { eigReal, fromEigen, lossLandscape, signalPropagation } from '../src/analysis/index.js';
import { makeTeacher } from '../src/experiments/p1-memory/memory-students.js';
import { rng } from './util/check.js';
const { closedForm, fromAutocorrelation, monteCarlo, logLogSlope } = signalPropagation;
// Library code runs with implicit rank and dtype promotion disabled.
beforeEach(() => setStrict(true));
afterEach(() => setStrict(false));
/** |a − b| ≤ rtol·|b|. */
function expectRel(a, b, rtol, what) {
    expect(Math.abs(a - b), `${what}: got ${a}, expected ${b}`).toBeLessThanOrEqual(rtol * Math.abs(b));
}
describe('signalPropagation closed forms', () => {
    it('reproduce the reference values of P1 at λ = 0.99', () => {
        // [ρ, E[h²], E[(∂h/∂λ)²]] as printed (4 significant digits).
        const ref = [
            [0, 50.25, 2.513e5],
            [0.9, 871.8, 4.738e6],
            [0.99, 5000, 3.75e7],
            [1, 1e4, 1e8],
        ];
        for (const [rho, h2, d2] of ref) {
            const m = closedForm({ modulus: 0.99, rho });
            expectRel(m.h2, h2, 5e-4, `E[h²] at ρ = ${rho}`);
            expectRel(m.dLambda2, d2, 5e-4, `E[(∂λh)²] at ρ = ${rho}`);
        }
        // With γ and λ = exp(−e^ν), white input: 0.451, 0.495, 0.5 at λ = 0.9, 0.99, 0.999; E[h²] = 1.
        for (const [modulus, ref2] of [
            [0.9, 0.451],
            [0.99, 0.495],
            [0.999, 0.5],
        ]) {
            const m = closedForm({ modulus, rho: 0, parametrization: 'exp', normalized: true });
            expectRel(m.dNu2, ref2, 1.2e-3, `E[(∂νh)²] at λ = ${modulus}`);
            expectRel(m.h2, 1, 1e-12, 'normalised E[h²]');
        }
    });
    it('match the real-λ formulas of P1 and agree with the lag-series form for complex λ and any parametrisation', () => {
        for (const [lam, rho] of [
            [0.3, 0.2],
            [0.95, 0.7],
            [0.999, 0.99],
        ]) {
            const m = closedForm({ modulus: lam, rho });
            expectRel(m.h2, (1 + rho * lam) / ((1 - rho * lam) * (1 - lam * lam)), 1e-12, 'E[h²] (P1 formula)');
            const d = ((1 + lam ** 2) * (1 - lam ** 2 * rho ** 2) + 2 * (1 - lam ** 2) * lam * rho) / ((1 - lam ** 2) ** 3 * (1 - lam * rho) ** 2);
            expectRel(m.dLambda2, d, 1e-12, 'E[(∂λh)²] (P1 formula)');
        }
        const setups = [
            { modulus: 0.8, phase: 0.9, rho: 0.6 },
            { modulus: 0.95, phase: 2.5, rho: -0.4, parametrization: 'exp', normalized: true },
            { modulus: 0.9, phase: 0.1, rho: 1, parametrization: 'exp' },
        ];
        for (const s of setups) {
            const a = closedForm(s);
            const b = fromAutocorrelation({ ...s, autocorrelation: (d) => s.rho ** d, maxLag: 3000 });
            for (const k of ['h2', 'dLambda2', 'dNu2', 'dTheta2'])
                expectRel(b[k], a[k], 1e-9, `${k} ${JSON.stringify(s)}`);
        }
    });
    it('have log-log slopes 1, 3 (ρ = 0) and 2, 4 (ρ = 1) against 1/(1 − λ)', () => {
        const scales = [1e3, 3e3, 1e4, 3e4, 1e5];
        const slope = (rho, k) => logLogSlope(scales, scales.map((s) => closedForm({ modulus: 1 - 1 / s, rho })[k]));
        expect(slope(0, 'h2')).toBeCloseTo(1, 2);
        expect(slope(0, 'dLambda2')).toBeCloseTo(3, 2);
        expect(slope(1, 'h2')).toBeCloseTo(2, 2);
        expect(slope(1, 'dLambda2')).toBeCloseTo(4, 2);
        // Normalisation + exp parametrisation flattens white input to slope 0, not ρ = 1 input.
        const norm = (rho) => logLogSlope(scales, scales.map((s) => closedForm({ modulus: 1 - 1 / s, rho, parametrization: 'exp', normalized: true }).dNu2));
        expect(Math.abs(norm(0))).toBeLessThan(0.01);
        expect(norm(1)).toBeCloseTo(1, 2);
    });
    it('Monte Carlo through the recurrence and autodiff matches the closed forms within sampling error', () => {
        const setups = [
            { modulus: 0.9, rho: 0 },
            { modulus: 0.9, rho: 0.8, phase: 0.7, parametrization: 'exp', normalized: true },
            { modulus: 0.8, rho: 0.5, phase: 2, parametrization: 'polar', normalized: true },
            { modulus: 0.95, rho: 1, phase: 0.3, parametrization: 'exp' },
        ];
        setups.forEach((s, i) => {
            const mc = monteCarlo(random.key(10 + i), s, { samples: 2000 });
            const cf = closedForm(s);
            for (const k of ['h2', 'dLambda2', 'dNu2', 'dTheta2']) {
                if (cf[k] === 0)
                    continue;
                const z = (mc.mean[k] - cf[k]) / mc.sem[k];
                expect(Math.abs(z), `${k} ${JSON.stringify(s)}: MC ${mc.mean[k]} ± ${mc.sem[k]}, closed form ${cf[k]}`).toBeLessThan(4);
                // The standard error resolves the quantity (the check is not vacuous).
                expect(mc.sem[k] / cf[k]).toBeLessThan(0.1);
            }
        });
    });
    it('Monte Carlo resolves a wrong input correlation (the check has power)', () => {
        const mc = monteCarlo(random.key(3), { modulus: 0.9, rho: 0.5 }, { samples: 2000 });
        const wrong = closedForm({ modulus: 0.9, rho: 0.4 });
        expect(Math.abs(mc.mean.dLambda2 - wrong.dLambda2) / mc.sem.dLambda2).toBeGreaterThan(4);
    });
    it('AR(1) inputs have unit variance and lag-Δ correlation ρ^Δ', () => {
        const x = signalPropagation.ar1Inputs(random.key(4), 40, 3000, 0.8).toArray();
        const corr = (lag) => {
            let s = 0;
            for (let j = 0; j < 3000; j++)
                s += x[10][j] * x[10 + lag][j];
            return s / 3000;
        };
        // s.e. of a product of unit Gaussians ≈ √(1 + ρ^{2Δ})/√3000 ≤ 0.026.
        expect(Math.abs(corr(0) - 1)).toBeLessThan(4 * Math.sqrt(2 / 3000));
        expect(Math.abs(corr(1) - 0.8)).toBeLessThan(4 * 0.026);
        expect(Math.abs(corr(5) - 0.8 ** 5)).toBeLessThan(4 * 0.026);
    });
    it('rejects bad arguments, naming them', () => {
        expect(() => closedForm({ modulus: 1, rho: 0 })).toThrow(/modulus must be in \[0, 1\)/);
        expect(() => closedForm({ modulus: 0.5, rho: 1.5 })).toThrow(/rho must be in/);
        expect(() => closedForm({ modulus: 0.5, rho: 0, parametrization: 'exp', phase: -1 })).toThrow(/'exp' parametrisation needs/);
        expect(() => monteCarlo(random.key(0), { modulus: 0.5, rho: 0 }, { samples: 1 })).toThrow(/samples must be/);
        expect(() => logLogSlope([1, 2], [1, -1])).toThrow(/positive/);
    });
});
describe('lossLandscape', () => {
    it('is zero at the teacher and matches Monte Carlo within sampling error', () => {
        expect(lossLandscape.scalarLoss(0.9, 0.9, { mu: 1 })).toBeCloseTo(0, 12);
        expect(Math.abs(lossLandscape.scalarLoss({ re: 0.5, im: 0.4 }, { re: 0.5, im: 0.4 }, { mu: 0.3, normalized: true }))).toBeLessThan(1e-12);
        const cases = [
            [0.8, 0.9, { mu: 1, sigma: 1, normalized: false }],
            [0.95, 0.7, { mu: 0.5, sigma: 2, normalized: true }],
        ];
        cases.forEach(([l, ls, o], i) => {
            const mc = lossLandscape.scalarLossMonteCarlo(random.key(20 + i), l, ls, { ...o, samples: 4000 });
            const cf = lossLandscape.scalarLoss(l, ls, o);
            expect(Math.abs(mc.mean - cf) / mc.sem, `λ ${l}, λ* ${ls}: MC ${mc.mean} ± ${mc.sem}, closed form ${cf}`).toBeLessThan(4);
            expect(mc.sem / cf).toBeLessThan(0.1);
        });
    });
    it('sharpens as λ* -> 1 (curvature ~ (1 − λ*)^−3 for white input)', () => {
        const curv = (star) => {
            const h = 1e-4 * (1 - star);
            const L = (l) => lossLandscape.scalarLoss(l, star);
            return (L(star + h) - 2 * L(star) + L(star - h)) / (h * h);
        };
        const gaps = [0.01, 0.02, 0.04];
        expect(logLogSlope(gaps.map((g) => 1 / g), gaps.map((g) => curv(1 - g)))).toBeCloseTo(3, 1);
    });
});
describe('eigReal', () => {
    const gaussian = (n, seed) => {
        const r = rng(seed);
        const g = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
        return Array.from({ length: n }, () => Array.from({ length: n }, () => g() / Math.sqrt(n)));
    };
    it('decomposes random real matrices: A v = λ v and V diag(λ) V⁻¹ = A to 1e-12', () => {
        for (const seed of [1, 2, 3]) {
            const a = gaussian(10, seed);
            const e = eigReal(a);
            for (let k = 0; k < 10; k++) {
                const v = e.vectors[k];
                const l = e.values[k];
                for (let i = 0; i < 10; i++) {
                    let re = 0;
                    let im = 0;
                    for (let j = 0; j < 10; j++) {
                        re += a[i][j] * v[j].re;
                        im += a[i][j] * v[j].im;
                    }
                    expect(Math.hypot(re - (l.re * v[i].re - l.im * v[i].im), im - (l.re * v[i].im + l.im * v[i].re))).toBeLessThan(1e-12);
                }
            }
            const back = fromEigen(e, e.values);
            expect(back.maxImag).toBeLessThan(1e-12);
            for (let i = 0; i < 10; i++)
                for (let j = 0; j < 10; j++)
                    expect(Math.abs(back.matrix[i][j] - a[i][j])).toBeLessThan(1e-12);
        }
    });
    it('builds the P1 teacher: real A with |λ| = ν₀ + (1 − ν₀) tanh|l| in [ν₀, 1)', () => {
        const nu0 = 0.9;
        const t = makeTeacher(random.key(5), 10, nu0, 'f64');
        const a = t.params.a.toArray();
        const moduli = eigReal(a)
            .values.map((l) => Math.hypot(l.re, l.im))
            .sort((p, q) => p - q);
        const expected = [...t.moduli].sort((p, q) => p - q);
        moduli.forEach((m, i) => expect(Math.abs(m - expected[i])).toBeLessThan(1e-10));
        for (const m of moduli)
            expect(m >= nu0 && m < 1).toBe(true);
    });
});
//# sourceMappingURL=analysis.test.js.map