/**
 * The CPU tensor heap (src/core/backends/wasm/heap.ts): tensors of 16 KiB and more live in the
 * Wasm kernels' linear memory, are used in place by the kernels, and are released by scopes and
 * dispose like WebGPU buffers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Tensor } from '../src/index.js';
import {
  add,
  cpuHeapStats,
  dispose,
  matmul,
  mean,
  mul,
  optim,
  reshape,
  scope,
  setCpuHeap,
  setCpuKernels,
  square,
  sub,
  tanh,
  tensor,
  valueAndGrad,
} from '../src/index.js';
import { setCpuHeapLimit } from '../src/core/backends/wasm/heap.js';
import { setCpuPoison } from '../src/core/backends/cpu.js';
import type { OpDefBase } from '../src/core/op.js';
import { runOp1 } from '../src/core/op.js';
import { arenaStats } from '../src/core/backends/wasm/runtime.js';
import { rand, toF64 } from './util/check.js';

afterEach(() => {
  setCpuHeap(true);
  setCpuHeapLimit();
  setCpuKernels('wasm');
});

/** The same computation (the same Wasm kernels) on ordinary arrays: the heap must not change a bit. */
function reference<T>(fn: () => T): T {
  setCpuHeap(false);
  try {
    return fn();
  } finally {
    setCpuHeap(true);
  }
}

describe('CPU tensor heap', () => {
  it('kernels read heap operands in place and write heap results in place', () => {
    const a = rand([300, 41], 1); // f64: 98 KB each, above the heap's 16 KiB threshold
    const b = rand([300, 41], 2);
    const want = reference(() => toF64(add(mul(a, b), sub(b, a))));
    const c = scope(() => {
      const s0 = cpuHeapStats();
      const ab = mul(a, b);
      const s1 = cpuHeapStats();
      expect(s1.allocations - s0.allocations, 'the product is a heap tensor').toBe(1);
      const ba = sub(b, a);
      const r0 = arenaStats();
      const sum = add(ab, ba);
      const r1 = arenaStats();
      expect(r1.inHeap - r0.inHeap, 'both operands used in place').toBe(2);
      expect(r1.resident - r0.resident).toBe(0);
      return sum;
    });
    expect(toF64(c)).toEqual(want);
  });

  it('only tensors created inside a scope use the heap; the outermost scope hands its results over to ordinary arrays', () => {
    const a = rand([300, 41], 13);
    const s0 = cpuHeapStats();
    const outside = mul(a, a);
    expect(cpuHeapStats().allocations, 'outside every scope: an ordinary array').toBe(s0.allocations);
    const [kept, view] = scope(() => {
      const k = add(a, 1);
      return [k, reshape(k, [41, 300])] as const; // two tensors sharing one block
    });
    const s1 = cpuHeapStats();
    expect(s1.allocations - s0.allocations).toBe(1);
    expect(s1.liveBytes, 'nothing stays live in the heap').toBe(s0.liveBytes);
    for (let i = 0; i < 3; i++) scope(() => mul(add(a, 5), 7)); // reuse the freed block
    expect(toF64(kept)).toEqual(reference(() => toF64(add(a, 1))));
    expect(toF64(view)).toEqual(toF64(kept));
    expect(toF64(add(kept, outside))).toEqual(reference(() => toF64(add(add(a, 1), mul(a, a)))));
  });

  it('heap tensors give the TypeScript kernels the same values', () => {
    const a = rand([300, 41], 12);
    const [onWasm, onTs] = scope(() => {
      const sq = mul(a, a); // a heap tensor
      const w = add(sq, sq);
      setCpuKernels('ts'); // the TypeScript kernels read the heap view
      const t = add(sq, sq);
      setCpuKernels('wasm');
      return [w, t];
    });
    expect(toF64(onTs)).toEqual(toF64(onWasm));
  });

  it('small tensors stay outside the heap', () => {
    const s0 = cpuHeapStats();
    mul(rand([10, 10], 3), rand([10, 10], 4));
    expect(cpuHeapStats().allocations).toBe(s0.allocations);
  });

  it('scopes release what they do not return; a returned tensor (and a reshape of one) survives later scopes', () =>
    scope(() => {
      nestedScopes();
      return null;
    }));

  function nestedScopes(): void {
    const x = rand([128, 64], 5, -1, 1, 'f32');
    const want = reference(() => toF64(tanh(matmul(x, reshape(x, [64, 128])))));
    const base = cpuHeapStats().liveBytes;
    const kept = scope(() => {
      const h = tanh(matmul(x, reshape(x, [64, 128])));
      sub(h, 1); // released at the end of the scope
      return reshape(h, [128 * 128]); // shares h's block: h is released, the block is not
    });
    expect(cpuHeapStats().liveBytes - base, 'only the kept block is live').toBe(128 * 128 * 4);
    for (let i = 0; i < 5; i++) {
      scope(() => {
        mul(matmul(x, reshape(x, [64, 128])), 3); // reuses the freed blocks
        return null;
      });
    }
    let got: Float64Array | undefined;
    scope(() => {
      got = toF64(reshape(kept, [128, 128])); // the reshape's reference is released with the scope
      return null;
    });
    expect(got).toEqual(want);
    dispose(kept);
    expect(cpuHeapStats().liveBytes).toBe(base);
  }

  it('a tensor used after its scope released it, or after dispose, fails with a clear error', () => {
    const x = rand([100, 100], 6);
    let leaked: Tensor | undefined;
    scope(() => {
      leaked = mul(x, 2);
      return null;
    });
    expect(() => add(leaked!, 1)).toThrow(/add: its operand f64\[100, 100\] was released \(its scope ended or it was disposed\)/);
    expect(() => leaked!.dataSync()).toThrow(/was released/);
    scope(() => {
      const y = mul(x, 3);
      dispose(y);
      dispose(y); // a second dispose does nothing
      expect(() => y.toArray()).toThrow(/was released/);
      return null;
    });
  });

  it('10 000 training steps in scope.step run in flat memory and match ordinary arrays', () => {
    // a 2-layer tanh MLP on a fixed batch, Adam; weights and activations above the heap threshold
    const X = rand([64, 32], 7, -1, 1, 'f32');
    const Y = rand([64, 8], 8, -1, 1, 'f32');
    const init = (): { w1: Tensor; w2: Tensor } => ({ w1: mul(rand([32, 128], 9, -1, 1, 'f32'), 0.2), w2: mul(rand([128, 8], 10, -1, 1, 'f32'), 0.1) });
    type P = ReturnType<typeof init>;
    const loss = (p: P): Tensor => mean(square(sub(matmul(tanh(matmul(X, p.w1)), p.w2), Y)));
    const vg = valueAndGrad(loss);
    const opt = optim.adam(1e-3);
    const run = (steps: number, probe?: (step: number) => void): number[] => {
      let state = scope(() => {
        const params = init();
        return { params, opt: opt.init(params) };
      });
      const losses: number[] = [];
      for (let s = 0; s < steps; s++) {
        const [l, next] = scope.step(state, () => {
          const [value, g] = vg(state.params);
          const [updates, o] = opt.update(g, state.opt, state.params);
          return [value, { params: optim.applyUpdates(state.params, updates), opt: o }] as const;
        });
        state = next;
        if (s % 1000 === 0 || s === steps - 1) losses.push(l.item());
        probe?.(s);
      }
      return losses;
    };
    const heap: number[] = [];
    const live: number[] = [];
    const s0 = cpuHeapStats();
    const losses = run(10_000, (s) => {
      if (s === 100 || s === 9_999) {
        heap.push(cpuHeapStats().heapBytes);
        live.push(cpuHeapStats().liveBytes);
      }
    });
    expect(cpuHeapStats().allocations - s0.allocations, 'the steps used the heap').toBeGreaterThan(10_000);
    expect(heap[1], 'heap size after 10k steps = after 100 steps').toBe(heap[0]);
    expect(live[1], 'live bytes after 10k steps = after 100 steps').toBe(live[0]);
    expect(losses[losses.length - 1]).toBeLessThan(losses[0] * 0.5);
    // the same steps with ordinary arrays give the same numbers (the kernels do not change)
    const plain = (() => {
      setCpuHeap(false);
      try {
        return run(1001);
      } finally {
        setCpuHeap(true);
      }
    })();
    expect(losses.slice(0, 2)).toEqual(plain);
  });

  it('falls back to ordinary arrays, with correct values, past the heap cap', () => {
    const x = rand([200, 200], 11);
    const want = reference(() => toF64(mul(add(x, 1), x)));
    const s0 = cpuHeapStats();
    setCpuHeapLimit(s0.heapBytes); // no room to grow
    const warn = console.warn;
    const notices: string[] = [];
    console.warn = (m: string) => notices.push(m);
    try {
      const got = scope(() => {
        const hold: Tensor[] = []; // take every free block until an allocation falls back
        while (cpuHeapStats().fallbacks === s0.fallbacks && hold.length < 100_000) hold.push(add(x, hold.length));
        return [mul(add(x, 1), x), hold] as const;
      });
      expect(toF64(got[0])).toEqual(want);
      expect(cpuHeapStats().fallbacks).toBeGreaterThan(s0.fallbacks);
      expect(notices, 'outgrowing the cap is normal for a large scope: no notice').toEqual([]);
    } finally {
      console.warn = warn;
    }
  });

  it('merges free blocks of another size before growing the heap, with correct values', () => {
    const x = rand([256, 1024], 14, -1, 1, 'f32'); // 1 MiB
    const x2 = rand([512, 1024], 15, -1, 1, 'f32'); // 2 MiB: no free block of this size yet
    const want = reference(() => toF64(add(x2, 1)));
    const got = scope(() => {
      scope(() => {
        for (let i = 0; i < 80; i++) add(x, i); // 80 MiB of 1 MiB blocks, then freed
        return null;
      });
      const before = cpuHeapStats();
      expect(before.freeBytes).toBeGreaterThanOrEqual(80 * 2 ** 20);
      const y = add(x2, 1);
      const after = cpuHeapStats();
      expect(after.allocations - before.allocations, 'a heap tensor').toBe(1);
      expect(after.fallbacks).toBe(before.fallbacks);
      expect(after.heapBytes, 'taken from merged free blocks, not by growing').toBeLessThanOrEqual(before.heapBytes);
      return y;
    });
    expect(toF64(got)).toEqual(want);
  });

  it('outputs of ops that write every element reuse heap blocks without zeroing; poisoning exposes a kernel that does not', () => {
    const x = rand([64, 1024], 16, -1, 1, 'f32'); // 256 KiB
    // an op declaring `overwrites` whose kernel writes only the first half of its output
    const half: OpDefBase<'neg', Record<string, never>> = {
      name: 'neg',
      infer: ([m]) => [{ shape: m.shape, dtype: m.dtype }],
      kernels: { cpu: (ins, _im, outs) => outs[0].set(ins[0].subarray(0, ins[0].length / 2)) },
      overwrites: true,
    };
    const run = (): Float64Array => scope(() => runOp1(half, [x], {})).dataSync() as unknown as Float64Array;
    scope(() => {
      for (let i = 0; i < 3; i++) add(x, 7); // leaves 256 KiB blocks holding 6–8 in the free list
      return null;
    });
    const stale = run();
    expect(stale[0]).toBe(x.dataSync()[0]);
    expect(stale[stale.length - 1], 'a reused block is handed out as it is').toBeGreaterThan(5);
    setCpuPoison(true);
    try {
      const poisoned = run();
      expect(Number.isNaN(poisoned[poisoned.length - 1]), 'the unwritten half is NaN under LOOPLAB_CPU_POISON').toBe(true);
      expect(poisoned[0]).toBe(x.dataSync()[0]);
    } finally {
      setCpuPoison(false);
    }
    // an op without the flag gets a zeroed block
    const { overwrites: _o, ...zeroing } = half;
    const z = scope(() => runOp1(zeroing, [x], {})).dataSync();
    expect(z[z.length - 1]).toBe(0);
  });

  it('setCpuHeap(false) keeps new tensors in ordinary arrays', () => {
    setCpuHeap(false);
    const s0 = cpuHeapStats();
    const t = mul(tensor(new Float64Array(10_000).fill(2)), 3);
    expect(cpuHeapStats().allocations).toBe(s0.allocations);
    expect(t.dataSync()[0]).toBe(6);
  });
});
