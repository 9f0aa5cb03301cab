/**
 * Small dense linear algebra on the last two axes, batched over the leading ones: Cholesky,
 * triangular solve, LU solve, inverse, (log-)determinant, Householder QR and the symmetric
 * eigen-decomposition. Exported from the package as the namespace `linalg` (numpy's and JAX's
 * `linalg.*`): `linalg.solve(a, b)`.
 *
 * Primitives (each an op with a CPU kernel and a VJP): cholesky, triangularSolve, solve,
 * slogdet, qr, eigh. `inv` and `det` are compositions. Every VJP is written with these
 * primitives and elementwise/matmul ops, so derivatives of any order work through them.
 * Kernels compute in float64 (see linalg-kernels.ts); outputs keep the input dtype.
 * On WebGPU (linalg-wgsl.ts) they compute in f32, one invocation per matrix, and cannot throw:
 * where the CPU raises an error (not positive definite, singular, non-finite) that batch
 * element's result is all NaN instead.
 */
import { typedArrayFor } from '../dtype.js';
import { floatTypeOf, isFloat, promoteTypes } from '../dtype.js';
import { fromTypedArray } from '../creation.js';
import { runOp, runOp1 } from '../op.js';
import { batchIndex, broadcastShapes, fmt, shapeEq, sizeOf } from '../shape.js';
import { add, cast, div, exp, mul, neg, sub, sumToShape } from './elementwise.js';
import { matmul } from './matmul.js';
import { mT, reshape, unsqueeze } from './shape-ops.js';
import { choleskyGpu, eighGpu, qrGpu, slogdetGpu, solveGpu, triangularSolveGpu } from './linalg-wgsl.js';
import { LinalgFailure, choleskyInto, householderQr, jacobiEigh, luInPlace, luSolveInto, substituteInPlace } from './linalg-kernels.js';
const NONE = {};
// ---------------------------------------------------------------------------------------------
// shape rules and batch bookkeeping
function checkFloat(op, m, what) {
    if (!isFloat(m.dtype))
        throw new Error(`${op}: ${what} must be f32 or f64, got ${m.dtype} ${fmt(m.shape)}`);
}
/** [..., n, n] -> n, with an error naming the op otherwise. */
function squareSize(op, m, what = 'a') {
    const s = m.shape;
    if (s.length < 2 || s[s.length - 1] !== s[s.length - 2]) {
        throw new Error(`${op}: ${what} must be a square matrix or a batch of them, shape [..., n, n] (got ${fmt(s)})`);
    }
    checkFloat(op, m, what);
    return s[s.length - 1];
}
/** Run `body` for matrix t of a batch, turning a LinalgFailure into an error naming the op and the batch index. */
function atBatch(op, batch, t, body) {
    try {
        body();
    }
    catch (e) {
        if (!(e instanceof LinalgFailure))
            throw e;
        let where = '';
        if (batch.length > 0) {
            const idx = new Array(batch.length);
            let r = t;
            for (let d = batch.length - 1; d >= 0; d--) {
                idx[d] = r % batch[d];
                r = Math.floor(r / batch[d]);
            }
            where = ` at batch index [${idx.join(', ')}]`;
        }
        throw new Error(`${op}:${where} ${e.message}`);
    }
}
// ---------------------------------------------------------------------------------------------
// constant masks and small differentiable helpers used by the VJPs
/** Constant [1, …, 1, n, n] (rank `rank`) with 1 where `keep(i, j)`, in `like`'s dtype and device. */
function mask(n, rank, like, keep) {
    const a = typedArrayFor(like.dtype, n * n);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
            if (keep(i, j))
                a[i * n + j] = 1;
    const shape = [...new Array(Math.max(rank - 2, 0)).fill(1), n, n];
    return fromTypedArray(a, shape, like.dtype, like.device);
}
const lastDim = (x) => x.shape[x.rank - 1];
/** Entries with j − i ≤ k kept (numpy's tril). */
const tril = (x, k = 0) => mul(x, mask(lastDim(x), x.rank, x, (i, j) => j - i <= k));
/** Entries with j − i ≥ k kept (numpy's triu). */
const triu = (x, k = 0) => mul(x, mask(lastDim(x), x.rank, x, (i, j) => j - i >= k));
const eyeMask = (n, rank, like) => mask(n, rank, like, (i, j) => i === j);
/** (X + Xᵀ)/2 */
const sym = (x) => mul(add(x, mT(x)), 0.5);
/** w [..., n] -> diag(w) [..., n, n] */
const diagEmbed = (w) => mul(unsqueeze(w, -1), eyeMask(lastDim(w), w.rank + 1, w));
// ---------------------------------------------------------------------------------------------
// cholesky
export const choleskyOp = {
    name: 'cholesky',
    infer: ([a]) => {
        squareSize('cholesky', a);
        return [{ shape: a.shape, dtype: a.dtype }];
    },
    kernels: {
        webgpu: choleskyGpu,
        cpu: ([a], [am], [out]) => {
            const n = am.shape[am.shape.length - 1];
            const batch = am.shape.slice(0, -2);
            const l = new Float64Array(n * n);
            for (let t = 0; t < sizeOf(batch); t++) {
                atBatch('cholesky', batch, t, () => choleskyInto(a, t * n * n, n, l));
                out.set(l, t * n * n);
            }
        },
    },
    // Murray (2016), as in PyTorch: Ā = L⁻ᵀ Φ(Lᵀ L̄) L⁻¹ with Φ(P) = ½(tril(P) + tril(P, −1)ᵀ),
    // symmetric; only tril(L̄) matters because Lᵀ·triu(L̄, 1) is strictly upper.
    vjp: ([g], { outputs: [l] }) => {
        if (!g)
            return [null];
        const p = tril(matmul(mT(l), g));
        const phi = mul(add(p, mT(tril(p, -1))), 0.5);
        const x = triSolve(l, phi, { lower: true, transposeA: true, unitDiagonal: false, left: true });
        return [sym(triSolve(l, x, { lower: true, transposeA: false, unitDiagonal: false, left: false }))];
    },
};
/**
 * Lower Cholesky factor: L with L Lᵀ = A, for symmetric positive-definite A.
 *
 * a: [..., n, n] -> L: [..., n, n] (zero above the diagonal). As in JAX, the input is
 * symmetrised, (A + Aᵀ)/2, so the value and the (symmetric) gradient are exact for any
 * square input; pass a symmetric matrix. Throws, naming the batch index, when a matrix is
 * not positive definite.
 */
export function cholesky(a) {
    return runOp1(choleskyOp, [floatInput(a)], NONE);
}
export const triangularSolveOp = {
    name: 'triangularSolve',
    infer: ([a, b], { left }) => {
        const n = squareSize('triangularSolve', a);
        checkFloat('triangularSolve', b, 'b');
        const bs = b.shape;
        const rowsOk = left ? bs[bs.length - 2] === n : bs[bs.length - 1] === n;
        if (bs.length < 2 || !rowsOk) {
            throw new Error(`triangularSolve: b must have shape [..., ${left ? `${n}, k] (left = true)` : `m, ${n}] (left = false)`} to match a ${fmt(a.shape)} (got ${fmt(bs)})`);
        }
        const batch = broadcastShapes('triangularSolve', a.shape.slice(0, -2), bs.slice(0, -2));
        return [{ shape: [...batch, ...bs.slice(-2)], dtype: promoteTypes(a.dtype, b.dtype) }];
    },
    kernels: {
        webgpu: triangularSolveGpu,
        cpu: ([a, b], [am, bm], [out], [om], { lower, transposeA, unitDiagonal, left }) => {
            const n = am.shape[am.shape.length - 1];
            const [r, c] = om.shape.slice(-2);
            const batch = om.shape.slice(0, -2);
            const ai = batchIndex(am.shape.slice(0, -2), batch);
            const bi = batchIndex(bm.shape.slice(0, -2), batch);
            const k = left ? c : r; // columns of the right-hand side C in M Y = C
            const y = new Float64Array(n * k);
            for (let t = 0; t < sizeOf(batch); t++) {
                const ao = ai[t] * n * n;
                const bo = bi[t] * r * c;
                // op(A)(i, j), reading only the stored triangle
                const opA = transposeA ? (i, j) => a[ao + j * n + i] : (i, j) => a[ao + i * n + j];
                // left: op(A) X = B. right: X op(A) = B  ⇔  op(A)ᵀ Xᵀ = Bᵀ.
                const m = left ? opA : (i, j) => opA(j, i);
                const lowerM = left === (lower !== transposeA);
                if (left)
                    for (let i = 0; i < r * c; i++)
                        y[i] = b[bo + i];
                else
                    for (let i = 0; i < r; i++)
                        for (let j = 0; j < c; j++)
                            y[j * k + i] = b[bo + i * c + j];
                atBatch('triangularSolve', batch, t, () => substituteInPlace(m, n, lowerM, unitDiagonal, y, k));
                const oo = t * r * c;
                if (left)
                    for (let i = 0; i < r * c; i++)
                        out[oo + i] = y[i];
                else
                    for (let i = 0; i < r; i++)
                        for (let j = 0; j < c; j++)
                            out[oo + i * c + j] = y[j * k + i];
            }
        },
    },
    // left:  op(A) X = B:  B̄ = op(A)⁻ᵀ X̄,  op(A)̄ = −B̄ Xᵀ.
    // right: X op(A) = B:  B̄ = X̄ op(A)⁻ᵀ,  op(A)̄ = −Xᵀ B̄.
    // Then Ā = op(A)̄ (transposed back if transposeA), restricted to the triangle that was read.
    vjp: ([g], { inputs: [a, b], outputs: [x], params }) => {
        if (!g)
            return [null, null];
        const gb = triSolve(a, g, { ...params, transposeA: !params.transposeA });
        const gOp = neg(params.left ? matmul(gb, mT(x)) : matmul(mT(x), gb));
        const full = params.transposeA ? mT(gOp) : gOp;
        const k = params.unitDiagonal ? 1 : 0;
        const ga = params.lower ? tril(full, -k) : triu(full, k);
        return [sumToShape(ga, a.shape), sumToShape(gb, b.shape)];
    },
};
function triSolve(a, b, p) {
    return runOp1(triangularSolveOp, [a, b], p);
}
/**
 * Solve a triangular system: op(A) X = B (left) or X op(A) = B (right), op(A) = A or Aᵀ.
 *
 * a: [..., n, n] (only the triangle named by `lower` is read; its diagonal too unless
 * `unitDiagonal`); b: [..., n, k] (left) or [..., m, n] (right), or a vector [..., n]
 * (see `solve` for when b counts as a vector); batch axes broadcast. Returns X shaped like
 * b (with the broadcast batch). Throws on a zero diagonal entry.
 */
export function triangularSolve(a, b, options = {}) {
    const p = {
        lower: options.lower ?? true,
        transposeA: options.transposeA ?? false,
        unitDiagonal: options.unitDiagonal ?? false,
        left: options.left ?? true,
    };
    [a, b] = floatPair('triangularSolve', a, b);
    if (isVectorRhs(a, b))
        return reshapeOut(triSolve(a, unsqueeze(b, p.left ? -1 : -2), p), p.left ? -1 : -2);
    return triSolve(a, b, p);
}
// ---------------------------------------------------------------------------------------------
// solve (LU with partial pivoting)
export const solveOp = {
    name: 'solve',
    infer: ([a, b]) => {
        const n = squareSize('solve', a);
        checkFloat('solve', b, 'b');
        const bs = b.shape;
        if (bs.length < 2 || bs[bs.length - 2] !== n)
            throw new Error(`solve: b must have shape [..., ${n}, k] or [..., ${n}] to match a ${fmt(a.shape)} (got ${fmt(bs)})`);
        const batch = broadcastShapes('solve', a.shape.slice(0, -2), bs.slice(0, -2));
        return [{ shape: [...batch, ...bs.slice(-2)], dtype: promoteTypes(a.dtype, b.dtype) }];
    },
    kernels: {
        webgpu: solveGpu,
        cpu: ([a, b], [am, bm], [out], [om]) => {
            const n = am.shape[am.shape.length - 1];
            const k = om.shape[om.shape.length - 1];
            const batch = om.shape.slice(0, -2);
            const ai = batchIndex(am.shape.slice(0, -2), batch);
            const bi = batchIndex(bm.shape.slice(0, -2), batch);
            const lu = new Float64Array(n * n);
            const perm = new Int32Array(n);
            const x = new Float64Array(n * k);
            let factored = -1; // a's matrix index currently factored (reused when a is broadcast)
            for (let t = 0; t < sizeOf(batch); t++) {
                if (ai[t] !== factored) {
                    for (let i = 0; i < n * n; i++)
                        lu[i] = a[ai[t] * n * n + i];
                    atBatch('solve', batch, t, () => {
                        if (luInPlace(lu, n, perm) === 0)
                            throw new LinalgFailure('the matrix is singular (LU found a zero pivot column); solve needs an invertible a');
                    });
                    factored = ai[t];
                }
                luSolveInto(lu, perm, n, b, bi[t] * n * k, k, x);
                out.set(x, t * n * k);
            }
        },
    },
    // X = A⁻¹B:  B̄ = A⁻ᵀ X̄ (a solve with Aᵀ),  Ā = −B̄ Xᵀ.
    vjp: ([g], { inputs: [a, b], outputs: [x] }) => {
        if (!g)
            return [null, null];
        const gb = runOp1(solveOp, [mT(a), g], NONE);
        return [sumToShape(neg(matmul(gb, mT(x))), a.shape), sumToShape(gb, b.shape)];
    },
};
/**
 * Solve A X = B by LU factorisation with partial pivoting.
 *
 * a: [..., n, n]; b: [..., n, k], or a vector [..., n] — b counts as a vector when it has
 * rank 1, or rank(a) − 1 with b.shape = a.shape[:-1] (PyTorch's rule). Batch axes
 * broadcast. Returns X shaped like b. Throws, naming the batch index, when a matrix is
 * singular (an exactly zero pivot column, as LAPACK); near-singular matrices are not
 * detected. Gradient: B̄ = A⁻ᵀX̄, Ā = −B̄Xᵀ.
 */
export function solve(a, b) {
    [a, b] = floatPair('solve', a, b);
    if (isVectorRhs(a, b))
        return reshapeOut(runOp1(solveOp, [a, unsqueeze(b, -1)], NONE), -1);
    return runOp1(solveOp, [a, b], NONE);
}
/** A⁻¹ for a: [..., n, n], computed as solve(A, I). Throws when a matrix is singular. */
export function inv(a) {
    a = floatInput(a);
    const n = squareSize('inv', a);
    return runOp1(solveOp, [a, eyeMask(n, a.rank, a)], NONE);
}
// ---------------------------------------------------------------------------------------------
// slogdet, det
export const slogdetOp = {
    name: 'slogdet',
    infer: ([a]) => {
        squareSize('slogdet', a);
        const m = { shape: a.shape.slice(0, -2), dtype: a.dtype };
        return [m, m];
    },
    kernels: {
        webgpu: slogdetGpu,
        cpu: ([a], [am], [sign, logabs]) => {
            const n = am.shape[am.shape.length - 1];
            const lu = new Float64Array(n * n);
            const perm = new Int32Array(n);
            for (let t = 0; t < sign.length; t++) {
                for (let i = 0; i < n * n; i++)
                    lu[i] = a[t * n * n + i];
                let s = luInPlace(lu, n, perm);
                let l = s === 0 ? -Infinity : 0;
                if (s !== 0) {
                    // log|det| accumulates in logs so that large matrices neither overflow nor underflow.
                    for (let i = 0; i < n; i++) {
                        const d = lu[i * n + i];
                        if (d < 0)
                            s = -s;
                        l += Math.log(Math.abs(d));
                    }
                }
                sign[t] = s;
                logabs[t] = l;
            }
        },
    },
    // d log|det A| = tr(A⁻¹ dA)  ⇒  Ā = ḡ A⁻ᵀ; the sign is piecewise constant (no gradient).
    vjp: ([, g], { inputs: [a] }) => {
        if (!g)
            return [null];
        return [mul(unsqueeze(unsqueeze(g, -1), -1), mT(inv(a)))];
    },
};
/**
 * Sign and log of the absolute value of the determinant: det A = sign · exp(logabsdet).
 *
 * a: [..., n, n] -> [sign, logabsdet], both [...] in a's dtype. A singular matrix gives
 * sign 0 and logabsdet −∞ (its gradient is then undefined). Gradient of logabsdet: A⁻ᵀ.
 */
export function slogdet(a) {
    const [s, l] = runOp(slogdetOp, [floatInput(a)], NONE);
    return [s, l];
}
/** Determinant, a: [..., n, n] -> [...], as sign · exp(logabsdet) (gradient det(A)·A⁻ᵀ; undefined at singular A). */
export function det(a) {
    const [s, l] = slogdet(a);
    return mul(s, exp(l));
}
// ---------------------------------------------------------------------------------------------
// qr
export const qrOp = {
    name: 'qr',
    infer: ([a]) => {
        const s = a.shape;
        if (s.length < 2 || s[s.length - 2] < s[s.length - 1]) {
            throw new Error(`qr: a must have shape [..., m, n] with m >= n (reduced QR of a tall or square matrix; got ${fmt(s)})`);
        }
        checkFloat('qr', a, 'a');
        const n = s[s.length - 1];
        return [
            { shape: s, dtype: a.dtype },
            { shape: [...s.slice(0, -2), n, n], dtype: a.dtype },
        ];
    },
    kernels: {
        webgpu: qrGpu,
        cpu: ([a], [am], [qOut, rOut]) => {
            const [m, n] = am.shape.slice(-2);
            const work = new Float64Array(m * n);
            const q = new Float64Array(m * n);
            const r = new Float64Array(n * n);
            const nb = sizeOf(am.shape.slice(0, -2));
            for (let t = 0; t < nb; t++) {
                for (let i = 0; i < m * n; i++)
                    work[i] = a[t * m * n + i];
                householderQr(work, m, n, q, r);
                qOut.set(q, t * m * n);
                rOut.set(r, t * n * n);
            }
        },
    },
    // m ≥ n (PyTorch's linalg_qr_backward): with M = R̄Rᵀ − QᵀQ̄ and N = triu(M) + triu(M, 1)ᵀ,
    // Ā = (Q̄ + Q N) R⁻ᵀ. Derived from dQ = Q(Ω − C) + dA R⁻¹, dR = (C − Ω)R, C = Qᵀ dA R⁻¹,
    // Ω = tril(C, −1) − tril(C, −1)ᵀ.
    vjp: ([gq, gr], { outputs: [q, r] }) => {
        if (!gq && !gr)
            return [null];
        const fromR = gr ? matmul(gr, mT(r)) : null;
        const fromQ = gq ? matmul(mT(q), gq) : null;
        const m = fromR && fromQ ? sub(fromR, fromQ) : (fromR ?? neg(fromQ));
        const nMat = add(triu(m), mT(triu(m, 1)));
        const g = gq ? add(gq, matmul(q, nMat)) : matmul(q, nMat);
        return [triSolve(r, g, { lower: false, transposeA: true, unitDiagonal: false, left: false })];
    },
};
/**
 * Reduced QR decomposition by Householder reflections: A = Q R.
 *
 * a: [..., m, n] with m ≥ n -> [q: [..., m, n] with QᵀQ = I, r: [..., n, n] upper
 * triangular with a non-negative diagonal (the sign convention that makes the factorisation
 * unique for full-rank A). The gradient needs full column rank.
 */
export function qr(a) {
    const [q, r] = runOp(qrOp, [floatInput(a)], NONE);
    return [q, r];
}
// ---------------------------------------------------------------------------------------------
// eigh
export const eighOp = {
    name: 'eigh',
    infer: ([a]) => {
        squareSize('eigh', a);
        return [
            { shape: a.shape.slice(0, -1), dtype: a.dtype },
            { shape: a.shape, dtype: a.dtype },
        ];
    },
    kernels: {
        webgpu: eighGpu,
        cpu: ([a], [am], [wOut, vOut]) => {
            const n = am.shape[am.shape.length - 1];
            const batch = am.shape.slice(0, -2);
            const w = new Float64Array(n);
            const v = new Float64Array(n * n);
            for (let t = 0; t < sizeOf(batch); t++) {
                atBatch('eigh', batch, t, () => jacobiEigh(a, t * n * n, n, w, v));
                wOut.set(w, t * n);
                vOut.set(v, t * n * n);
            }
        },
    },
    // A = V diag(w) Vᵀ:  Ā = sym(V (diag(w̄) + F ∘ (Vᵀ V̄)) Vᵀ) with F_ij = 1/(w_j − w_i), F_ii = 0.
    // Degenerate eigenvalues make F infinite: their eigenvector gradient is undefined (the
    // eigenvalue-only gradient, V̄ = 0, stays fine).
    vjp: ([gw, gv], { outputs: [w, v] }) => {
        if (!gw && !gv)
            return [null];
        const n = lastDim(w);
        let inner = gw ? diagEmbed(gw) : null;
        if (gv) {
            const eye = eyeMask(n, v.rank, v);
            const f = sub(div(1, add(sub(unsqueeze(w, -2), unsqueeze(w, -1)), eye)), eye);
            const term = mul(f, matmul(mT(v), gv));
            inner = inner ? add(inner, term) : term;
        }
        return [sym(matmul(matmul(v, inner), mT(v)))];
    },
};
/**
 * Eigen-decomposition of a symmetric matrix: A V = V diag(w).
 *
 * a: [..., n, n] -> [w: [..., n] ascending, v: [..., n, n] orthonormal eigenvectors as
 * columns, each with its largest-magnitude entry positive]. The input is symmetrised,
 * (A + Aᵀ)/2, as in JAX. Cyclic Jacobi in float64. Gradients through v are undefined for
 * repeated eigenvalues (unsupported); gradients through w alone are fine.
 */
export function eigh(a) {
    const [w, v] = runOp(eighOp, [floatInput(a)], NONE);
    return [w, v];
}
// ---------------------------------------------------------------------------------------------
// argument plumbing
/** Integer/bool inputs compute in f32 (as elsewhere in the library). */
function floatInput(a) {
    const d = floatTypeOf(a.dtype);
    return d === a.dtype ? a : cast(a, d);
}
function floatPair(op, a, b) {
    if (a.device !== b.device)
        throw new Error(`${op}: a and b live on different devices ('${a.device}' and '${b.device}')`);
    const d = floatTypeOf(promoteTypes(a.dtype, b.dtype));
    return [a.dtype === d ? a : cast(a, d), b.dtype === d ? b : cast(b, d)];
}
/** b is a vector right-hand side: rank 1, or rank(a) − 1 with b.shape = a.shape[:-1]. */
function isVectorRhs(a, b) {
    return b.rank === 1 || (b.rank === a.rank - 1 && shapeEq(b.shape, a.shape.slice(0, -1)));
}
/** Remove the unit axis added for a vector right-hand side. */
function reshapeOut(x, axis) {
    const s = [...x.shape];
    s.splice(s.length + axis, 1);
    return reshape(x, s);
}
//# sourceMappingURL=linalg.js.map