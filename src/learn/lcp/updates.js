/**
 * Least-control updates (PAPERS.md P6) and the two reference gradients of the equilibrium RNN.
 *
 * LCP: at the controlled equilibrium (v*, e* = ψ*, u*), learning reduces ½‖ψ*‖²:
 *   Δθ = η (∂_θ f)ᵀ ψ*;  for f = −v + W tanh(v) + b + U x:
 *   ΔW = η ψ* tanh(v*)ᵀ,  Δb = η ψ*,  ΔU = η ψ* xᵀ  (local, Hebbian-like; summed over the batch)
 *   and for the decoder ΔD = η u* tanh(v*)ᵀ, Δd = η u*.
 * `lcpGradients` returns −Δθ/η (a descent direction to hand to an optimiser, as the authors'
 * gradient hooks), computed with autodiff (vjp of g and D with cotangents −e*, −u*);
 * `localUpdates` returns Δθ/η by the explicit outer products (they agree exactly).
 * With linear feedback the state's control is modulated: −e* ⊙ tanh′(v*) (the authors' hook).
 *
 * Recurrent backprop (RBP): the implicit gradient of L(D(v*)) through v* = g(v*), adjoint by
 * fixed-point iteration (`fixedPointLayer`). BPTT: backprop through K unrolled steps from v = 0.
 */
import { grad, stopGradient, vjp } from '../../core/autodiff.js';
import { tanh } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { zeros } from '../../core/creation.js';
import * as random from '../../core/random.js';
import { equilibriumRnn } from '../../nn/recurrent/equilibrium-rnn.js';
import { fixedPointLayer } from '../equilibrium/implicit.js';
/** −Δθ/η of LCP (module comment) by autodiff: shaped like params. */
export function lcpGradients(params, x, eq, controller = 'dynamicInversion') {
    const v = stopGradient(eq.v);
    const psi = controller === 'linearFeedback' ? eq.e.mul(tanh(v).square().neg().add(1)) : eq.e;
    const [, pbG] = vjp((p) => equilibriumRnn.dynamics(p, v, equilibriumRnn.drive(p, x)), params);
    const [, pbD] = vjp((p) => equilibriumRnn.decode(p, v), params);
    const gG = pbG(psi.neg())[0];
    const gD = pbD(eq.u.neg())[0];
    return { kind: 'equilibriumRnn', u: gG.u, b: gG.b, w: gG.w, d: gD.d, dBias: gD.dBias };
}
/** Δθ/η of LCP by the local outer products ψ* tanh(v*)ᵀ, ψ*, ψ* xᵀ, u* tanh(v*)ᵀ, u* (batch summed). */
export function localUpdates(x, eq) {
    const s = tanh(eq.v); // [B, N]
    return {
        w: matmul(eq.e.mT, s), // [N, N]
        b: eq.e.sum(0),
        u: matmul(eq.e.mT, x), // [N, H]
        d: matmul(eq.u.mT, s), // [O, N]
        dBias: eq.u.sum(0),
    };
}
/** Kolen–Pollack feedback weights: B_W = random / ‖·‖_F ([N, N]), B_D ~ N(0, 1/(O N)) ([O, N]) (the authors' initialisation). */
export function initFeedback(key, params) {
    const [kw, kd] = random.split(key, 2);
    const N = params.w.shape[0];
    const O = params.d.shape[0];
    const dtype = params.w.dtype === 'f64' ? 'f64' : 'f32';
    const w0 = random.uniform(kw, [N, N], { dtype, minval: -1, maxval: 1 });
    return { w: w0.div(w0.square().sum().sqrt()), d: random.normal(kd, [O, N], { dtype, std: 1 / Math.sqrt(O * N) }) };
}
/** Linear feedback Q ~ N(0, 1/O): [N, O]. */
export function initLinearFeedback(key, params) {
    const N = params.w.shape[0];
    const O = params.d.shape[0];
    return random.normal(key, [N, O], { dtype: params.w.dtype === 'f64' ? 'f64' : 'f32', std: 1 / Math.sqrt(O) });
}
/** Recurrent backprop: the implicit gradient of loss(D(v*)) (adjoint by fixed-point iteration). */
export function rbpGradients(params, x, loss, o = {}) {
    const threshold = o.threshold ?? 1e-4;
    const maxIter = o.maxIter ?? 200;
    let fwd = null;
    let adj = null;
    const layer = fixedPointLayer((v, p) => equilibriumRnn.dynamics(p, v, equilibriumRnn.drive(p, x)), {
        forward: { method: 'iterate', tol: threshold, maxIter, batched: true },
        adjoint: { method: 'fixedPoint', tol: threshold, maxIter },
        onForward: (r) => (fwd = r),
        onAdjoint: (r) => (adj = r),
    });
    const N = params.w.shape[0];
    const v0 = zeros([x.shape[0], N], { dtype: params.w.dtype });
    let value = 0;
    const grads = grad((p) => {
        const l = loss(equilibriumRnn.decode(p, layer(p, v0)));
        value = l.item();
        return l;
    })(params);
    const f = fwd;
    const a = adj;
    return { loss: value, grads, forwardIterations: f?.iterations ?? 0, adjointIterations: a?.iterations ?? 0 };
}
/** BP through K unrolled steps of v ← g(v) from v = 0. */
export function bpttGradients(params, x, loss, steps) {
    if (!Number.isInteger(steps) || steps < 1)
        throw new Error(`bpttGradients: steps must be an integer ≥ 1, got ${steps}`);
    let value = 0;
    const grads = grad((p) => {
        const drive = equilibriumRnn.drive(p, x);
        let v = zeros(drive.shape, { dtype: drive.dtype });
        for (let k = 0; k < steps; k++)
            v = equilibriumRnn.dynamics(p, v, drive);
        const l = loss(equilibriumRnn.decode(p, v));
        value = l.item();
        return l;
    })(params);
    return { loss: value, grads, forwardIterations: steps, adjointIterations: steps };
}
//# sourceMappingURL=updates.js.map