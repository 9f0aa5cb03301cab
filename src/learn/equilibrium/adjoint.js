/**
 * Solvers for the adjoint system of implicit differentiation (PAPERS.md P7), A λ = c with A
 * given only through matrix–vector products:
 *
 *   fixed point φ = F(φ, θ):    A = I − Jᵀ (J = ∂_φ F at φ*),  c = ∂_φ L_out        (λ̄ in RBP)
 *   minimiser ∂_φ L_in = 0:      A = H = ∂²_φ L_in,             c = −∂_φ L_out      (μ)
 *
 * 'direct':     A assembled column by column (n products) and solved by LU — O(n) products.
 * 'cg':         conjugate gradients on A λ = c when A is symmetric (the minimiser's Hessian), on
 *               the normal equations Aᵀ A λ = Aᵀ c otherwise (CGNR; Aᵀ by forward mode).
 * 'neumann':    the truncated series λ = α Σ_{k<K} (I − αA)^k c (K = maxIter terms; for the
 *               fixed point with α = 1 this is Σ (Jᵀ)^k c, recurrent backprop's unrolled adjoint).
 * 'fixedPoint': the same Richardson map λ ← λ + α (c − A λ) solved by `fixedPoint` to `tol`
 *               (method 'iterate' is recurrent backprop; 'anderson' and 'broyden' accelerate it).
 * 't1t2':       A ≈ I/α, λ = α c (the first Neumann term; biased unless A = I/α).
 *
 * Every solver returns the relative residual ‖A λ − c‖ / ‖c‖ of its answer (one extra product).
 */
import { stack } from '../../core/ops/movement.js';
import { solve } from '../../core/ops/linalg.js';
import { reshape } from '../../core/ops/shape-ops.js';
import { eye, zerosLike } from '../../core/creation.js';
import { FIXED_POINT_METHODS, fixedPoint } from './fixed-point.js';
export const ADJOINT_METHODS = ['direct', 'cg', 'neumann', 'fixedPoint', 't1t2'];
function dot(a, b) {
    return a.mul(b).sum().item();
}
function checkOptions(o) {
    const r = {
        method: o.method,
        tol: o.tol ?? 1e-10,
        maxIter: o.maxIter ?? 100,
        stepSize: o.stepSize ?? 1,
        fixedPointMethod: o.fixedPointMethod ?? 'iterate',
    };
    if (!ADJOINT_METHODS.includes(r.method))
        throw new Error(`adjoint: method must be one of ${ADJOINT_METHODS.map((m) => `'${m}'`).join(', ')}, got ${JSON.stringify(o.method)}`);
    if (!(r.tol >= 0))
        throw new Error(`adjoint: tol must be ≥ 0, got ${r.tol}`);
    if (!Number.isInteger(r.maxIter) || r.maxIter < 1)
        throw new Error(`adjoint: maxIter must be an integer ≥ 1, got ${r.maxIter}`);
    if (!(r.stepSize > 0) || !Number.isFinite(r.stepSize))
        throw new Error(`adjoint: stepSize must be a finite number > 0, got ${r.stepSize}`);
    if (!FIXED_POINT_METHODS.includes(r.fixedPointMethod))
        throw new Error(`adjoint: fixedPointMethod must be one of ${FIXED_POINT_METHODS.join(', ')}, got ${JSON.stringify(o.fixedPointMethod)}`);
    return r;
}
/** Solve A λ = c with the chosen method. */
export function solveAdjoint(sys, options) {
    const o = checkOptions(options);
    const c = sys.rhs;
    const cNorm = Math.sqrt(dot(c, c));
    const residualOf = (lam) => {
        const r = sys.apply(lam).sub(c);
        return Math.sqrt(dot(r, r)) / cNorm;
    };
    if (cNorm === 0)
        return { adjoint: zerosLike(c), residual: 0, iterations: 0, converged: true };
    let lam;
    let iterations;
    let converged = null;
    switch (o.method) {
        case 'direct': {
            const n = c.size;
            // Column j of A is A e_j; the identity's rows reshaped like c.
            const cols = [];
            const identity = eye(n, { dtype: c.dtype });
            for (let j = 0; j < n; j++)
                cols.push(reshape(sys.apply(reshape(identity.sliceAxis(0, j, j + 1), c.shape)), [n]));
            const a = stack(cols, 1); // [n, n]
            lam = reshape(solve(a, reshape(c, [n])), c.shape);
            iterations = n;
            break;
        }
        case 'cg': {
            // CG on M λ = b with M = A (symmetric) or AᵀA (CGNR), b = c or Aᵀc.
            const M = sys.symmetric ? sys.apply : (v) => sys.applyT(sys.apply(v));
            const b = sys.symmetric ? c : sys.applyT(c);
            const bNorm = Math.sqrt(dot(b, b));
            lam = zerosLike(c);
            let r = b;
            let p = r;
            let rr = dot(r, r);
            iterations = 0;
            converged = bNorm === 0;
            while (!converged && iterations < o.maxIter) {
                const Mp = M(p);
                const pMp = dot(p, Mp);
                iterations++;
                if (!(pMp > 0))
                    break; // breakdown: M not positive definite along p
                const step = rr / pMp;
                lam = lam.add(p.mul(step));
                r = r.sub(Mp.mul(step));
                const rrNew = dot(r, r);
                if (Math.sqrt(rrNew) <= o.tol * bNorm) {
                    converged = true;
                    break;
                }
                p = r.add(p.mul(rrNew / rr));
                rr = rrNew;
            }
            break;
        }
        case 'neumann': {
            // λ_K = α Σ_{k<K} (I − αA)^k c, accumulated term by term.
            let term = c.mul(o.stepSize);
            lam = term;
            for (let k = 1; k < o.maxIter; k++) {
                term = term.sub(sys.apply(term).mul(o.stepSize));
                lam = lam.add(term);
            }
            iterations = o.maxIter - 1;
            break;
        }
        case 'fixedPoint': {
            const map = (v) => v.add(c.sub(sys.apply(v)).mul(o.stepSize));
            const fp = fixedPoint(map, c.mul(o.stepSize), { method: o.fixedPointMethod, tol: o.tol, maxIter: o.maxIter, eps: 0 });
            lam = fp.x;
            iterations = fp.iterations;
            converged = fp.converged;
            break;
        }
        case 't1t2':
            lam = c.mul(o.stepSize);
            iterations = 0;
            break;
        default:
            throw new Error(`adjoint: unknown method ${String(o.method)}`);
    }
    const residual = residualOf(lam);
    if (converged === null) {
        converged = o.method === 'direct' ? residual <= 1e-8 : true;
    }
    return { adjoint: lam, residual, iterations, converged };
}
//# sourceMappingURL=adjoint.js.map