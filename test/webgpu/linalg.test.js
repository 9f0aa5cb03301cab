/**
 * Linear-algebra primitives on WebGPU (f32, one invocation per matrix) against the CPU f64
 * result. Test matrices are well conditioned (SPD: X Xᵀ/n + I; general: X + 2I with
 * X ∈ [−1, 1]), cond ≲ 20, so f32 results agree to rtol 1e-4 / atol 2e-4 (eigh: atol 5e-4 on
 * eigenvectors, whose error scales with 1/gap; the test spectra have gaps > 0.05).
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const TOL = { rtol: 1e-4, atol: 2e-4 };
const gpu = (t) => L.cast(t, 'f32').to('webgpu');
function spd(batch, n, seed) {
    const x = rand([...batch, n, n], seed);
    return L.add(L.div(L.matmul(x, L.mT(x)), n), L.eye(n, n, { dtype: 'f64' }));
}
function general(batch, n, seed) {
    return L.add(rand([...batch, n, n], seed), L.mul(L.eye(n, n, { dtype: 'f64' }), 2));
}
describeGpu('linalg on WebGPU', () => {
    it('cholesky', async () => {
        for (const [batch, n] of [
            [[3], 5],
            [[2, 2], 8],
            [[], 1],
            [[4], 16],
        ]) {
            const a = spd(batch, n, n);
            const got = L.linalg.cholesky(await gpu(a));
            expect(got.device).toBe('webgpu');
            await expectGpuClose(got, L.linalg.cholesky(a), TOL);
        }
    });
    it('cholesky of a matrix that is not positive definite gives NaN (no error from the GPU)', async () => {
        const a = L.tensor([
            [
                [1, 2],
                [2, 1],
            ],
            [
                [2, 0],
                [0, 3],
            ],
        ]);
        const got = (await L.linalg.cholesky(await gpu(a)).to('cpu')).dataSync();
        expect(Array.from(got.subarray(0, 4)).every(Number.isNaN)).toBe(true);
        expect(Array.from(got.subarray(4))).toEqual([Math.fround(Math.SQRT2), 0, 0, Math.fround(Math.sqrt(3))]);
    });
    it('triangularSolve: all option combinations, broadcast batch, vector rhs', async () => {
        const a = general([2], 6, 3);
        for (const lower of [true, false]) {
            for (const transposeA of [false, true]) {
                for (const unitDiagonal of [false, true]) {
                    for (const left of [true, false]) {
                        const b = left ? rand([3, 2, 6, 4], 4) : rand([3, 2, 5, 6], 5);
                        const o = { lower, transposeA, unitDiagonal, left };
                        await expectGpuClose(L.linalg.triangularSolve(await gpu(a), await gpu(b), o), L.linalg.triangularSolve(a, b, o), {
                            ...TOL,
                            what: JSON.stringify(o),
                        });
                    }
                }
            }
        }
        const v = rand([6], 6);
        await expectGpuClose(L.linalg.triangularSolve(await gpu(a), await gpu(v)), L.linalg.triangularSolve(a, v), TOL);
    });
    it('solve, inv (broadcast batches), singular -> NaN', async () => {
        const a = general([3, 1], 7, 7);
        const b = rand([2, 7, 3], 8);
        await expectGpuClose(L.linalg.solve(await gpu(a), await gpu(b)), L.linalg.solve(a, b), TOL);
        const a2 = general([4], 5, 9);
        await expectGpuClose(L.linalg.inv(await gpu(a2)), L.linalg.inv(a2), TOL);
        const v = rand([4, 5], 10);
        await expectGpuClose(L.linalg.solve(await gpu(a2), await gpu(v)), L.linalg.solve(a2, v), TOL);
        const sing = L.tensor([
            [1, 2],
            [2, 4],
        ]);
        const x = (await L.linalg.solve(await gpu(sing), await gpu(L.tensor([[1], [1]]))).to('cpu')).dataSync();
        expect(Array.from(x).every(Number.isNaN)).toBe(true);
    });
    it('slogdet and det, including a singular matrix', async () => {
        const a = L.mul(general([5], 6, 11), L.tensor([1, -1, 1, 1, 1, 1]));
        const [s, l] = L.linalg.slogdet(await gpu(a));
        const [s0, l0] = L.linalg.slogdet(a);
        await expectGpuClose(s, s0, { rtol: 0, atol: 0 });
        await expectGpuClose(l, l0, TOL);
        await expectGpuClose(L.linalg.det(await gpu(a)), L.linalg.det(a), { rtol: 1e-4, atol: 1e-3 });
        const [ss, ls] = L.linalg.slogdet(await gpu(L.tensor([
            [1, 2],
            [2, 4],
        ])));
        expect(Array.from(await ss.data())).toEqual([0]);
        expect(Array.from(await ls.data())).toEqual([-Infinity]);
    });
    it('qr: tall and square, Q and R', async () => {
        for (const [m, n] of [
            [6, 4],
            [5, 5],
            [9, 1],
        ]) {
            const a = rand([3, m, n], m * 10 + n);
            const [q, r] = L.linalg.qr(await gpu(a));
            const [q0, r0] = L.linalg.qr(a);
            await expectGpuClose(q, q0, TOL);
            await expectGpuClose(r, r0, TOL);
        }
    });
    it('eigh: eigenvalues and sign-normalised eigenvectors', async () => {
        // spectra with gaps: diag(1..n) rotated by a random orthogonal matrix, plus a small perturbation
        const n = 6;
        const qm = L.random.orthogonal(L.random.key(3), n, [4], { dtype: 'f64' });
        const d = L.mul(L.eye(n, n, { dtype: 'f64' }), L.arange(1, n + 1, 1, { dtype: 'f64' }));
        const a = L.matmul(L.matmul(qm, d), L.mT(qm));
        const [w, v] = L.linalg.eigh(await gpu(a));
        const [w0, v0] = L.linalg.eigh(a);
        await expectGpuClose(w, w0, TOL);
        await expectGpuClose(v, v0, { rtol: 1e-3, atol: 5e-4 });
        const b = spd([2], 5, 99);
        const [wb] = L.linalg.eigh(await gpu(b));
        await expectGpuClose(wb, L.linalg.eigh(b)[0], TOL);
    });
    it('gradients through cholesky and solve on the GPU match the CPU', async () => {
        const a = spd([2], 4, 21);
        const b = rand([2, 4, 3], 22);
        const f = (x, y) => L.add(L.sum(L.linalg.cholesky(x)), L.sum(L.mul(L.linalg.solve(x, y), y)));
        const g = L.grad(f, { argnums: [0, 1] });
        const [ga, gb] = g(a, b);
        const [ga2, gb2] = g(await gpu(a), await gpu(b));
        await expectGpuClose(ga2, ga, { rtol: 1e-3, atol: 1e-3 });
        await expectGpuClose(gb2, gb, { rtol: 1e-3, atol: 1e-3 });
    });
});
//# sourceMappingURL=linalg.test.js.map