/**
 * Look-ahead meta-learning for continual learning (La-MAML, Gupta, Yadav & Paull 2020) and its
 * sparse variant with a step-function learning-rate mask (PAPERS.md P8, last bullet).
 *
 * One update on an incoming batch of n samples (x_1 … x_n) and a meta batch M (samples replayed
 * from memory together with the incoming ones):
 *
 *   φ_0 = θ,   φ_i = φ_{i−1} − r ⊙ ∇_φ ℓ(φ_{i−1}; x_i)          (one inner step per sample)
 *   L_meta(θ, ρ) = (1/n) Σ_{i=1..n} L(φ_i; M)
 *
 * with per-parameter step sizes r, a tree shaped like θ, computed from the learned tree ρ:
 *
 *   'learned'  r = ReLU(α), ρ = α                      (La-MAML's learned learning rates)
 *   'mask'     r = α₀ m(κ), ρ = κ, m = ½(sign κ + 1),  straight-through dm/dκ = ½ (sparse-MAML's
 *              binary mask: each weight either learns at α₀ or is frozen)
 *
 * The outer step first moves ρ by SGD, ρ ← ρ − η_ρ clip(∇_ρ L_meta), then θ by the new step
 * sizes, θ ← θ − r(ρ) ⊙ clip(∇_θ L_meta) (La-MAML's asynchronous update: a weight with step size 0
 * stays where it is); clip rescales a gradient tree to global norm ≤ `clipNorm`.
 *
 * First order (the La-MAML default on MNIST) holds the inner gradients ∇ℓ(φ_{i−1}; x_i) constant,
 * so ∇_θ L_meta = (1/n) Σ_i ∇L(φ_i; M) and ∇_r L_meta = −(1/n) Σ_i Σ_{k≤i} ∇ℓ(φ_{k−1}; x_k) ⊙ ∇L(φ_i; M);
 * second order differentiates through them.
 */
import { grad, stopGradient, valueAndGrad } from '../../core/autodiff.js';
import type { Tensor } from '../../core/tensor.js';
import * as tree from '../../core/tree.js';
import { binaryMask } from './mask.js';
import type { TaskLoss } from './rules.js';

export type LamamlRates = 'learned' | 'mask';
export const LAMAML_RATES: readonly LamamlRates[] = ['learned', 'mask'];

export interface LamamlOptions {
  /** 'learned': r = ReLU(α) (La-MAML); 'mask': r = α₀ m(κ) (sparse step-function mask). */
  rates: LamamlRates;
  /** mask: α₀, the step size of the unmasked weights. */
  maskStep?: number;
  /** η_ρ, the SGD learning rate of α or κ (La-MAML on MNIST: 0.3 for rotations and permutations). */
  ratesLr: number;
  /** The global-norm clip of each gradient tree (La-MAML: 2; 0 disables). */
  clipNorm?: number;
  /** Hold the inner gradients constant (default true, as La-MAML on MNIST). */
  firstOrder?: boolean;
}

export interface LamamlParams<P> {
  /** θ: the weights. */
  theta: P;
  /** ρ: the learning rates α ('learned') or the mask scores κ ('mask'), shaped like θ. */
  rates: P;
}

export interface LamamlGradient<P> {
  /** L_meta at (θ, ρ). */
  metaLoss: number;
  grad: LamamlParams<P>;
}

function check(o: LamamlOptions): void {
  if (!LAMAML_RATES.includes(o.rates)) throw new Error(`learn.meta.lamaml: rates must be 'learned' or 'mask', got ${JSON.stringify(o.rates)}`);
  if (o.rates === 'mask' && !(typeof o.maskStep === 'number' && o.maskStep > 0 && Number.isFinite(o.maskStep)))
    throw new Error(`learn.meta.lamaml: rates 'mask' needs maskStep, a finite number > 0, got ${o.maskStep}`);
  if (!(o.ratesLr >= 0 && Number.isFinite(o.ratesLr))) throw new Error(`learn.meta.lamaml: ratesLr must be a finite number ≥ 0, got ${o.ratesLr}`);
  if (o.clipNorm !== undefined && !(o.clipNorm >= 0)) throw new Error(`learn.meta.lamaml: clipNorm must be a number ≥ 0, got ${o.clipNorm}`);
}

/** The step sizes r(ρ) (module notes), differentiable in ρ. */
export function lamamlStepSizes<P>(rates: P, o: Pick<LamamlOptions, 'rates' | 'maskStep'>): P {
  switch (o.rates) {
    case 'learned':
      return tree.map<P>((a: Tensor) => a.relu(), rates);
    case 'mask':
      return tree.map<P>((k: Tensor) => binaryMask(k).mul(o.maskStep!), rates);
    default:
      throw new Error(`learn.meta.lamaml: unknown rates ${String(o.rates satisfies never)}`);
  }
}

/** L_meta(θ, ρ) and its gradient (module notes). `samples`: the n incoming samples, one batch each. */
export function lamamlMetaGradient<P, B>(
  loss: TaskLoss<P, B>,
  params: LamamlParams<P>,
  samples: readonly B[],
  metaBatch: B,
  o: LamamlOptions,
): LamamlGradient<P> {
  check(o);
  if (samples.length === 0) throw new Error('learn.meta.lamaml: samples must hold at least one incoming sample');
  const firstOrder = o.firstOrder ?? true;
  const objective = (m: LamamlParams<P>): Tensor => {
    const r = lamamlStepSizes(m.rates, o);
    let phi = m.theta;
    let total: Tensor | undefined;
    for (const s of samples) {
      const g = grad((p: P) => loss(p, s))(firstOrder ? stopGradient(phi) : phi);
      phi = tree.map<P>((p: Tensor, gi: Tensor, ri: Tensor) => p.sub(gi.mul(ri)), phi, g, r);
      const l = loss(phi, metaBatch);
      total = total === undefined ? l : total.add(l);
    }
    return total!.div(samples.length);
  };
  const [value, g] = valueAndGrad(objective)(params);
  return { metaLoss: value.item(), grad: g };
}

/** g rescaled to global norm ≤ c (c = 0: unchanged). */
function clip<P>(g: P, c: number): P {
  if (c === 0) return g;
  const leaves = tree.leaves(g as tree.Tree);
  const norm = Math.sqrt(leaves.reduce((s, l) => s + l.square().sum().item(), 0));
  return norm <= c ? g : tree.map<P>((l: Tensor) => l.mul(c / norm), g);
}

/** One La-MAML update (module notes): ρ by SGD, then θ by the new step sizes. */
export function lamamlStep<P, B>(
  loss: TaskLoss<P, B>,
  params: LamamlParams<P>,
  samples: readonly B[],
  metaBatch: B,
  o: LamamlOptions,
): { params: LamamlParams<P>; metaLoss: number } {
  const { metaLoss, grad: g } = lamamlMetaGradient(loss, params, samples, metaBatch, o);
  const c = o.clipNorm ?? 2;
  const gRates = clip(g.rates, c);
  const gTheta = clip(g.theta, c);
  const rates = stopGradient(tree.map<P>((p: Tensor, gi: Tensor) => p.sub(gi.mul(o.ratesLr)), params.rates, gRates));
  const r = lamamlStepSizes(rates, o);
  const theta = stopGradient(tree.map<P>((p: Tensor, gi: Tensor, ri: Tensor) => p.sub(gi.mul(ri)), params.theta, gTheta, r));
  return { params: { theta, rates }, metaLoss };
}
