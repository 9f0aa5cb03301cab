/**
 * The data movement of the convolutions (src/core/ops/conv-kernels.ts derives the layouts):
 * unfolding patches (im2col), its adjoint (col2im) and a batched strided 2-D copy (the layout
 * changes between NCHW and the products' row-major matrices). With them the whole convolution —
 * unfolding, product, layout change — runs in linear memory, and only the result is copied out.
 *
 * Parameters: the `im2col` block (both directions) and the `copy2d` block, scripts/wasm-kernels.mjs.
 */
import { Copy2dBlock, Im2colBlock, ZeroBlock } from './generated/params';

/** dst[0:n] = src[0:n] + dst[0:n] (the accumulation of col2im along a row). */
@inline function addRow<T>(dst: usize, src: usize, n: i32): void {
  const sz = <i32>sizeof<T>();
  const lanes = 16 / sz;
  let k = 0;
  for (; k + lanes <= n; k += lanes) {
    const o = <usize>(k * sz);
    v128.store(dst + o, v128.add<T>(v128.load(dst + o), v128.load(src + o)));
  }
  for (; k < n; k++) {
    const o = <usize>(k * sz);
    store<T>(dst + o, load<T>(dst + o) + load<T>(src + o));
  }
}

/**
 * cols[r, b·P + oh·OW + ow] = x_pad[b, c, oh·sH − pT + i·dH, ow·sW − pL + j·dW] for the rows
 * r = (c·kH + i)·kW + j in tasks [t0, t1) (P = OH·OW, row length N = B·P; zero in the padding).
 */
function im2col<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<Im2colBlock>(p);
  const x = q.x, cols = q.cols;
  const B = q.B, C = q.C, H = q.H, W = q.W, kH = q.kH, kW = q.kW, OH = q.OH, OW = q.OW;
  const sH = q.sH, sW = q.sW, dH = q.dH, dW = q.dW, pT = q.pT, pL = q.pL;
  const sz = <i32>sizeof<T>();
  const P = OH * OW;
  const N = B * P;
  for (let r = t0; r < t1; r++) {
    const j = r % kW;
    const i = (r / kW) % kH;
    const c = r / (kW * kH);
    const shift = j * dW - pL;
    // output columns whose input column lies inside x: [owLo, owHi)
    let owLo = 0;
    while (owLo < OW && owLo * sW + shift < 0) owLo++;
    let owHi = owLo;
    while (owHi < OW && owHi * sW + shift < W) owHi++;
    for (let b = 0; b < B; b++) {
      const xb = (b * C + c) * H;
      for (let oh = 0; oh < OH; oh++) {
        const dst = cols + <usize>((r * N + b * P + oh * OW) * sz);
        const ih = oh * sH - pT + i * dH;
        if (ih < 0 || ih >= H) {
          memory.fill(dst, 0, <usize>(OW * sz));
          continue;
        }
        const src = x + <usize>(((xb + ih) * W + shift) * sz);
        if (owLo > 0) memory.fill(dst, 0, <usize>(owLo * sz));
        if (sW == 1) memory.copy(dst + <usize>(owLo * sz), src + <usize>(owLo * sz), <usize>((owHi - owLo) * sz));
        else for (let ow = owLo; ow < owHi; ow++) store<T>(dst + <usize>(ow * sz), load<T>(src + <usize>(ow * sW * sz)));
        if (owHi < OW) memory.fill(dst + <usize>(owHi * sz), 0, <usize>((OW - owHi) * sz));
      }
    }
  }
}

/**
 * The adjoint of im2col for the channels c in tasks [t0, t1): x[b, c] = Σ over the patch rows
 * (c, i, j) of the entries that came from each position (x is the output here; `cols` the input).
 */
function col2im<T>(p: usize, t0: i32, t1: i32): void {
  const q = changetype<Im2colBlock>(p);
  const x = q.x, cols = q.cols;
  const B = q.B, C = q.C, H = q.H, W = q.W, kH = q.kH, kW = q.kW, OH = q.OH, OW = q.OW;
  const sH = q.sH, sW = q.sW, dH = q.dH, dW = q.dW, pT = q.pT, pL = q.pL;
  const sz = <i32>sizeof<T>();
  const P = OH * OW;
  const N = B * P;
  for (let c = t0; c < t1; c++) {
    for (let b = 0; b < B; b++) memory.fill(x + <usize>((b * C + c) * H * W * sz), 0, <usize>(H * W * sz));
    for (let i = 0; i < kH; i++) {
      for (let j = 0; j < kW; j++) {
        const r = (c * kH + i) * kW + j;
        const shift = j * dW - pL;
        let owLo = 0;
        while (owLo < OW && owLo * sW + shift < 0) owLo++;
        let owHi = owLo;
        while (owHi < OW && owHi * sW + shift < W) owHi++;
        for (let b = 0; b < B; b++) {
          const xb = (b * C + c) * H;
          for (let oh = 0; oh < OH; oh++) {
            const ih = oh * sH - pT + i * dH;
            if (ih < 0 || ih >= H) continue;
            const src = cols + <usize>((r * N + b * P + oh * OW + owLo) * sz);
            const dst = x + <usize>(((xb + ih) * W + shift + owLo * sW) * sz);
            if (sW == 1) addRow<T>(dst, src, owHi - owLo);
            else {
              for (let ow = 0; ow < owHi - owLo; ow++) {
                const d = dst + <usize>(ow * sW * sz);
                store<T>(d, load<T>(d) + load<T>(src + <usize>(ow * sz)));
              }
            }
          }
        }
      }
    }
  }
}

/**
 * dst[t1·dO1 + t2·dO2 + i·dR + j·dC] = src[t1·sO1 + t2·sO2 + i·sR + j·sC] for i < rows, j < cols,
 * over the tasks t = t1·n2 + t2 in [t0, t1) (strides in elements).
 */
function copy2d<T>(p: usize, ta: i32, tb: i32): void {
  const q = changetype<Copy2dBlock>(p);
  const src = q.src, dst = q.dst;
  const n2 = q.n2, sO1 = q.sO1, sO2 = q.sO2, dO1 = q.dO1, dO2 = q.dO2;
  const rows = q.rows, cols = q.cols, sR = q.sR, sC = q.sC, dR = q.dR, dC = q.dC;
  const sz = <i32>sizeof<T>();
  for (let t = ta; t < tb; t++) {
    const t1 = t / n2;
    const t2 = t - t1 * n2;
    const s0 = src + <usize>((t1 * sO1 + t2 * sO2) * sz);
    const d0 = dst + <usize>((t1 * dO1 + t2 * dO2) * sz);
    if (sC == 1 && dC == 1) {
      for (let i = 0; i < rows; i++) memory.copy(d0 + <usize>(i * dR * sz), s0 + <usize>(i * sR * sz), <usize>(cols * sz));
      continue;
    }
    // a transpose: blocks of 8 × 8 keep both sides within a few cache lines
    for (let i0 = 0; i0 < rows; i0 += 8) {
      const i1 = min(rows, i0 + 8);
      for (let j0 = 0; j0 < cols; j0 += 8) {
        const j1 = min(cols, j0 + 8);
        for (let i = i0; i < i1; i++) {
          const s = s0 + <usize>(i * sR * sz);
          const d = d0 + <usize>(i * dR * sz);
          for (let j = j0; j < j1; j++) store<T>(d + <usize>(j * dC * sz), load<T>(s + <usize>(j * sC * sz)));
        }
      }
    }
  }
}

export function im2colF32(p: usize, t0: i32, t1: i32): void {
  im2col<f32>(p, t0, t1);
}
export function im2colF64(p: usize, t0: i32, t1: i32): void {
  im2col<f64>(p, t0, t1);
}
export function col2imF32(p: usize, t0: i32, t1: i32): void {
  col2im<f32>(p, t0, t1);
}
export function col2imF64(p: usize, t0: i32, t1: i32): void {
  col2im<f64>(p, t0, t1);
}
export function copy2dF32(p: usize, t0: i32, t1: i32): void {
  copy2d<f32>(p, t0, t1);
}
export function copy2dF64(p: usize, t0: i32, t1: i32): void {
  copy2d<f64>(p, t0, t1);
}

/** dst[t0 : t1] = 0 (bytes): a reused block of the tensor heap, zeroed like a fresh array (bulk memory). */
export function zeroBytes(p: usize, t0: i32, t1: i32): void {
  memory.fill(changetype<ZeroBlock>(p).dst + <usize>t0, 0, <usize>(t1 - t0));
}
