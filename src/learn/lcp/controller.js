/**
 * The least-control principle (PAPERS.md P6) on the equilibrium RNN (`nn.equilibriumRnn`):
 * a controller ψ drives the network to an equilibrium where the output loss is minimal,
 *
 *   v = g(v) + e,  g(v) = W tanh(v) + b + U x;    v̂ = D(v) + u,  D(v) = D tanh(v) + d,
 *
 * and learning reduces the control: Δθ ∝ −(∂_θ g)ᵀ e* − (∂_θ D)ᵀ u* (updates.ts).
 *
 * Controllers (time step dt, time constants τ_v, τ_u, τ_e; the authors' defaults are all 1):
 *   'dynamicInversion':  u = k_i u_i − k_p ∂L/∂v̂
 *                        e ← e + dt/τ_e [ (J_g − I)ᵀ e + J_Dᵀ u ]
 *                        v ← v + dt/τ_v [ g(v) − v + e ],   v̂ ← v̂ + dt/τ_v [ D(v) − v̂ + u ]
 *                        u_i ← u_i + dt/τ_u [ −∂L/∂v̂ − α u_i ]
 *   'kolenPollack':      as dynamic inversion with J_gᵀ e and J_Dᵀ u replaced by learned feedback
 *                        weights: e ← e + dt/τ_e [ −e + tanh′(v) ⊙ (e B_W + u B_D) ]
 *                        (B_W: [N, N] ≈ W, B_D: [O, N] ≈ D; they receive W's and D's updates)
 *   'linearFeedback':    e = Q u (Q: [N, O], fixed), v ← v + dt/τ_v [ g(v) − v + e ]
 *   'energy':            minimise E(v, v̂) = ½‖v − g(v)‖² + ½‖v̂ − D(v)‖² + (1/α) L(v̂) by Adam
 *                        (or gradient descent) for maxIter steps; e* = v* − g(v*), u* = v̂* − D(v*).
 *
 * The first three settle the joint state (v, v̂, u_i, e) with `fixedPoint` (plain iteration, per
 * example relative change ≤ threshold, or maxIter steps). At equilibrium u_i = −∂L/∂v̂ / α: a
 * large α is a weak (leaky) controller, under which α·(LCP update) tends to the gradient of
 * L(D(v*)) at the free equilibrium (recurrent backprop's gradient).
 *
 * Shapes: x [B, H], v and e [B, N], v̂, u_i and u [B, O]. The loss L(v̂) is a scalar (e.g. the mean
 * cross-entropy over the batch, as the authors).
 */
import { grad } from '../../core/autodiff.js';
import { concat } from '../../core/ops/movement.js';
import { tanh } from '../../core/ops/elementwise.js';
import { matmul } from '../../core/ops/matmul.js';
import { zeros } from '../../core/creation.js';
import { equilibriumRnn } from '../../nn/recurrent/equilibrium-rnn.js';
import { adam } from '../../optim/optimizers.js';
import { applyUpdates } from '../../optim/transform.js';
import { fixedPoint } from '../equilibrium/fixed-point.js';
export const LCP_CONTROLLERS = ['dynamicInversion', 'kolenPollack', 'linearFeedback', 'energy'];
function positive(name, v) {
    if (!(v > 0) || !Number.isFinite(v))
        throw new Error(`lcp: ${name} must be a finite number > 0, got ${v}`);
    return v;
}
/**
 * Settle the controlled dynamics for a batch.
 *
 * @param loss L(v̂) → scalar, v̂: [B, O]
 */
export function controlledEquilibrium(params, x, loss, o) {
    if (!LCP_CONTROLLERS.includes(o.controller))
        throw new Error(`lcp: controller must be one of ${LCP_CONTROLLERS.map((c) => `'${c}'`).join(', ')}, got ${JSON.stringify(o.controller)}`);
    const alpha = positive('alpha', o.alpha);
    const ki = o.ki ?? 1;
    const kp = o.kp ?? 0;
    const dt = positive('dt', o.dt ?? 1);
    const av = dt / positive('tauV', o.tauV ?? 1);
    const au = dt / positive('tauU', o.tauU ?? 1);
    const ae = dt / positive('tauE', o.tauE ?? 1);
    const threshold = o.threshold ?? 1e-6;
    const maxIter = o.maxIter ?? 800;
    const drive = equilibriumRnn.drive(params, x);
    const g = (v) => equilibriumRnn.dynamics(params, v, drive);
    const D = (v) => equilibriumRnn.decode(params, v);
    const dLoss = grad(loss);
    if (o.controller === 'energy')
        return energyEquilibrium(params, drive, loss, alpha, maxIter, o);
    const B = drive.shape[0];
    const N = params.w.shape[0];
    const O = params.d.shape[0];
    const fb = o.feedback;
    if (o.controller === 'kolenPollack' && (fb === undefined || fb.w === undefined || fb.d === undefined))
        throw new Error("lcp: controller 'kolenPollack' needs options.feedback = { w: [N, N], d: [O, N] } (lcp.initFeedback)");
    const q = o.q;
    if (o.controller === 'linearFeedback' && (q === undefined || q.rank !== 2 || q.shape[0] !== N || q.shape[1] !== O))
        throw new Error(`lcp: controller 'linearFeedback' needs options.q, a [${N}, ${O}] tensor (lcp.initLinearFeedback)`);
    const split = (s) => [
        s.sliceAxis(1, 0, N),
        s.sliceAxis(1, N, N + O),
        s.sliceAxis(1, N + O, N + 2 * O),
        s.sliceAxis(1, N + 2 * O, 2 * N + 2 * O),
    ];
    const step = (s) => {
        const [v, vHat, uI, e] = split(s);
        const gradPred = dLoss(vHat);
        const u = kp === 0 ? uI.mul(ki) : uI.mul(ki).sub(gradPred.mul(kp));
        const th = tanh(v);
        const dAct = th.square().neg().add(1); // tanh′(v)
        let eNext;
        let eDrive; // the control entering v's dynamics
        switch (o.controller) {
            case 'dynamicInversion': {
                // (J_g − I)ᵀ e + J_Dᵀ u = tanh′(v) ⊙ (e W + u D) − e   (row form)
                const back = dAct.mul(matmul(e, params.w).add(matmul(u, params.d)));
                eNext = e.add(back.sub(e).mul(ae));
                eDrive = e;
                break;
            }
            case 'kolenPollack': {
                const f = fb;
                const back = dAct.mul(matmul(e, f.w).add(matmul(u, f.d)));
                eNext = e.add(back.sub(e).mul(ae));
                eDrive = e;
                break;
            }
            case 'linearFeedback':
                eNext = matmul(u, q.mT);
                eDrive = eNext;
                break;
            case 'energy':
                throw new Error('internal: the energy controller has no settling step');
            default:
                throw new Error(`lcp: unknown controller ${String(o.controller)}`);
        }
        const vNext = v.add(g(v).sub(v).add(eDrive).mul(av));
        const vHatNext = vHat.add(D(v).sub(vHat).add(u).mul(av));
        const uINext = uI.add(gradPred.neg().sub(uI.mul(alpha)).mul(au));
        return concat([vNext, vHatNext, uINext, eNext], 1);
    };
    const s0 = zeros([B, 2 * N + 2 * O], { dtype: drive.dtype });
    const r = fixedPoint(step, s0, { method: 'iterate', tol: threshold * dt, maxIter, batched: true });
    const [v, vHat, uI, e] = split(r.x);
    const u = kp === 0 ? uI.mul(ki) : uI.mul(ki).sub(dLoss(vHat).mul(kp));
    return { v, vHat, e, u, iterations: r.iterations, residual: r.residual, converged: r.converged };
}
/** The energy-based controller: minimise E(v, v̂) directly. */
function energyEquilibrium(params, drive, loss, alpha, steps, o) {
    const g = (v) => equilibriumRnn.dynamics(params, v, drive);
    const D = (v) => equilibriumRnn.decode(params, v);
    const energy = (s) => s.v
        .sub(g(s.v))
        .square()
        .sum()
        .mul(0.5)
        .add(s.vHat.sub(D(s.v)).square().sum().mul(0.5))
        .add(loss(s.vHat).div(alpha));
    let s;
    if (o.energyFromFree === true) {
        const v = fixedPoint(g, zeros(drive.shape, { dtype: drive.dtype }), { tol: o.threshold ?? 1e-6, maxIter: steps, batched: true }).x;
        s = { v, vHat: D(v) };
    }
    else {
        const v = zeros(drive.shape, { dtype: drive.dtype });
        s = { v, vHat: D(v).mul(0) };
    }
    const lr = o.energyLr ?? 0.01;
    const kind = o.energyOptimizer ?? 'adam';
    const dE = grad(energy);
    if (kind === 'adam') {
        const opt = adam(lr);
        let state = opt.init(s);
        for (let k = 0; k < steps; k++) {
            const gE = dE(s);
            const [upd, st] = opt.update(gE, state, s);
            state = st;
            s = applyUpdates(s, upd);
        }
    }
    else {
        for (let k = 0; k < steps; k++) {
            const gE = dE(s);
            s = { v: s.v.sub(gE.v.mul(lr)), vHat: s.vHat.sub(gE.vHat.mul(lr)) };
        }
    }
    const gE = dE(s);
    const last = Math.sqrt(gE.v.square().sum().item() + gE.vHat.square().sum().item());
    const e = s.v.sub(g(s.v));
    const u = s.vHat.sub(D(s.v));
    return { v: s.v, vHat: s.vHat, e, u, iterations: steps, residual: last, converged: last <= (o.threshold ?? 1e-6) };
}
//# sourceMappingURL=controller.js.map