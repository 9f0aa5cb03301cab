/**
 * The WebAssembly CPU kernels against the TypeScript reference kernels, on random shapes with
 * odd sizes, transposed operands and broadcasting, in f32 and f64. Every case also checks that
 * the Wasm kernel really ran (a comparison of the reference with itself would prove nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DType, Tensor } from '../src/index.js';
import {
  abs,
  add,
  broadcastTo,
  complex as C,
  div,
  erf,
  exp,
  grad,
  linearScan,
  matmul,
  maximum,
  minimum,
  mul,
  neg,
  relu,
  sigmoid,
  sign,
  sqrt,
  square,
  sub,
  sum,
  tanh,
  tensor,
  transpose,
} from '../src/index.js';
import { matmulT } from '../src/core/ops/matmul.js';
import { lruTraceAdvance } from '../src/learn/traces.js';
import { arenaStats, checkKernelExports, getCpuKernels, setArenaRing, setCpuKernels, wasm } from '../src/core/backends/wasm/runtime.js';
import { WASM_KERNEL_NAMES, WASM_KERNELS, WASM_QUERY_NAMES } from '../src/core/backends/wasm/kernels.generated.js';
import { readyWorkers, wasmKernelCalls } from '../src/core/backends/wasm/pool.js';
import { rand, rng, toF64 } from './util/check.js';

const initial = getCpuKernels();
beforeAll(() => setCpuKernels('wasm'));
afterAll(() => setCpuKernels(initial));

function calls(prefix: string): number {
  let n = 0;
  for (const [k, v] of wasmKernelCalls()) if (k.startsWith(prefix)) n += v;
  return n;
}

/** Run `f` with the TypeScript kernels and with the Wasm kernels; asserts a Wasm kernel named `kernel…` ran. */
function both<T>(kernel: string, f: () => T, expectWasm = true): { ts: T; wasm: T } {
  setCpuKernels('ts');
  const ts = f();
  setCpuKernels('wasm');
  const before = calls(kernel);
  const w = f();
  if (expectWasm) expect(calls(kernel), `Wasm kernel ${kernel}* did not run`).toBeGreaterThan(before);
  return { ts, wasm: w };
}

function maxAbsDiff(a: Tensor, b: Tensor): number {
  const x = toF64(a);
  const y = toF64(b);
  expect(x.length).toBe(y.length);
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) {
      expect(Number.isNaN(x[i]) && Number.isNaN(y[i]), `NaN mismatch at ${i}: ${x[i]} vs ${y[i]}`).toBe(true);
      continue;
    }
    if (x[i] === y[i]) continue; // also equal infinities
    m = Math.max(m, Math.abs(x[i] - y[i]));
  }
  return m;
}

function expectIdentical(a: Tensor, b: Tensor): void {
  expect(a.shape).toEqual(b.shape);
  expect(a.dtype).toBe(b.dtype);
  expect(maxAbsDiff(a, b)).toBe(0);
}

const DTYPES: DType[] = ['f32', 'f64'];

it('the kernel module loads (CI must not silently fall back to TypeScript)', () => {
  expect(wasm()).not.toBeNull();
});

describe('declared kernels', () => {
  const declared = [...WASM_KERNEL_NAMES, ...WASM_QUERY_NAMES];

  it('every variant of the built module exports exactly the kernels declared in scripts/wasm-kernels.mjs', () => {
    let checked = 0;
    for (const [variant, b64] of Object.entries(WASM_KERNELS)) {
      const bytes = new Uint8Array(Buffer.from(b64, 'base64'));
      if (!WebAssembly.validate(bytes)) continue; // relaxed SIMD on an engine without it
      const exported = WebAssembly.Module.exports(new WebAssembly.Module(bytes))
        .filter((e) => e.kind === 'function')
        .map((e) => e.name);
      expect([...exported].sort(), variant).toEqual([...declared].sort());
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2); // at least the SIMD variants, shared and unshared
    expect(wasm()!.kernels.every((f) => typeof f === 'function')).toBe(true);
  });

  it('loading a module that lacks a declared kernel fails, naming every missing export', () => {
    const fn = (): void => {};
    const all = Object.fromEntries(declared.map((name) => [name, fn]));
    expect(() => checkKernelExports(all, declared)).not.toThrow();
    const { add_f32: _a, sumMidF64: _s, ...lacking } = all;
    expect(() => checkKernelExports(lacking, declared)).toThrow(/does not export add_f32, sumMidF64, declared in scripts\/wasm-kernels\.mjs/);
    // a misspelt declaration is as fatal as a missing kernel
    expect(() => checkKernelExports(all, [...declared, 'ad_f32'])).toThrow(/does not export ad_f32,/);
    // an export that is not a function (the memory) does not count
    expect(() => checkKernelExports({ ...lacking, add_f32: new WebAssembly.Memory({ initial: 1 }), sumMidF64: fn }, declared)).toThrow(
      /does not export add_f32,/,
    );
  });
});

describe('matmul', () => {
  const cases: [number[], number[]][] = [
    [
      [5, 7],
      [7, 600],
    ],
    [
      [6, 8],
      [8, 96],
    ],
    [
      [13, 257],
      [257, 9],
    ],
    [
      [64, 300],
      [300, 70],
    ],
    [
      [130, 65],
      [65, 200],
    ],
    [
      [2, 1, 17, 19],
      [1, 3, 19, 23],
    ],
    [
      [4, 33, 40],
      [40, 31],
    ],
    [
      [300, 1],
      [1, 50],
    ],
  ];
  for (const dt of DTYPES) {
    for (const [sa, sb] of cases) {
      it(`${dt} ${JSON.stringify(sa)} @ ${JSON.stringify(sb)}, plain and with transposed operands`, () => {
        const a = rand(sa, 1, -1, 1, dt);
        const b = rand(sb, 2, -1, 1, dt);
        const K = sa[sa.length - 1];
        const tol = dt === 'f64' ? 1e-13 * K : 1e-6 * K;
        const r = both('gemm', () => matmul(a, b));
        expect(r.wasm.shape).toEqual(r.ts.shape);
        expect(maxAbsDiff(r.ts, r.wasm)).toBeLessThan(tol);
        // the same products through transposed storage: (aᵀ)ᵀ (bᵀ)ᵀ
        const at = transposeLast(a);
        const bt = transposeLast(b);
        for (const [ta, tb] of [
          [true, false],
          [false, true],
          [true, true],
        ] as const) {
          const t = both('gemm', () => matmulT(ta ? at : a, tb ? bt : b, ta, tb));
          expect(maxAbsDiff(r.ts, t.wasm)).toBeLessThan(tol);
          expect(maxAbsDiff(t.ts, t.wasm)).toBeLessThan(tol);
        }
      });
    }
  }

  it('gradients through the transposed products match the TypeScript kernels (batched, broadcast B)', () => {
    const x = rand([3, 40, 24], 3);
    const w = rand([24, 36], 4);
    const f = (xx: Tensor, ww: Tensor): Tensor => sum(square(matmul(xx, ww)));
    const r = both('gemm', () => grad(f, { argnums: [0, 1] })(x, w));
    expect(maxAbsDiff(r.ts[0], r.wasm[0])).toBeLessThan(1e-11);
    expect(maxAbsDiff(r.ts[1], r.wasm[1])).toBeLessThan(1e-11);
  });
});

/** Materialise the transpose of the last two axes (via plain JS, independent of the kernels). */
function transposeLast(t: Tensor): Tensor {
  const s = t.shape;
  const [R, Cc] = s.slice(-2);
  const x = toF64(t);
  const out = new Float64Array(x.length);
  for (let b = 0; b < x.length / (R * Cc); b++) {
    for (let i = 0; i < R; i++) for (let j = 0; j < Cc; j++) out[b * R * Cc + j * R + i] = x[b * R * Cc + i * Cc + j];
  }
  return tensor(out, { shape: [...s.slice(0, -2), Cc, R], dtype: t.dtype });
}

describe('elementwise', () => {
  /** Random values with the special cases mixed in. */
  function values(n: number, seed: number, lo: number, hi: number, dt: DType): Tensor {
    const r = rng(seed);
    const v = Float64Array.from({ length: n }, () => lo + (hi - lo) * r());
    const specials = [0, -0, NaN, Infinity, -Infinity, 100, -100, 1e-30, -1e-30, 0.5, -0.5, 0.625, 20, -20];
    specials.forEach((s, i) => (v[(i * 7919) % n] = s));
    return tensor(v, { shape: [n], dtype: dt });
  }
  const exact: [string, (x: Tensor) => Tensor][] = [
    ['neg', neg],
    ['abs', abs],
    ['sqrt', sqrt],
    ['square', square],
    ['relu', relu],
    ['sign', sign],
  ];
  for (const dt of DTYPES) {
    for (const [name, f] of exact) {
      for (const n of [513, 4099, 70001]) {
        it(`${name} ${dt} n=${n} is bit-identical`, () => {
          const x = values(n, n, -3, 3, dt);
          const r = both(`${name}_`, () => f(x));
          expectIdentical(r.ts, r.wasm);
        });
      }
    }
  }
  // float32 transcendental approximations: a few ulp
  const approx: [string, (x: Tensor) => Tensor, number, number][] = [
    ['exp', exp, 2e-7, 1e-38],
    ['sigmoid', sigmoid, 2e-7, 1e-8],
    ['tanh', tanh, 3e-7, 1e-8],
    ['erf', erf, 0, 3e-7],
  ];
  for (const [name, f, rtol, atol] of approx) {
    it(`${name} f32 within ${rtol} relative / ${atol} absolute of the float64 reference`, () => {
      const x = values(20011, 9, -12, 12, 'f32');
      const r = both(`${name}_`, () => f(x));
      const a = toF64(r.ts);
      const b = toF64(r.wasm);
      let worst = 0;
      for (let i = 0; i < a.length; i++) {
        if (Number.isNaN(a[i])) {
          expect(b[i]).toBeNaN();
          continue;
        }
        if (a[i] === b[i]) continue;
        worst = Math.max(worst, Math.abs(a[i] - b[i]) / (atol + rtol * Math.abs(a[i])));
      }
      expect(worst).toBeLessThanOrEqual(1);
    });
  }

  const binaries: [string, (a: Tensor, b: Tensor) => Tensor][] = [
    ['add', add],
    ['sub', sub],
    ['mul', mul],
    ['div', div],
    ['maximum', maximum],
    ['minimum', minimum],
  ];
  // the last layout does not collapse to [rows, cols]: the TypeScript loop runs it
  const shapes: [number[], number[], boolean][] = [
    [[37, 41], [37, 41], true],
    [[37, 41], [41], true],
    [[37, 41], [37, 1], true],
    [[1, 41], [37, 41], true],
    [[], [1001], true],
    [[1001], [1], true],
    [[16, 33, 5], [5], true],
    [[16, 1, 5], [16, 33, 5], false],
  ];
  for (const dt of DTYPES) {
    for (const [name, f] of binaries) {
      it(`${name} ${dt} over broadcast shapes is bit-identical`, () => {
        for (const [sa, sb, viaWasm] of shapes) {
          const a = rand(sa, 5, -2, 2, dt);
          const b = rand(sb, 6, 0.5, 2, dt);
          const r = both(`${name}_`, () => f(a, b), viaWasm);
          expectIdentical(r.ts, r.wasm);
          const q = both(`${name}_`, () => f(b, a), viaWasm);
          expectIdentical(q.ts, q.wasm);
        }
      });
    }
  }
});

describe('linearScan', () => {
  const cases: [number[], number[], number][] = [
    [[33], [4, 50, 33], 1],
    [[50, 33], [4, 50, 33], 1],
    [[4, 50, 33], [4, 50, 33], 1],
    [[4, 1, 1], [4, 50, 33], 1],
    [[7], [300, 7], 0],
    [[3, 1, 9], [3, 70, 9], 1],
  ];
  for (const dt of DTYPES) {
    for (const [sa, sb, axis] of cases) {
      it(`${dt} a ${JSON.stringify(sa)}, b ${JSON.stringify(sb)}: real and complex, values and gradients (reverse/shifted scans)`, () => {
        const a = rand(sa, 7, -0.95, 0.95, dt);
        const ai = rand(sa, 8, -0.3, 0.3, dt);
        const b = rand(sb, 9, -1, 1, dt);
        const bi = rand(sb, 10, -1, 1, dt);
        // the recurrence itself is bit-identical in f64; gradients of broadcast a are sums, in a
        // different order (and f32 rounds every operation where TypeScript computes in f64)
        const rel = dt === 'f64' ? 1e-13 : 1e-5;
        const check = (x: Tensor, y: Tensor): void => {
          const scale = Math.max(1, ...Array.from(toF64(x), Math.abs));
          expect(maxAbsDiff(x, y)).toBeLessThanOrEqual(rel * scale);
        };
        if (dt === 'f64') {
          const h = both('scanComplex', () => linearScan({ re: a, im: ai }, { re: b, im: bi }, { axis }));
          expectIdentical(h.ts.re, h.wasm.re);
          expectIdentical(h.ts.im, h.wasm.im);
        }
        const real = both('scanReal', () => grad((aa: Tensor, bb: Tensor) => sum(square(linearScan(aa, bb, { axis }))), { argnums: [0, 1] })(a, b));
        check(real.ts[0], real.wasm[0]);
        check(real.ts[1], real.wasm[1]);
        const loss = (ar: Tensor, aim: Tensor, br: Tensor, bim: Tensor): Tensor => {
          const h = linearScan({ re: ar, im: aim }, { re: br, im: bim }, { axis, reverse: true });
          return sum(C.cabs2(h));
        };
        const cx = both('scanComplex', () => grad(loss, { argnums: [0, 1, 2, 3] })(a, ai, b, bi));
        for (let k = 0; k < 4; k++) check(cx.ts[k], cx.wasm[k]);
      });
    }
  }
});

describe('sum', () => {
  const cases: [number[], number[]][] = [
    [[5000], [0]],
    [[37, 129], [0]],
    [[37, 129], [1]],
    [
      [16, 64, 33],
      [0, 1],
    ],
    [[5, 1, 300, 7], [2]],
    [
      [4, 5, 16, 7],
      [1, 2],
    ],
    [
      [2, 3000],
      [0, 1],
    ],
  ];
  for (const dt of DTYPES) {
    for (const [shape, axes] of cases) {
      it(`${dt} ${JSON.stringify(shape)} over axes ${JSON.stringify(axes)}`, () => {
        const x = rand(shape, 11, -1, 1, dt);
        const r = both('sumMid', () => sum(x, axes));
        expect(r.wasm.shape).toEqual(r.ts.shape);
        // both accumulate in float64; only the summation order differs
        const ref = toF64(r.ts);
        const got = toF64(r.wasm);
        for (let i = 0; i < ref.length; i++) {
          const tol = dt === 'f64' ? 1e-15 * 3000 : Math.abs(ref[i]) * 6e-8 + 1e-12;
          expect(Math.abs(ref[i] - got[i])).toBeLessThanOrEqual(tol);
        }
      });
    }
  }
});

describe('strided copies (broadcastTo, transpose)', () => {
  const cases: [string, number[], (x: Tensor) => Tensor][] = [
    ['broadcast a column [1600, 1] -> [1600, 784]', [1600, 1], (x) => broadcastTo(x, [1600, 784])],
    ['broadcast a row [1, 512] -> [64, 512]', [1, 512], (x) => broadcastTo(x, [64, 512])],
    ['broadcast [4, 1, 64] -> [4, 96, 64]', [4, 1, 64], (x) => broadcastTo(x, [4, 96, 64])],
    ['transpose [16, 32, 64] by [2, 0, 1]', [16, 32, 64], (x) => transpose(x, [2, 0, 1])],
    ['transpose [8, 12, 20, 24] by [0, 2, 1, 3]', [8, 12, 20, 24], (x) => transpose(x, [0, 2, 1, 3])],
  ];
  for (const dt of DTYPES) {
    for (const [name, shape, f] of cases) {
      it(`${dt} ${name}: equal to the TypeScript copy`, () => {
        const x = rand(shape, 12, -1, 1, dt);
        const r = both('copy2d', () => f(x));
        expect(r.wasm.shape).toEqual(r.ts.shape);
        expect(toF64(r.wasm)).toEqual(toF64(r.ts)); // a copy: bit for bit
      });
    }
  }
});

describe('threads', () => {
  it('workers start and large products split across them give the same result', async () => {
    const rt = wasm();
    expect(rt).not.toBeNull();
    if (!rt!.shared) return; // single-threaded platform: nothing to split
    const a = rand([300, 200], 12, -1, 1, 'f32');
    const b = rand([200, 250], 13, -1, 1, 'f32');
    matmul(a, b); // starts the pool
    const deadline = Date.now() + 10_000;
    while (readyWorkers(rt!) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const { availableParallelism } = await import('node:os');
    if (availableParallelism() > 1) expect(readyWorkers(rt!)).toBeGreaterThan(0);
    const r = both('gemm', () => matmul(a, b));
    expect(maxAbsDiff(r.ts, r.wasm)).toBeLessThan(1e-6 * 200);
    // streaming kernels split by element ranges (above ~1M elements per thread)
    const x = rand([(1 << 21) + 3], 14, -1, 1, 'f32');
    const y = rand([(1 << 21) + 3], 15, -1, 1, 'f32');
    const s = both('mul_', () => mul(x, y));
    expectIdentical(s.ts, s.wasm);
    const t = both('sumMid', () => sum(x));
    // both accumulate in f64 (different order), then round to f32: at most one f32 ulp apart
    const [ref, got] = [toF64(t.ts)[0], toF64(t.wasm)[0]];
    expect(Math.abs(ref - got)).toBeLessThanOrEqual(Math.abs(ref) * 2 ** -23);
  });
});

describe('kernel selection', () => {
  it('LOOPLAB_CPU_KERNELS and LOOPLAB_CPU_THREADS reject bad values with a message naming what is allowed', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (env: Record<string, string>, code: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
        cwd: process.cwd(),
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const load = "const m = await import('./src/index.ts'); m.matmul(m.ones([64, 64]), m.ones([64, 64])).dataSync();";
    const bad = run({ LOOPLAB_CPU_KERNELS: 'simd' }, load);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("LOOPLAB_CPU_KERNELS must be 'ts' or 'wasm' (got 'simd')");
    const badThreads = run({ LOOPLAB_CPU_KERNELS: 'wasm', LOOPLAB_CPU_THREADS: '0' }, load);
    expect(badThreads.status).not.toBe(0);
    expect(badThreads.stderr).toContain("LOOPLAB_CPU_THREADS must be a positive integer (got '0')");
    const ts = run({ LOOPLAB_CPU_KERNELS: 'ts' }, "const r = await import('./src/core/backends/wasm/runtime.ts'); console.log(r.getCpuKernels(), r.wasm());");
    expect(ts.stdout.trim()).toBe('ts null');
  });

  it('setCpuKernels rejects unknown names', () => {
    expect(() => setCpuKernels('gpu' as never)).toThrow("setCpuKernels: expected 'ts' or 'wasm', got gpu");
  });
});

describe('LRU eligibility trace (online learning)', () => {
  for (const dt of DTYPES) {
    for (const [B, N, H] of [
      [5, 7, 33],
      [3, 64, 128],
    ] as const) {
      it(`${dt} lruTraceAdvance B=${B} N=${N} H=${H}, with and without the error products`, () => {
        const c = (shape: number[], seed: number) => ({ re: rand(shape, seed, -1, 1, dt), im: rand(shape, seed + 100, -1, 1, dt) });
        const p = { lambda: c([N], 1), gamma: rand([N], 2, 0.1, 1, dt), bRe: rand([N, H], 3, -1, 1, dt), bIm: rand([N, H], 4, -1, 1, dt) };
        const prev = c([B, N, H], 5);
        const u = rand([B, H], 6, -1, 1, dt);
        // ḡ with zero rows, which the kernels skip
        const gv = toF64(rand([B, N], 7, -1, 1, 'f64')).map((v, i) => (i % 3 === 0 ? 0 : v));
        const g = {
          re: tensor(gv, { shape: [B, N], dtype: dt }),
          im: tensor(
            gv.map((v) => v * 0.5),
            { shape: [B, N], dtype: dt },
          ),
        };
        const r = both('rtrlTraceAdvance', () => lruTraceAdvance(p, prev, u, g));
        const rNo = both('rtrlTraceAdvance', () => lruTraceAdvance(p, prev, u, null));
        const close = (x: Tensor, y: Tensor): void => {
          if (dt === 'f64')
            expectIdentical(x, y); // same operations in the same order
          else expect(maxAbsDiff(x, y)).toBeLessThanOrEqual(1e-5 * Math.max(1, ...Array.from(toF64(x), Math.abs)));
        };
        close(r.ts.b.re, r.wasm.b.re);
        close(r.ts.b.im, r.wasm.b.im);
        close(r.ts.grad!.re, r.wasm.grad!.re);
        close(r.ts.grad!.im, r.wasm.grad!.im);
        close(rNo.ts.b.re, rNo.wasm.b.re);
        expect(rNo.wasm.grad).toBeNull();
      });
    }
  }
});

describe('resident results', () => {
  it('a result consumed by the next kernel is not copied in again, and ring wraps never serve stale data', () => {
    const a = rand([300, 41], 21, -1, 1, 'f64');
    const b = rand([300, 41], 22, -1, 1, 'f64');
    const c = rand([300, 41], 23, -1, 1, 'f64');
    const reference = (): Float64Array => {
      setCpuKernels('ts');
      const r = toF64(add(mul(a, b), c));
      setCpuKernels('wasm');
      return r;
    };
    const want = reference();
    const s0 = arenaStats();
    const ab = mul(a, b);
    const s1 = arenaStats();
    const got = add(ab, c); // ab's block is still in the ring
    const s2 = arenaStats();
    expect(s2.resident - s1.resident).toBe(1);
    expect(s1.resident - s0.resident).toBe(0);
    const again0 = arenaStats();
    const twice = mul(a, b); // both operands were copied in by the first mul: resident now
    expect(arenaStats().resident - again0.resident).toBe(2);
    expect(toF64(twice)).toEqual(toF64(ab));
    expect(toF64(got)).toEqual(want);
    // a tiny ring: every call wraps, so ab must be copied in again (and still be right)
    try {
      setArenaRing(1);
      mul(a, c); // leaves the pointer at least one call's worth above the base
      const w0 = arenaStats();
      const again = add(ab, c);
      const w1 = arenaStats();
      expect(w1.wraps).toBeGreaterThan(w0.wraps);
      expect(w1.resident - w0.resident).toBe(0);
      expect(toF64(again)).toEqual(want);
      // interleave other kernels that overwrite the ring, then reuse every earlier result
      const xs = [mul(a, c), sub(b, c), mul(ab, ab)];
      expect(toF64(add(xs[0], xs[1]))).toEqual(
        (() => {
          setCpuKernels('ts');
          const r = toF64(add(mul(a, c), sub(b, c)));
          setCpuKernels('wasm');
          return r;
        })(),
      );
      expect(toF64(add(xs[2], c))).toEqual(
        (() => {
          setCpuKernels('ts');
          const r = toF64(add(mul(ab, ab), c));
          setCpuKernels('wasm');
          return r;
        })(),
      );
    } finally {
      setArenaRing(undefined);
    }
  });

  it('the ring starts small and grows to four times the largest call, at most 128 MiB', () => {
    setArenaRing(undefined);
    expect(arenaStats().ringBytes).toBe(16 * 2 ** 20);
    const small = tensor(new Float32Array(4096).fill(1), { shape: [64, 64] });
    for (let i = 0; i < 10; i++) add(small, small);
    expect(arenaStats().ringBytes).toBe(16 * 2 ** 20); // 48 KiB calls leave it alone
    const big = tensor(new Float32Array(2 ** 20).fill(1), { shape: [1024, 1024] }); // 4 MiB
    const r = add(big, big); // 12 MiB of operands and result: the ring doubles to 64 MiB
    expect(arenaStats().ringBytes).toBe(64 * 2 ** 20);
    expect(r.dataSync()[12345]).toBe(2);
    const huge = tensor(new Float32Array(2 ** 23).fill(1), { shape: [2048, 4096] }); // 32 MiB
    add(huge, huge);
    expect(arenaStats().ringBytes).toBe(128 * 2 ** 20);
    setArenaRing(undefined);
  });
});
