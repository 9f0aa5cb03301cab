/**
 * Meta-gradient rules (PAPERS.md P8 and P9). A task has support data (the inner loop's) and query
 * data (the outer loss's); the meta-parameters are an initialisation θ (ω in P9) and, for some
 * rules, per-parameter scores κ or proximal strengths λ, all trees shaped like θ.
 *
 * Gradient-based inner loops (K steps from φ₀ = θ, step sizes s ⊙ α):
 *
 *   φ_{k+1} = φ_k − α s ⊙ ∇_φ L_support(φ_k)        meta-gradient ∇ L_query(φ_K) w.r.t. (θ, κ)
 *
 *   'maml'           s = 1 (Finn et al. 2017); second order through the K steps, or first order
 *                    (∇L_support(φ_k) held constant, so d/dθ = ∇L_query(φ_K))
 *   'anil'           s = 1 on the head (leaf paths starting with `headPath`), 0 elsewhere
 *   'metaSgd'        α s = κ, learned per-parameter learning rates (Li et al. 2017)
 *   'sparseMaml'     s = m(κ) = ½(sign κ + 1), straight-through dm/dκ = ½ (P8), the same mask at
 *                    every step
 *   'sparseReluMaml' s = ReLU(κ), straight-through (P8)
 *
 * First order keeps the dependence of φ_K on the step sizes (dφ_K/dκ = −α Σ_k ∇L_support(φ_k) ⊙
 * ds/dκ), so the masks and rates learn in either mode.
 *
 * 'reptile' (Nichol et al. 2018): K optimiser steps on L_support from θ; the meta-gradient is
 * θ − φ_K (an outer SGD step of size ε moves θ by ε(φ_K − θ)).
 *
 * Proximal inner loss (iMAML, P9): L_in(φ, θ) = L_support(φ) + ½ Σ λ ⊙ (φ − ω)², θ = (ω, λ), λ a
 * fixed number or a learned tree; φ̂ ≈ argmin_φ L_in by an inner solve (plain gradient descent
 * with step α, Adam, or gradient descent as an Anderson-accelerated fixed point) of at most
 * `innerSteps` steps, stopped early when ‖∇_φ L_in‖ ≤ innerTol · (1 + ‖∇_φ L_in(φ₀)‖).
 *
 *   'imaml'        (Rajeswaran et al. 2019): dL_query/dθ = (∂²_{φθ}L_in)ᵀ μ with H μ = −∇L_query(φ̂),
 *                  H = ∇²_φ L_in = ∇²L_support + diag λ, μ by conjugate gradients (cgIters, cgTol);
 *                  for ω alone this is λ (H)⁻¹ ∇L_query(φ̂)
 *   'contrastive'  (P9, Zucchet et al. 2022): free phase φ̂₀ as above, g₀ = ∂_θ L_in(φ̂₀); nudged
 *                  phase from φ̂₀ on L_in + β L_query for `nudgedSteps` steps → φ̂_β, g_β;
 *                  one-sided ĝ = (g_β − g₀)/β (error O(β) + O(δ/β)), symmetric
 *                  ĝ = (g_β − g_{−β})/(2β) (error O(β²) + O(δ/β)); for ω: ĝ = (λ/β) ⊙ (φ̂₀ − φ̂_β)
 *
 * The model enters only through `loss(params, batch) → scalar`; batches are opaque to the rules.
 */
import { grad, stopGradient, valueAndGrad } from '../../core/autodiff.js';
import { scope } from '../../core/device.js';
import { onesLike, zerosLike } from '../../core/creation.js';
import * as tree from '../../core/tree.js';
import { adam as adamOptimizer, sgd as sgdOptimizer } from '../../optim/optimizers.js';
import { applyUpdates } from '../../optim/transform.js';
import { eqprop } from '../equilibrium/eqprop.js';
import { fixedPoint } from '../equilibrium/fixed-point.js';
import { implicitGrad } from '../equilibrium/implicit.js';
import { binaryMask, reluStraightThrough } from './mask.js';
import { ravelTree } from './ravel.js';
export const META_RULES = ['maml', 'anil', 'metaSgd', 'reptile', 'imaml', 'contrastive', 'sparseMaml', 'sparseReluMaml'];
/** The rules whose inner loop is K differentiable gradient steps. */
export const GRADIENT_RULES = ['maml', 'anil', 'metaSgd', 'sparseMaml', 'sparseReluMaml'];
export const INNER_SOLVERS = ['sgd', 'adam', 'anderson'];
export const CONTRASTIVE_VARIANTS = ['onesided', 'symmetric'];
function fail(key, allowed, got) {
    throw new Error(`learn.meta: ${key} must be ${allowed}, got ${JSON.stringify(got)}`);
}
/** Validate the options (every error names the key and what is allowed). */
export function checkMetaOptions(o) {
    if (!META_RULES.includes(o.rule))
        fail('rule', `one of ${META_RULES.map((r) => `'${r}'`).join(', ')}`, o.rule);
    if (!Number.isInteger(o.innerSteps) || o.innerSteps < 0)
        fail('innerSteps', 'an integer ≥ 0', o.innerSteps);
    if (!(o.innerLr > 0) || !Number.isFinite(o.innerLr))
        fail('innerLr', 'a finite number > 0', o.innerLr);
    if (o.innerSolver !== undefined && !INNER_SOLVERS.includes(o.innerSolver))
        fail('innerSolver', `one of ${INNER_SOLVERS.map((r) => `'${r}'`).join(', ')}`, o.innerSolver);
    if (o.innerTol !== undefined && !(o.innerTol >= 0))
        fail('innerTol', 'a number ≥ 0', o.innerTol);
    if (o.lambda !== undefined && !(o.lambda >= 0 && Number.isFinite(o.lambda)))
        fail('lambda', 'a finite number ≥ 0', o.lambda);
    if (o.cgIters !== undefined && (!Number.isInteger(o.cgIters) || o.cgIters < 1))
        fail('cgIters', 'an integer ≥ 1', o.cgIters);
    if (o.cgTol !== undefined && !(o.cgTol >= 0))
        fail('cgTol', 'a number ≥ 0', o.cgTol);
    if (o.beta !== undefined && !(o.beta > 0 && Number.isFinite(o.beta)))
        fail('beta', 'a finite number > 0', o.beta);
    if (o.variant !== undefined && !CONTRASTIVE_VARIANTS.includes(o.variant))
        fail('variant', `'onesided' or 'symmetric'`, o.variant);
    if (o.nudgedSteps !== undefined && (!Number.isInteger(o.nudgedSteps) || o.nudgedSteps < 1))
        fail('nudgedSteps', 'an integer ≥ 1', o.nudgedSteps);
    if (o.innerSolver === 'anderson' && !['imaml', 'contrastive'].includes(o.rule))
        fail('innerSolver', `'sgd' or 'adam' for rule '${o.rule}' ('anderson' needs a fixed-point inner problem: imaml, contrastive)`, o.innerSolver);
}
/** The meta-parameter fields each rule learns. */
export function learnedFields(rule, meta) {
    switch (rule) {
        case 'maml':
        case 'anil':
        case 'reptile':
            return ['theta'];
        case 'metaSgd':
        case 'sparseMaml':
        case 'sparseReluMaml':
            return ['theta', 'kappa'];
        case 'imaml':
        case 'contrastive':
            return meta.lambda === undefined ? ['theta'] : ['theta', 'lambda'];
        default:
            throw new Error(`learn.meta: unknown rule ${String(rule)}`);
    }
}
function needKappa(rule, kappa) {
    if (kappa === undefined)
        throw new Error(`learn.meta: rule '${rule}' needs meta.kappa (${rule === 'metaSgd' ? 'learning rates' : 'mask scores'} shaped like theta; see initMeta)`);
}
/** The per-parameter step multipliers s of the gradient rules (as a tree, or 1). */
function stepScales(rule, meta, headPath) {
    switch (rule) {
        case 'maml':
            return null;
        case 'anil': {
            const paths = tree.paths(meta.theta);
            const [leaves, def] = tree.flatten(meta.theta);
            if (!paths.some((p) => p.startsWith(headPath)))
                throw new Error(`learn.meta: anil adapts the leaves under headPath '${headPath}', but θ has none (paths: ${paths.join(', ')})`);
            return tree.unflatten(def, leaves.map((l, i) => (paths[i].startsWith(headPath) ? onesLike(l) : zerosLike(l))));
        }
        case 'metaSgd':
            needKappa(rule, meta.kappa);
            return meta.kappa;
        case 'sparseMaml':
            needKappa(rule, meta.kappa);
            return tree.map((k) => binaryMask(k), meta.kappa);
        case 'sparseReluMaml':
            needKappa(rule, meta.kappa);
            return tree.map((k) => reluStraightThrough(k), meta.kappa);
        case 'reptile':
        case 'imaml':
        case 'contrastive':
            throw new Error(`learn.meta: rule '${rule}' has no gradient inner loop`);
        default:
            throw new Error(`learn.meta: unknown rule ${String(rule)}`);
    }
}
/**
 * The gradient rules' inner loop: φ_{k+1} = φ_k − α s ⊙ ∇L_support(φ_k) (metaSgd: α s = κ).
 * Differentiable in θ and s; with `firstOrder` the inner gradients are constants.
 */
export function innerLoop(loss, theta, scales, support, steps, lr, firstOrder, lrIsScale = false) {
    const gradSupport = grad((p) => loss(p, support));
    let phi = theta;
    for (let k = 0; k < steps; k++) {
        // first order: the step's gradient is a constant, so its forward and backward tensors are
        // released at once (a scope) instead of living until the whole inner loop ends
        const g = firstOrder ? scope(() => gradSupport(stopGradient(phi))) : gradSupport(phi);
        phi =
            scales === null
                ? tree.map((p, gi) => p.sub(gi.mul(lr)), phi, g)
                : tree.map((p, gi, s) => p.sub(lrIsScale ? gi.mul(s) : gi.mul(s).mul(lr)), phi, g, scales);
    }
    return phi;
}
/** ½ Σ λ ⊙ (φ − ω)² over vectors (λ a vector or a number). */
function proximal(phi, omega, lambda) {
    return phi.sub(omega).square().mul(lambda).sum().mul(0.5);
}
/** Minimise f from x0 by the chosen solver; returns the point and the gradient evaluations. */
function innerSolve(f, x0, o) {
    const g = grad(f);
    const g0 = g(x0);
    const scaleTol = o.tol * (1 + g0.square().sum().sqrt().item());
    if (o.solver === 'anderson') {
        if (o.steps === 0)
            return { x: x0, evaluations: 0, residual: NaN };
        const r = fixedPoint((x) => x.sub(g(x).mul(o.lr)), x0, { method: 'anderson', tol: o.tol, maxIter: o.steps });
        return { x: r.x, evaluations: r.iterations, residual: r.residual };
    }
    const opt = o.solver === 'adam' ? adamOptimizer(o.lr) : sgdOptimizer(o.lr);
    let state = opt.init(x0);
    let x = x0;
    let gx = g0;
    let evaluations = 1;
    for (let k = 0; k < o.steps; k++) {
        if (o.tol > 0 && gx.square().sum().sqrt().item() <= scaleTol)
            break;
        const [u, s] = opt.update(gx, state, x);
        state = s;
        x = applyUpdates(x, u);
        gx = g(x);
        evaluations++;
    }
    return { x, evaluations, residual: gx.square().sum().sqrt().item() };
}
/** The meta-gradient of one task under the rule of `o`. */
export function metaGradient(loss, meta, task, o) {
    checkMetaOptions(o);
    const rule = o.rule;
    if (GRADIENT_RULES.includes(rule)) {
        const firstOrder = o.firstOrder ?? (rule === 'sparseMaml' || rule === 'sparseReluMaml');
        const headPath = o.headPath ?? '.head';
        const learnKappa = rule === 'metaSgd' || rule === 'sparseMaml' || rule === 'sparseReluMaml';
        const objective = (m) => {
            const phi = innerLoop(loss, m.theta, stepScales(rule, m, headPath), task.support, o.innerSteps, o.innerLr, firstOrder, rule === 'metaSgd');
            return [loss(phi, task.query), phi];
        };
        const differentiated = learnKappa ? { theta: meta.theta, kappa: meta.kappa } : { theta: meta.theta };
        const [[value, phi], g] = valueAndGrad((m) => {
            const full = learnKappa ? m : { ...m, kappa: meta.kappa };
            return objective(full);
        }, { hasAux: true })(differentiated);
        return { grad: g, queryLoss: value.item(), adapted: stopGradient(phi), innerEvaluations: o.innerSteps };
    }
    switch (rule) {
        case 'reptile': {
            const { vector: theta0, unravel } = ravelTree(stopGradient(meta.theta));
            const r = innerSolve((x) => loss(unravel(x), task.support), theta0, { solver: o.innerSolver ?? 'sgd', steps: o.innerSteps, lr: o.innerLr, tol: 0 });
            const adapted = unravel(r.x);
            return { grad: { theta: unravel(theta0.sub(r.x)) }, queryLoss: loss(adapted, task.query).item(), adapted, innerEvaluations: r.evaluations };
        }
        case 'imaml':
        case 'contrastive':
            return proximalRule(loss, meta, task, o);
        case 'maml':
        case 'anil':
        case 'metaSgd':
        case 'sparseMaml':
        case 'sparseReluMaml':
            throw new Error(`internal: gradient rule '${rule}' reached the non-gradient branch`);
        default:
            throw new Error(`learn.meta: unknown rule ${String(rule)}`);
    }
}
function proximalRule(loss, meta, task, o) {
    const { vector: omega, unravel } = ravelTree(stopGradient(meta.theta));
    const lambdaVec = meta.lambda === undefined ? undefined : ravelTree(stopGradient(meta.lambda)).vector;
    const fixedLambda = o.lambda ?? 1;
    const th = lambdaVec === undefined ? { omega } : { omega, lambda: lambdaVec };
    const innerLoss = (phi, t) => loss(unravel(phi), task.support).add(proximal(phi, t.omega, t.lambda ?? fixedLambda));
    const outerLoss = (phi) => loss(unravel(phi), task.query);
    const solver = o.innerSolver ?? 'sgd';
    const tol = o.innerTol ?? 0;
    const back = (g) => {
        const out = { theta: unravel(g.omega) };
        if (g.lambda !== undefined)
            out.lambda = ravelTree(meta.lambda).unravel(g.lambda);
        return out;
    };
    if (o.rule === 'imaml') {
        const free = innerSolve((x) => innerLoss(x, th), omega, { solver, steps: o.innerSteps, lr: o.innerLr, tol });
        const r = implicitGrad({ kind: 'argmin', innerLoss }, (phi) => outerLoss(phi), free.x, th, {
            method: 'cg',
            maxIter: o.cgIters ?? 20,
            tol: o.cgTol ?? 1e-10,
        });
        return { grad: back(r.grad), queryLoss: r.loss, adapted: unravel(free.x), innerEvaluations: free.evaluations + r.iterations };
    }
    const nudgedSteps = o.nudgedSteps ?? o.innerSteps;
    const inner = {
        solve: (beta, start) => {
            const f = beta === 0 ? (x) => innerLoss(x, th) : (x) => innerLoss(x, th).add(outerLoss(x).mul(beta));
            const r = innerSolve(f, start, { solver, steps: beta === 0 ? o.innerSteps : nudgedSteps, lr: o.innerLr, tol });
            return { phi: r.x, iterations: r.evaluations, residual: r.residual, converged: true };
        },
    };
    const r = eqprop({
        energy: innerLoss,
        cost: (phi) => outerLoss(phi),
        theta: th,
        phi0: omega,
        beta: o.beta ?? 0.1,
        variant: o.variant ?? 'symmetric',
        inner,
    });
    const free = r.phases.find((p) => p.beta === 0);
    return { grad: back(r.grad), queryLoss: outerLoss(free.phi).item(), adapted: unravel(free.phi), innerEvaluations: r.innerIterations };
}
/**
 * The task-specific parameters each rule uses at test time: the gradient rules' K steps (with
 * their masks or rates), Reptile's K optimiser steps, the proximal rules' free phase.
 */
export function adapt(loss, meta, support, o) {
    checkMetaOptions(o);
    if (GRADIENT_RULES.includes(o.rule)) {
        return stopGradient(innerLoop(loss, stopGradient(meta.theta), stopGradient(stepScales(o.rule, meta, o.headPath ?? '.head')), support, o.innerSteps, o.innerLr, true, o.rule === 'metaSgd'));
    }
    const { vector: omega, unravel } = ravelTree(stopGradient(meta.theta));
    if (o.rule === 'reptile')
        return unravel(innerSolve((x) => loss(unravel(x), support), omega, { solver: o.innerSolver ?? 'sgd', steps: o.innerSteps, lr: o.innerLr, tol: 0 }).x);
    const lam = meta.lambda === undefined ? (o.lambda ?? 1) : ravelTree(stopGradient(meta.lambda)).vector;
    const r = innerSolve((x) => loss(unravel(x), support).add(proximal(x, omega, lam)), omega, {
        solver: o.innerSolver ?? 'sgd',
        steps: o.innerSteps,
        lr: o.innerLr,
        tol: o.innerTol ?? 0,
    });
    return unravel(r.x);
}
//# sourceMappingURL=rules.js.map