/**
 * How well a gradient estimate lines up with the exact (BPTT) gradient, layer by layer
 * (PAPERS.md P4, Fig. 2): for block l, with g the estimate and g* the exact gradient of the
 * block's recurrent parameters flattened into one vector,
 *
 *   cosine_l = ⟨g, g*⟩ / (‖g‖ ‖g*‖),   normRatio_l = ‖g‖ / ‖g*‖.
 *
 * The recurrent parameters are the mixer's parameters without its readout: nn.lru without
 * C and D (λ's parameters, γ, B), nn.linearRnn without C and D (A, B), all of any other mixer.
 */
import { zeros } from '../core/creation.js';
import { add, mul } from '../core/ops/elementwise.js';
import { stack } from '../core/ops/movement.js';
import { sum } from '../core/ops/reduce.js';
import type { Tensor } from '../core/tensor.js';
import * as tree from '../core/tree.js';
import type { SeqParams } from '../nn/seq.js';

export interface GradientAlignment {
  /** Per block: cosine similarity of the estimate and the exact gradient (NaN when either is zero). */
  cosine: number[];
  /** Per block: ‖estimate‖ / ‖exact‖. */
  normRatio: number[];
}

const READOUT: Record<string, readonly string[]> = { lru: ['cRe', 'cIm', 'd'], linearRnn: ['c', 'd'] };

/** The recurrent parameters of one mixer's parameter tree (see the module notes). */
export function recurrentLeaves(mixerName: string, mixer: unknown): Tensor[] {
  const skip = READOUT[mixerName] ?? [];
  if (typeof mixer !== 'object' || mixer === null) return tree.leaves(mixer as tree.Tree);
  const kept = Object.entries(mixer as Record<string, unknown>).filter(([k]) => !skip.includes(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.flatMap(([, v]) => tree.leaves(v as tree.Tree));
}

/** Σ_i ⟨a_i, b_i⟩ as a scalar tensor. */
function dot(a: readonly Tensor[], b: readonly Tensor[]): Tensor {
  let s: Tensor | null = null;
  a.forEach((x, i) => {
    const d = sum(mul(x, b[i]));
    s = s === null ? d : add(s, d);
  });
  if (s === null) throw new Error('learn.gradientAlignment: a block has no recurrent parameters');
  return s;
}

/** Per block [‖g‖², ‖g*‖², ⟨g, g*⟩]: an [L, 3] tensor (computed on the gradients' device). */
export function alignmentTerms(estimate: SeqParams, exact: SeqParams): Tensor {
  if (estimate.blocks.length !== exact.blocks.length) throw new Error(`learn.gradientAlignment: the estimate has ${estimate.blocks.length} blocks, the exact gradient ${exact.blocks.length}`);
  const name = exact.spec.mixer;
  const rows = estimate.blocks.map((b, l) => {
    const g = recurrentLeaves(name, b.mixer);
    const gs = recurrentLeaves(name, exact.blocks[l].mixer);
    if (g.length !== gs.length || g.some((x, i) => x.size !== gs[i].size)) throw new Error(`learn.gradientAlignment: block ${l}'s mixer gradients differ in structure`);
    return stack([dot(g, g), dot(gs, gs), dot(g, gs)]);
  });
  if (rows.length === 0) return zeros([0, 3], { dtype: exact.decoder.w.dtype });
  return stack(rows);
}

/** Cosines and norm ratios from the values of `alignmentTerms`. */
export function readAlignment(v: ArrayLike<number>): GradientAlignment {
  const cosine: number[] = [];
  const normRatio: number[] = [];
  for (let l = 0; 3 * l < v.length; l++) {
    const [ee, xx, ex] = [v[3 * l], v[3 * l + 1], v[3 * l + 2]];
    cosine.push(ex / Math.sqrt(ee * xx));
    normRatio.push(Math.sqrt(ee / xx));
  }
  return { cosine, normRatio };
}

/** Per-block cosine similarity and norm ratio of `estimate` against `exact` (both `nn.seq` gradients; CPU). */
export function gradientAlignment(estimate: SeqParams, exact: SeqParams): GradientAlignment {
  return readAlignment(alignmentTerms(estimate, exact).dataSync());
}
