/**
 * Linear algebra: values checked against defining identities (L Lᵀ = A, op(A) X = B,
 * A·solve(A, B) = B, QᵀQ = I and QR = A, A V = V diag(w)) or independent references
 * (Leibniz determinant, closed-form 2×2 eigenvalues); gradients by central finite
 * differences in float64, symmetrising the input where the op assumes symmetry and using
 * gauge-invariant functions of eigenvectors.
 */
import { describe, expect, it } from 'vitest';
import { add, cast, eye, grad, jvp, linalg, matmul, mT, mul, square, sum, tensor, withStrict } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
const { cholesky, det, eigh, inv, qr, slogdet, solve, triangularSolve } = linalg;
function gradOk(what, f, inputs, opts = {}) {
    checkGrad(f, inputs, { rtol: 1e-6, atol: 1e-8, ...opts, what });
}
const sym = (a) => mul(add(a, mT(a)), 0.5);
const n = (t) => t.shape[t.rank - 1];
const I = (k, dtype = 'f64') => eye(k, { dtype });
/** Symmetric positive definite: M Mᵀ + n I. */
const spd = (shape, seed) => {
    const m = rand(shape, seed);
    return add(matmul(m, mT(m)), I(n(m)));
};
/** Well-conditioned general square matrices: uniform entries plus 2·I. */
const wellCond = (shape, seed) => add(rand(shape, seed), mul(I(shape[shape.length - 1]), 2));
/** Keep entries (i, j) with keep(i, j): an independent triangle mask built in the test. */
function masked(a, keep, diagOne = false) {
    const k = n(a);
    const m = new Float64Array(k * k);
    const d = new Float64Array(k * k);
    for (let i = 0; i < k; i++)
        for (let j = 0; j < k; j++)
            m[i * k + j] = keep(i, j) && !(diagOne && i === j) ? 1 : 0;
    if (diagOne)
        for (let i = 0; i < k; i++)
            d[i * k + i] = 1;
    return add(mul(a, tensor(m, { dtype: a.dtype, shape: [k, k] })), tensor(d, { dtype: a.dtype, shape: [k, k] }));
}
/** Leibniz formula: Σ_σ sgn(σ) Π a_{i,σ(i)} — an independent determinant reference. */
function leibniz(a, off, k) {
    let total = 0;
    const perm = Array.from({ length: k }, (_, i) => i);
    const rec = (pos, sgn) => {
        if (pos === k) {
            let p = sgn;
            for (let i = 0; i < k; i++)
                p *= a[off + i * k + perm[i]];
            total += p;
            return;
        }
        for (let i = pos; i < k; i++) {
            [perm[pos], perm[i]] = [perm[i], perm[pos]];
            rec(pos + 1, i === pos ? sgn : -sgn);
            [perm[pos], perm[i]] = [perm[i], perm[pos]];
        }
    };
    rec(0, 1);
    return total;
}
describe('cholesky', () => {
    it('L Lᵀ = A with L lower triangular and a positive diagonal (batched)', () => {
        for (const shape of [
            [1, 1],
            [4, 4],
            [2, 3, 5, 5],
        ]) {
            const a = spd(shape, 11);
            const l = cholesky(a);
            expectClose(matmul(l, mT(l)), a, { rtol: 1e-12, atol: 1e-12, what: `L Lᵀ ${shape.join(',')}` });
            const k = n(a);
            const ld = toF64(l);
            for (let b = 0; b < ld.length / (k * k); b++) {
                for (let i = 0; i < k; i++) {
                    expect(ld[b * k * k + i * k + i]).toBeGreaterThan(0);
                    for (let j = i + 1; j < k; j++)
                        expect(ld[b * k * k + i * k + j]).toBe(0);
                }
            }
        }
    });
    it('keeps f32 and agrees with the f64 result to f32 precision', () => {
        const a = spd([3, 4, 4], 12);
        const l32 = cholesky(cast(a, 'f32'));
        expect(l32.dtype).toBe('f32');
        expectClose(l32, cholesky(a), { rtol: 1e-5, atol: 1e-6 });
    });
    it('names the batch index of a matrix that is not positive definite', () => {
        const good = [
            [2, 0],
            [0, 2],
        ];
        const bad = [
            [1, 2],
            [2, 1],
        ];
        const a = tensor([
            [good, good],
            [good, bad],
        ], { dtype: 'f64' });
        expect(() => cholesky(a)).toThrow(/cholesky: at batch index \[1, 1\] the matrix is not positive definite \(pivot 1/);
        expect(() => cholesky(rand([3, 4], 1))).toThrow(/cholesky: a must be a square matrix .*\[3, 4\]/);
    });
    it('gradient (symmetrised input) matches finite differences over batch shapes', () => {
        for (const [shape, seed] of [
            [[3, 3], 1],
            [[2, 4, 4], 2],
            [[2, 1, 3, 3], 3],
        ]) {
            gradOk('cholesky', (a) => cholesky(sym(a)), [spd([...shape], seed)]);
        }
    });
    it('forward mode (jvp) agrees with finite differences', () => {
        const a = spd([3, 3], 4);
        const t = sym(rand([3, 3], 5));
        const [, tan] = jvp((x) => cholesky(x), [a], [t]);
        const eps = 1e-6;
        const fd = mul(add(cholesky(add(a, mul(t, eps))), mul(cholesky(add(a, mul(t, -eps))), -1)), 1 / (2 * eps));
        expectClose(tan, fd, { rtol: 1e-7, atol: 1e-9 });
    });
});
describe('triangularSolve', () => {
    const combos = [];
    for (const lower of [true, false])
        for (const transposeA of [true, false])
            for (const unitDiagonal of [true, false])
                for (const left of [true, false])
                    combos.push({ lower, transposeA, unitDiagonal, left });
    it('solves op(A) X = B or X op(A) = B for all 16 option combinations, reading only one triangle', () => {
        for (const o of combos) {
            const a = wellCond([2, 4, 4], 21); // both triangles filled: the other must be ignored
            const b = rand(o.left ? [2, 4, 3] : [2, 3, 4], 22);
            const x = triangularSolve(a, b, o);
            const tri = masked(a, (i, j) => (o.lower ? j <= i : j >= i), o.unitDiagonal);
            const opA = o.transposeA ? mT(tri) : tri;
            expectClose(o.left ? matmul(opA, x) : matmul(x, opA), b, { rtol: 1e-12, atol: 1e-13, what: JSON.stringify(o) });
        }
    });
    it('broadcasts batch axes and accepts vector right-hand sides', () => {
        const a = wellCond([4, 4], 23);
        const b = rand([3, 4, 2], 24);
        const x = triangularSolve(a, b);
        expect(x.shape).toEqual([3, 4, 2]);
        expectClose(matmul(masked(a, (i, j) => j <= i), x), b, { rtol: 1e-12, atol: 1e-13 });
        const v = rand([4], 25);
        const xv = triangularSolve(a, v, { lower: false });
        expect(xv.shape).toEqual([4]);
        expectClose(matmul(masked(a, (i, j) => j >= i), xv), v, { rtol: 1e-12, atol: 1e-13 });
    });
    it('errors name the op and the shapes; a zero diagonal is singular', () => {
        expect(() => triangularSolve(rand([3, 3], 1), rand([4, 2], 2))).toThrow(/triangularSolve: b must have shape \[\.\.\., 3, k\] .*\[4, 2\]/);
        expect(() => triangularSolve(tensor([
            [1, 0],
            [1, 0],
        ], { dtype: 'f64' }), rand([2, 1], 2))).toThrow(/triangularSolve: the triangular matrix is singular \(diagonal entry 1 is 0\)/);
    });
    it('gradient matches finite differences for every option combination and broadcast batches', () => {
        for (const o of combos) {
            gradOk(`triangularSolve ${JSON.stringify(o)}`, (a, b) => triangularSolve(a, b, o), [wellCond([2, 3, 3], 31), rand(o.left ? [2, 3, 2] : [2, 2, 3], 32)]);
        }
        gradOk('triangularSolve broadcast', (a, b) => triangularSolve(a, b), [wellCond([3, 3], 33), rand([2, 3, 2], 34)]);
        gradOk('triangularSolve broadcast a', (a, b) => triangularSolve(a, b, { left: false }), [wellCond([2, 1, 3, 3], 35), rand([4, 3], 36)]);
        gradOk('triangularSolve vector', (a, b) => triangularSolve(a, b, { transposeA: true }), [wellCond([3, 3], 37), rand([3], 38)]);
    });
});
describe('solve, inv', () => {
    it('A · solve(A, B) = B, with broadcast batches and vector right-hand sides', () => {
        const a = wellCond([2, 5, 5], 41);
        const b = rand([2, 5, 3], 42);
        expectClose(matmul(a, solve(a, b)), b, { rtol: 1e-12, atol: 1e-13 });
        const bv = rand([2, 5], 43); // rank(a) − 1 with b.shape = a.shape[:-1]: a batch of vectors
        const xv = solve(a, bv);
        expect(xv.shape).toEqual([2, 5]);
        expectClose(matmul(a, xv.reshape([2, 5, 1])).reshape([2, 5]), bv, { rtol: 1e-12, atol: 1e-13 });
        const b3 = rand([4, 1, 5, 2], 44);
        expect(solve(a, b3).shape).toEqual([4, 2, 5, 2]);
        expectClose(matmul(a, solve(a, b3)), add(b3, mul(rand([4, 2, 5, 2], 1), 0)), { rtol: 1e-12, atol: 1e-13 });
    });
    it('needs pivoting: a zero in the leading position is fine', () => {
        const a = tensor([
            [0, 1],
            [1, 0],
        ], { dtype: 'f64' });
        expectClose(solve(a, tensor([2, 3], { dtype: 'f64' })), [3, 2], { rtol: 0, atol: 0 });
    });
    it('A inv(A) = inv(A) A = I and f32 stays f32', () => {
        const a = wellCond([3, 4, 4], 45);
        expectClose(matmul(a, inv(a)), add(mul(a, 0), I(4)), { rtol: 0, atol: 1e-13 });
        expectClose(matmul(inv(a), a), add(mul(a, 0), I(4)), { rtol: 0, atol: 1e-13 });
        const a32 = cast(a, 'f32');
        expect(inv(a32).dtype).toBe('f32');
        expect(solve(a32, cast(rand([3, 4], 1), 'f32')).dtype).toBe('f32');
        expectClose(inv(a32), inv(a), { rtol: 1e-5, atol: 1e-6 });
    });
    it('a singular matrix is a clear error naming the batch index', () => {
        const s = tensor([
            [
                [1, 0],
                [0, 1],
            ],
            [
                [1, 2],
                [2, 4],
            ],
        ], { dtype: 'f64' });
        expect(() => solve(s, rand([2, 2], 1))).toThrow(/solve: at batch index \[1\] the matrix is singular/);
        expect(() => inv(tensor([
            [0, 0],
            [0, 0],
        ], { dtype: 'f64' }))).toThrow(/solve: the matrix is singular/);
        expect(() => solve(rand([3, 3], 1), rand([2], 2))).toThrow(/solve: b must have shape \[\.\.\., 3, k\] or \[\.\.\., 3\]/);
        expect(() => inv(rand([2, 3], 1))).toThrow(/inv: a must be a square matrix/);
    });
    it('gradients match finite differences', () => {
        gradOk('solve', (a, b) => solve(a, b), [wellCond([3, 3], 51), rand([3, 2], 52)]);
        gradOk('solve batch', (a, b) => solve(a, b), [wellCond([2, 4, 4], 53), rand([2, 4, 1], 54)]);
        gradOk('solve broadcast', (a, b) => solve(a, b), [wellCond([2, 1, 3, 3], 55), rand([3, 3, 2], 56)]);
        gradOk('solve vector', (a, b) => solve(a, b), [wellCond([2, 3, 3], 57), rand([2, 3], 58)]);
        gradOk('inv', (a) => inv(a), [wellCond([2, 3, 3], 59)]);
    });
});
describe('det, slogdet', () => {
    it('match the Leibniz formula, including negative determinants (batched)', () => {
        for (const k of [1, 2, 3, 4]) {
            const a = rand([5, k, k], 60 + k); // unshifted uniform entries: both signs occur
            const d = toF64(a);
            const ref = Array.from({ length: 5 }, (_, b) => leibniz(d, b * k * k, k));
            expectClose(det(a), ref, { rtol: 1e-12, atol: 1e-14, what: `det ${k}` });
            const [s, l] = slogdet(a);
            expectClose(s, ref.map(Math.sign), { rtol: 0, atol: 0 });
            expectClose(l, ref.map((r) => Math.log(Math.abs(r))), { rtol: 1e-12, atol: 1e-12 });
        }
        expect(det(tensor([
            [1, 2],
            [3, 4],
        ], { dtype: 'f64' })).item()).toBeCloseTo(-2, 14);
    });
    it('singular: sign 0 and logabsdet −∞; an empty matrix has determinant 1', () => {
        const [s, l] = slogdet(tensor([
            [1, 2],
            [2, 4],
        ], { dtype: 'f64' }));
        expect(s.item()).toBe(0);
        expect(l.item()).toBe(-Infinity);
        expect(det(rand([0, 0], 1)).item()).toBe(1);
        expect(det(rand([2, 3, 3], 1)).shape).toEqual([2]);
    });
    it('large matrices do not overflow logabsdet', () => {
        const a = mul(I(40), 1e10);
        expectClose(slogdet(a)[1], [40 * Math.log(1e10)], { rtol: 1e-14 });
    });
    it('gradients match finite differences (d log|det A| = A⁻ᵀ)', () => {
        gradOk('slogdet', (a) => slogdet(a)[1], [rand([2, 3, 3], 71)]);
        gradOk('det', (a) => det(a), [rand([4, 4], 72)]);
        gradOk('det batch', (a) => det(a), [rand([2, 2, 3, 3], 73)]);
    });
});
describe('qr', () => {
    it('QᵀQ = I, QR = A, R upper triangular with a non-negative diagonal', () => {
        for (const shape of [
            [4, 4],
            [6, 3],
            [2, 3, 5, 2],
            [3, 1],
        ]) {
            const a = rand(shape, 80 + shape.length);
            const [q, r] = qr(a);
            const k = shape[shape.length - 1];
            expect(q.shape).toEqual(shape);
            expect(r.shape).toEqual([...shape.slice(0, -2), k, k]);
            expectClose(matmul(q, r), a, { rtol: 1e-12, atol: 1e-13, what: `QR ${shape.join(',')}` });
            expectClose(matmul(mT(q), q), add(mul(matmul(mT(q), q), 0), I(k)), { rtol: 0, atol: 1e-14, what: `QᵀQ ${shape.join(',')}` });
            const rd = toF64(r);
            for (let b = 0; b < rd.length / (k * k); b++) {
                for (let i = 0; i < k; i++) {
                    expect(rd[b * k * k + i * k + i]).toBeGreaterThanOrEqual(0);
                    for (let j = 0; j < i; j++)
                        expect(rd[b * k * k + i * k + j]).toBe(0);
                }
            }
        }
    });
    it('keeps f32; rejects wide matrices', () => {
        const [q] = qr(cast(rand([4, 3], 1), 'f32'));
        expect(q.dtype).toBe('f32');
        expect(() => qr(rand([2, 3], 1))).toThrow(/qr: a must have shape \[\.\.\., m, n\] with m >= n .*\[2, 3\]/);
    });
    it('gradients through Q, R and both match finite differences', () => {
        for (const [shape, seed] of [
            [[3, 3], 91],
            [[5, 3], 92],
            [[2, 4, 2], 93],
        ]) {
            gradOk('qr Q', (a) => qr(a)[0], [rand([...shape], seed)]);
            gradOk('qr R', (a) => qr(a)[1], [rand([...shape], seed)]);
            gradOk('qr Q and R', (a) => {
                const [q, r] = qr(a);
                return add(sum(mul(square(q), rand(q.shape, 1))), sum(mul(r, rand(r.shape, 2))));
            }, [rand([...shape], seed)]);
        }
    });
});
describe('eigh', () => {
    it('A V = V diag(w), VᵀV = I, ascending w, sign convention (batched)', () => {
        for (const shape of [
            [1, 1],
            [5, 5],
            [2, 3, 4, 4],
        ]) {
            const a = sym(rand(shape, 100 + shape.length));
            const [w, v] = eigh(a);
            const k = n(a);
            expect(w.shape).toEqual(shape.slice(0, -1));
            expectClose(matmul(a, v), mul(v, w.reshape([...w.shape.slice(0, -1), 1, k])), { rtol: 0, atol: 1e-14, what: `AV ${shape.join(',')}` });
            expectClose(matmul(mT(v), v), add(mul(a, 0), I(k)), { rtol: 0, atol: 1e-14 });
            const wd = toF64(w);
            const vd = toF64(v);
            for (let b = 0; b < wd.length / k; b++) {
                for (let i = 1; i < k; i++)
                    expect(wd[b * k + i]).toBeGreaterThanOrEqual(wd[b * k + i - 1]);
                for (let c = 0; c < k; c++) {
                    let best = 0;
                    for (let i = 0; i < k; i++)
                        if (Math.abs(vd[b * k * k + i * k + c]) > Math.abs(best))
                            best = vd[b * k * k + i * k + c];
                    expect(best).toBeGreaterThan(0);
                }
            }
        }
    });
    it('2×2 eigenvalues equal the closed form (a+c)/2 ∓ √(((a−c)/2)² + b²)', () => {
        const [a, b, c] = [0.3, -0.7, 1.9];
        const [w] = eigh(tensor([
            [a, b],
            [b, c],
        ], { dtype: 'f64' }));
        const r = Math.hypot((a - c) / 2, b);
        expectClose(w, [(a + c) / 2 - r, (a + c) / 2 + r], { rtol: 1e-15, atol: 1e-15 });
    });
    it('diagonal and repeated-eigenvalue inputs still give a valid decomposition; f32 stays f32', () => {
        const [w, v] = eigh(tensor([
            [3, 0, 0],
            [0, 1, 0],
            [0, 0, 3],
        ], { dtype: 'f64' }));
        expectClose(w, [1, 3, 3], { rtol: 0, atol: 0 });
        expectClose(matmul(mT(v), v), I(3), { rtol: 0, atol: 0 });
        const [w32] = eigh(cast(sym(rand([4, 4], 1)), 'f32'));
        expect(w32.dtype).toBe('f32');
        expect(() => eigh(rand([2, 3], 1))).toThrow(/eigh: a must be a square matrix/);
    });
    it('gradients of w, of v ⊙ v and of V diag(w²) Vᵀ match finite differences', () => {
        for (const [shape, seed] of [
            [[3, 3], 111],
            [[2, 4, 4], 112],
            [[2, 1, 2, 2], 113],
        ]) {
            const a = rand([...shape], seed);
            gradOk('eigh w', (x) => eigh(sym(x))[0], [a]);
            gradOk('eigh v⊙v', (x) => square(eigh(sym(x))[1]), [a]);
            gradOk('eigh V diag(w²) Vᵀ', (x) => {
                const [w, v] = eigh(sym(x));
                return matmul(mul(v, square(w).reshape([...w.shape.slice(0, -1), 1, w.shape[w.rank - 1]])), mT(v));
            }, [a]);
        }
    });
    it('eigenvalue gradient is fine at a repeated eigenvalue (no F term)', () => {
        // d w / d A along symmetric perturbations: only well defined for the sum over a cluster.
        const g = grad((x) => sum(eigh(sym(x))[0]))(tensor([
            [2, 0],
            [0, 2],
        ], { dtype: 'f64' }));
        expectClose(g, I(2), { rtol: 0, atol: 1e-15 });
    });
});
describe('second order', () => {
    it('grad of grad through solve matches finite differences of the gradient', () => {
        const b = rand([3, 2], 121);
        const inner = grad((a) => sum(square(solve(a, b))));
        gradOk('grad∘grad solve', (a) => inner(a), [wellCond([3, 3], 122)], { rtol: 1e-6, atol: 1e-7 });
    });
    it('grad of grad through cholesky and logdet (log det A = 2 Σ log L_ii) matches finite differences', () => {
        const w = rand([3, 3], 123);
        const inner = grad((a) => sum(mul(cholesky(sym(a)), w)));
        gradOk('grad∘grad cholesky', (a) => inner(a), [spd([3, 3], 124)], { rtol: 1e-6, atol: 1e-7 });
        const inner2 = grad((a) => slogdet(a)[1]);
        gradOk('grad∘grad slogdet', (a) => inner2(a), [wellCond([3, 3], 125)], { rtol: 1e-6, atol: 1e-7 });
    });
});
describe('strict promotion mode', () => {
    it('values and VJPs use no implicit rank or dtype promotion', () => {
        const a = wellCond([2, 3, 3], 131);
        const s = spd([2, 3, 3], 132);
        const b = rand([2, 3, 2], 133);
        withStrict(() => {
            const loss = (x, y, z) => {
                const [w, v] = eigh(z);
                const [q, r] = qr(x);
                return add(add(sum(solve(x, y)), sum(triangularSolve(x, y, { unitDiagonal: true }))), add(add(sum(cholesky(z)), sum(slogdet(x)[1])), add(add(sum(w), sum(square(v))), add(sum(square(q)), sum(r)))));
            };
            const g = grad(loss, { argnums: [0, 1, 2] })(a, b, s);
            expect(g.map((t) => t.shape)).toEqual([a.shape, b.shape, s.shape]);
            const gg = grad((x) => sum(square(grad((y) => loss(y, b, s))(x))))(a);
            expect(gg.shape).toEqual(a.shape);
        });
    });
});
//# sourceMappingURL=linalg.test.js.map