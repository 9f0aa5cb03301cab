/**
 * A fused routine of real-time recurrent learning in diagonal complex recurrences
 * (h_t = λ ⊙ h_{t−1} + γ ⊙ (W u_t), PAPERS.md P4): the influence of the input matrix W on the
 * state, E_t[b, n, :] = ∂h_t[b, n]/∂W[n, :], advanced one step, and — given the step's error
 * ḡ_t = ∂L_t/∂Re h_t + i ∂L_t/∂Im h_t — its contribution to the gradient, in the same pass:
 *
 *   E_t = diag(λ) E_{t−1} + γ u_tᵀ                       [B, N, H] complex
 *   S_t = Σ_b conj(E_t[b]) ḡ_t[b, :, None]               [N, H] complex (∂/∂W_re = Re, ∂/∂W_im = Im)
 *
 * It carries no gradient of its own (traces are constants of the backward pass). The
 * composition it fuses, and its use, are in src/learn/traces.ts (`lruTraceAdvance`). CPU only:
 * other devices run that composition.
 */
import { wasmTraceAdvance } from '../backends/wasm/rtrl.js';
import type { OpDef } from '../op.js';
import { expectShape, floatOf } from './operand-checks.js';

/**
 * Inputs: λre, λim, γ [N], u [B, H], E re/im [B, N, H], with `withGrad` ḡ re/im [B, N].
 * Outputs: E_t re/im [B, N, H], with `withGrad` S_t = Σ_b conj(E_t) ḡ re/im [N, H].
 */
export const diagTraceAdvanceOp: OpDef<{ withGrad: boolean }> = {
  name: 'diagTraceAdvance',
  infer: (ins, { withGrad }) => {
    const op = 'diagTraceAdvance';
    const dtype = floatOf(op, ins);
    const [B, N, H] = ins[4].shape;
    const names = ['λ re', 'λ im', 'γ', 'u', 'E re', 'E im', 'ḡ re', 'ḡ im'];
    const want = [[N], [N], [N], [B, H], [B, N, H], [B, N, H], [B, N], [B, N]];
    if (ins.length !== (withGrad ? 8 : 6)) throw new Error(`${op}: expected ${withGrad ? 8 : 6} inputs, got ${ins.length}`);
    ins.forEach((m, i) => expectShape(op, names[i], m.shape, want[i]));
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
};

