/**
 * The WebAssembly kernels of the CPU backend, declared once: each kernel's export name and the
 * layout of its parameter block. scripts/gen-wasm-params.mjs generates both sides from here —
 * assembly/generated/params.ts (a class per block whose getters read the fields at their byte
 * offsets) and, in src/core/backends/wasm/kernels.generated.ts, a TypeScript interface and writer
 * per block and the list of exports the module must have (checked when it is instantiated, and
 * by scripts/build-wasm.mjs after compiling).
 *
 * Calling convention: every kernel is `name(p, t0, t1[, scratch])` — p the byte address of its
 * parameter block, [t0, t1) the tasks this call runs (threads split the range), scratch the byte
 * address of the calling thread's scratch area (kernels marked `scratch`). Field types, 4 bytes
 * each: `ptr` (byte address in linear memory), `i32`, `bool` (0 or 1).
 */
import { BINARY, UNARY } from './gen-elementwise.mjs';

/** Parameter blocks: name -> { doc, fields: { field: type } } (fields in memory order). */
export const BLOCKS = {
  unary: {
    doc: 'o = f(x), contiguous; tasks are elements',
    fields: { x: 'ptr', o: 'ptr' },
  },
  binary: {
    doc: 'o[r, c] = x[r·sxr + c·sxc] ∘ y[r·syr + c·syc] with column strides 0 or 1, o contiguous [rows, cols]; tasks are elements',
    fields: { x: 'ptr', y: 'ptr', o: 'ptr', cols: 'i32', sxr: 'i32', sxc: 'i32', syr: 'i32', syc: 'i32' },
  },
  gemm: {
    doc: 'C = A·B per batch item; table: three byte pointers (A, B, C) per item; strides in elements; tasks are (item, row chunk) pairs',
    fields: { table: 'ptr', nChunks: 'i32', rowChunk: 'i32', rsa: 'i32', csa: 'i32', rsb: 'i32', csb: 'i32', ldc: 'i32', M: 'i32', N: 'i32', K: 'i32' },
  },
  sumMid: {
    doc: 'acc[r, j] = Σ_m x[r, m, j] (x viewed as [outer, mid, inner], acc float64); tasks are (row, column block) pairs',
    fields: { x: 'ptr', acc: 'ptr', mid: 'i32', inner: 'i32', cb: 'i32' },
  },
  scan: {
    doc: 'h_t = a_t ⊙ h_{t−1} + b_t over [outer, T, inner]; a read at aOuter[o] + t·aT + i·aIS (aOuter: i32 element offsets); ai, bi, hi unused by the real scan; tasks are outer indices',
    fields: {
      ar: 'ptr',
      ai: 'ptr',
      br: 'ptr',
      bi: 'ptr',
      hr: 'ptr',
      hi: 'ptr',
      T: 'i32',
      inner: 'i32',
      aOuter: 'ptr',
      aT: 'i32',
      aIS: 'i32',
      reverse: 'bool',
      shifted: 'bool',
    },
  },
  im2col: {
    doc: 'patches of x [B, C, H, W] as cols [C·kH·kW, B·OH·OW] (im2col: tasks are rows of cols) or their adjoint into x (col2im: tasks are channels)',
    fields: {
      x: 'ptr',
      cols: 'ptr',
      B: 'i32',
      C: 'i32',
      H: 'i32',
      W: 'i32',
      kH: 'i32',
      kW: 'i32',
      OH: 'i32',
      OW: 'i32',
      sH: 'i32',
      sW: 'i32',
      dH: 'i32',
      dW: 'i32',
      pT: 'i32',
      pL: 'i32',
    },
  },
  maxPool: {
    doc: 'max pooling without padding: y and idx (i32: the flat position of the maximum in its plane) [planes, OH, OW] from x [planes, H, W]; tasks are planes',
    fields: { x: 'ptr', y: 'ptr', idx: 'ptr', H: 'i32', W: 'i32', OH: 'i32', OW: 'i32', kH: 'i32', kW: 'i32', sH: 'i32', sW: 'i32' },
  },
  maxPoolGrad: {
    doc: 'dx [planes, HW] = 0, then ḡ [planes, P] added at idx (i32, positions inside the plane); tasks are planes',
    fields: { idx: 'ptr', gy: 'ptr', dx: 'ptr', HW: 'i32', P: 'i32' },
  },
  batchNorm: {
    doc: 'batch norm of x [B, C, HW] per channel: mean, variance [C] (biased, sums in float64) and y = (x − mean)·γ/√(variance + ε) + β; eps: a float64 ε; γ, β read when withGamma, withBeta; tasks are channels',
    fields: {
      x: 'ptr',
      gamma: 'ptr',
      beta: 'ptr',
      y: 'ptr',
      mean: 'ptr',
      variance: 'ptr',
      eps: 'ptr',
      B: 'i32',
      C: 'i32',
      HW: 'i32',
      withGamma: 'bool',
      withBeta: 'bool',
    },
  },
  batchNormGrad: {
    doc: 'the batch-norm backward per channel of x, ȳ [B, C, HW]: dbeta = Σȳ, dgamma = Σȳx̂, dx = γr(ȳ − Σȳ/N − x̂Σȳx̂/N) with x̂ = (x − mean)r, r = 1/√(variance + ε); eps: a float64 ε; γ read when withGamma; tasks are channels',
    fields: {
      x: 'ptr',
      mean: 'ptr',
      variance: 'ptr',
      gamma: 'ptr',
      gy: 'ptr',
      dx: 'ptr',
      dgamma: 'ptr',
      dbeta: 'ptr',
      eps: 'ptr',
      B: 'i32',
      C: 'i32',
      HW: 'i32',
      withGamma: 'bool',
    },
  },
  zero: {
    doc: 'dst[t0 : t1] = 0, bytes (zeroing a reused block of the tensor heap); tasks are bytes',
    fields: { dst: 'ptr' },
  },
  copy2d: {
    doc: 'dst[t1·dO1 + t2·dO2 + i·dR + j·dC] = src[t1·sO1 + t2·sO2 + i·sR + j·sC], i < rows, j < cols; tasks are t = t1·n2 + t2',
    fields: {
      src: 'ptr',
      dst: 'ptr',
      n2: 'i32',
      sO1: 'i32',
      sO2: 'i32',
      dO1: 'i32',
      dO2: 'i32',
      rows: 'i32',
      cols: 'i32',
      sR: 'i32',
      sC: 'i32',
      dR: 'i32',
      dC: 'i32',
    },
  },
  rtrlTraceAdvance: {
    doc: 'E_t = diag(λ) E_{t−1} + γ u_tᵀ and, withGrad, S = Σ_b conj(E_t) ḡ; λ, γ [N], u [B, H], E [B, N, H], ḡ [B, N], S [N, H]; tasks are units n',
    fields: {
      lambdaRe: 'ptr',
      lambdaIm: 'ptr',
      gamma: 'ptr',
      u: 'ptr',
      eRe: 'ptr',
      eIm: 'ptr',
      gRe: 'ptr',
      gIm: 'ptr',
      outRe: 'ptr',
      outIm: 'ptr',
      sRe: 'ptr',
      sIm: 'ptr',
      B: 'i32',
      N: 'i32',
      H: 'i32',
      withGrad: 'bool',
    },
  },
};

const floats = (prefix) => [`${prefix}F32`, `${prefix}F64`];

/** Kernels: export name -> parameter block (and whether it takes a per-thread scratch area). */
export const KERNELS = [
  ...Object.entries(UNARY).flatMap(([op, { types }]) => types.map((t) => ({ name: `${op}_${t}`, block: 'unary' }))),
  ...Object.entries(BINARY).flatMap(([op, { types }]) => types.map((t) => ({ name: `${op}_${t}`, block: 'binary' }))),
  ...floats('gemmTasks').map((name) => ({ name, block: 'gemm', scratch: true })),
  ...floats('sumMid').map((name) => ({ name, block: 'sumMid' })),
  ...[...floats('scanReal'), ...floats('scanComplex')].map((name) => ({ name, block: 'scan' })),
  ...floats('rtrlTraceAdvance').map((name) => ({ name, block: 'rtrlTraceAdvance' })),
  ...[...floats('im2col'), ...floats('col2im')].map((name) => ({ name, block: 'im2col' })),
  ...floats('copy2d').map((name) => ({ name, block: 'copy2d' })),
  { name: 'zeroBytes', block: 'zero' },
  ...floats('maxPool').map((name) => ({ name, block: 'maxPool' })),
  ...floats('maxPoolGrad').map((name) => ({ name, block: 'maxPoolGrad' })),
  ...floats('batchNorm').map((name) => ({ name, block: 'batchNorm' })),
  ...floats('batchNormGrad').map((name) => ({ name, block: 'batchNormGrad' })),
];

/** Functions of no arguments that report a constant of the module (gemm's tile and scratch sizes). */
export const QUERIES = ['gemmScratchElements', 'gemmTileRows'];
