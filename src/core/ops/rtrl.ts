/**
 * Fused routines of real-time recurrent learning in diagonal complex recurrences
 * (h_t = λ ⊙ h_{t−1} + γ ⊙ (W u_t), PAPERS.md P4; their use is src/learn/traces.ts). With the
 * step's error ḡ_t = ∂L_t/∂Re h_t + i ∂L_t/∂Im h_t (the library's complex cotangent convention):
 *
 * `diagTraceAdvance`: the influence of the input matrix W on the state,
 * E_t[b, n, :] = ∂h_t[b, n]/∂W[n, :], advanced one step, and its contribution to the gradient
 * in the same pass (one read of the big trace per step):
 *   E_t = diag(λ) E_{t−1} + γ u_tᵀ                       [B, N, H] complex
 *   S_t = Σ_b conj(E_t[b]) ḡ_t[b, :, None]               [N, H] complex (∂/∂W_re = Re, ∂/∂W_im = Im)
 *
 * `diagStateUpdate`: the [B, N] part of a step — the traces of λ and γ and the state itself:
 *   e^λ_t = λ ⊙ e^λ_{t−1} + h_{t−1},   e^γ_t = λ ⊙ e^γ_{t−1} + W u_t,   h_t = λ ⊙ h_{t−1} + γ ⊙ (W u_t)
 *
 * `diagStateGrads`: their products with the error, summed over the batch:
 *   Σ_b conj(e^λ) ḡ [N] complex,   Σ_b Re(conj(e^γ) ḡ) [N]
 *
 * None carries a gradient of its own (traces are constants of the backward pass). Each ships
 * its unfused composition as `reference`; backends without a kernel (WebGPU) run it.
 */
import type { Complex } from '../complex.js';
import { cadd, cmul } from '../complex.js';
import { wasmTraceAdvance } from '../backends/wasm/rtrl.js';
import type { NoParams, OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
import { add, mul, sub } from './elementwise.js';
import { floatOf } from './operand-checks.js';
import { expectShape } from '../shape.js';
import { sum } from './reduce.js';
import { reshape, unsqueeze } from './shape-ops.js';

export interface TraceAdvanceParams {
  /** Whether ḡ is given and the products S_t are computed. */
  readonly withGrad: boolean;
}

/** Real and imaginary parts as a Complex. */
const cx = (re: Tensor, im: Tensor): Complex => ({ re, im });

/** The unfused composition of `diagTraceAdvance` (same inputs and outputs). */
export function diagTraceAdvanceReference(ins: readonly Tensor[], { withGrad }: TraceAdvanceParams): Tensor[] {
  const [lr, li, g, u, er, ei] = ins;
  const [B, N, H] = er.shape;
  const lam3 = cx(reshape(lr, [1, N, 1]), reshape(li, [1, N, 1]));
  const b = cadd(cmul(lam3, cx(er, ei)), mul(reshape(g, [1, N, 1]), reshape(u, [B, 1, H])));
  if (!withGrad) return [b.re, b.im];
  const g3 = cx(unsqueeze(ins[6], -1), unsqueeze(ins[7], -1));
  return [b.re, b.im, sum(add(mul(b.re, g3.re), mul(b.im, g3.im)), 0), sum(sub(mul(b.re, g3.im), mul(b.im, g3.re)), 0)];
}

/** The unfused composition of `diagStateUpdate` (same inputs and outputs). */
export function diagStateUpdateReference([lr, li, g, bur, bui, hr, hi, elr, eli, egr, egi]: readonly Tensor[]): Tensor[] {
  const N = lr.shape[0];
  const lam = cx(reshape(lr, [1, N]), reshape(li, [1, N]));
  const gN = reshape(g, [1, N]);
  const hPrev = cx(hr, hi);
  const eLam = cadd(cmul(lam, cx(elr, eli)), hPrev);
  const eGam = cadd(cmul(lam, cx(egr, egi)), cx(bur, bui));
  const h = cadd(cmul(lam, hPrev), cx(mul(bur, gN), mul(bui, gN)));
  return [eLam.re, eLam.im, eGam.re, eGam.im, h.re, h.im];
}

/** The unfused composition of `diagStateGrads` (same inputs and outputs). */
export function diagStateGradsReference([elr, eli, egr, egi, gr, gi]: readonly Tensor[]): Tensor[] {
  // Re(conj(e) ḡ) = e_r g_r + e_i g_i,  Im(conj(e) ḡ) = e_r g_i − e_i g_r
  const re = (er: Tensor, ei: Tensor): Tensor => sum(add(mul(er, gr), mul(ei, gi)), 0);
  return [re(elr, eli), sum(sub(mul(elr, gi), mul(eli, gr)), 0), re(egr, egi)];
}

/**
 * Inputs: λre, λim, γ [N], u [B, H], E re/im [B, N, H], with `withGrad` ḡ re/im [B, N].
 * Outputs: E_t re/im [B, N, H], with `withGrad` S_t = Σ_b conj(E_t) ḡ re/im [N, H].
 */
export const diagTraceAdvanceOp: OpDef<'diagTraceAdvance'> = {
  name: 'diagTraceAdvance',
  overwrites: true,
  infer: (ins, { withGrad }) => {
    const op = 'diagTraceAdvance';
    const dtype = floatOf(op, ins);
    const [B, N, H] = ins[4].shape;
    const names = ['λ re', 'λ im', 'γ', 'u', 'E re', 'E im', 'ḡ re', 'ḡ im'];
    const symbols = [['N'], ['N'], ['N'], ['B', 'H'], ['B', 'N', 'H'], ['B', 'N', 'H'], ['B', 'N'], ['B', 'N']];
    const want = [[N], [N], [N], [B, H], [B, N, H], [B, N, H], [B, N], [B, N]];
    if (ins.length !== (withGrad ? 8 : 6)) throw new Error(`${op}: expected ${withGrad ? 8 : 6} inputs, got ${ins.length}`);
    ins.forEach((m, i) => expectShape(op, names[i], m.shape, symbols[i], want[i]));
    const bnh = { shape: [B, N, H], dtype };
    const nh = { shape: [N, H], dtype };
    return withGrad ? [bnh, bnh, nh, nh] : [bnh, bnh];
  },
  kernels: {
    cpu: (ins, inMeta, outs, _outMeta, { withGrad }) => {
      const [B, N, H] = inMeta[4].shape;
      const [lr, li, g, u, ebr, ebi] = ins;
      const [obr, obi] = outs;
      const gr = withGrad ? ins[6] : null;
      const gi = withGrad ? ins[7] : null;
      const sr = withGrad ? outs[2] : null;
      const si = withGrad ? outs[3] : null;
      if (sr !== null && si !== null) {
        sr.fill(0);
        si.fill(0);
      }
      for (let b = 0; b < B; b++) {
        const ub = b * H;
        for (let n = 0; n < N; n++) {
          const k = b * N + n;
          const a = lr[n];
          const c = li[n];
          const gn = g[n];
          const base = k * H;
          if (gr === null || gi === null || sr === null || si === null || (gr[k] === 0 && gi[k] === 0)) {
            for (let h = 0; h < H; h++) {
              const er = ebr[base + h];
              const ei = ebi[base + h];
              obr[base + h] = a * er - c * ei + gn * u[ub + h];
              obi[base + h] = a * ei + c * er;
            }
            continue;
          }
          const xr = gr[k];
          const xi = gi[k];
          const row = n * H;
          for (let h = 0; h < H; h++) {
            const er = ebr[base + h];
            const ei = ebi[base + h];
            const nr = a * er - c * ei + gn * u[ub + h];
            const ni = a * ei + c * er;
            obr[base + h] = nr;
            obi[base + h] = ni;
            sr[row + h] += nr * xr + ni * xi;
            si[row + h] += nr * xi - ni * xr;
          }
        }
      }
    },
    // SIMD, units split across threads
    wasm: (ins, inMeta, outs) => {
      const [B, N, H] = inMeta[4].shape;
      return wasmTraceAdvance(ins, outs, B, N, H);
    },
  },
  reference: diagTraceAdvanceReference,
};

/** Inputs: λre, λim, γ [N], (W u_t) re/im, h_{t−1} re/im, e^λ re/im, e^γ re/im [B, N]. Outputs: e^λ, e^γ, h_t re/im [B, N]. */
export const diagStateUpdateOp: OpDef<'diagStateUpdate'> = {
  name: 'diagStateUpdate',
  overwrites: true,
  infer: (ins) => {
    const op = 'diagStateUpdate';
    const dtype = floatOf(op, ins);
    const [B, N] = ins[3].shape;
    const names = ['λ re', 'λ im', 'γ', 'Bu re', 'Bu im', 'h re', 'h im', 'e^λ re', 'e^λ im', 'e^γ re', 'e^γ im'];
    ins.forEach((m, i) => expectShape(op, names[i], m.shape, i < 3 ? ['N'] : ['B', 'N'], i < 3 ? [N] : [B, N]));
    const bn = { shape: [B, N], dtype };
    return [bn, bn, bn, bn, bn, bn];
  },
  kernels: {
    cpu: (ins, _inMeta, outs, outMeta) => {
      const [B, N] = outMeta[0].shape;
      const [lr, li, g, bur, bui, hr, hi, elr, eli, egr, egi] = ins;
      const [olr, oli, ogr, ogi, ohr, ohi] = outs;
      for (let k = 0; k < B * N; k++) {
        const n = k % N;
        const a = lr[n];
        const c = li[n];
        olr[k] = a * elr[k] - c * eli[k] + hr[k];
        oli[k] = a * eli[k] + c * elr[k] + hi[k];
        ogr[k] = a * egr[k] - c * egi[k] + bur[k];
        ogi[k] = a * egi[k] + c * egr[k] + bui[k];
        ohr[k] = a * hr[k] - c * hi[k] + g[n] * bur[k];
        ohi[k] = a * hi[k] + c * hr[k] + g[n] * bui[k];
      }
    },
  },
  reference: diagStateUpdateReference,
};

/** Inputs: e^λ, e^γ re/im, ḡ re/im [B, N]. Outputs: Σ_b conj(e^λ) ḡ re/im, Σ_b Re(conj(e^γ) ḡ) [N]. */
export const diagStateGradsOp: OpDef<'diagStateGrads'> = {
  name: 'diagStateGrads',
  overwrites: true,
  infer: (ins) => {
    const op = 'diagStateGrads';
    const dtype = floatOf(op, ins);
    const [B, N] = ins[0].shape;
    ins.forEach((m, i) => expectShape(op, `input ${i}`, m.shape, ['B', 'N'], [B, N]));
    const n = { shape: [N], dtype };
    return [n, n, n];
  },
  kernels: {
    cpu: (ins, inMeta, outs) => {
      const [B, N] = inMeta[0].shape;
      const [elr, eli, egr, egi, gr, gi] = ins;
      const [olr, oli, og] = outs;
      for (const o of outs) o.fill(0);
      for (let k = 0; k < B * N; k++) {
        const n = k % N;
        olr[n] += elr[k] * gr[k] + eli[k] * gi[k];
        oli[n] += elr[k] * gi[k] - eli[k] * gr[k];
        og[n] += egr[k] * gr[k] + egi[k] * gi[k];
      }
    },
  },
  reference: diagStateGradsReference,
};

/** Parameters of `diagStateUpdate` and `diagStateGrads`. */
export type DiagStateParams = NoParams;
