/**
 * nn.conv2d, nn.batchNorm2d and nn.convNet (in strict mode, as all model code): values against
 * the core op and against nn.batchNorm on channel-last data, Kaiming's variance at init, float64
 * finite-difference gradients of every parameter, MAML's second-order meta-gradient through the
 * ConvNet, labels and config errors.
 */
import { describe, expect, it } from 'vitest';
import type { Tensor, Tree } from '../src/index.js';
import { add, conv2d, grad, logsumexp, mean, mul, random, reshape, sub, sum, transpose, tree, withStrict } from '../src/index.js';
import { nn } from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';

const key = random.key(0);

/** Leaves of a parameter tree as checkGrad arguments, and the function rebuilding the tree. */
function asArgs<P>(params: P): [Tensor[], (leaves: Tensor[]) => P] {
  const [leaves, def] = tree.flatten<Tensor>(params as unknown as Tree);
  return [leaves, (ls) => tree.unflatten(def, ls) as P];
}

describe('nn.conv2d', () => {
  it('is the core conv2d plus a per-channel bias, with the configured geometry', () => {
    withStrict(() => {
      const p0 = nn.conv2d.init(key, { cIn: 4, cOut: 6, kernel: [3, 2], stride: [2, 1], dilation: [1, 2], padding: [1, 0], groups: 2, dtype: 'f64' });
      expect(p0.w.shape).toEqual([6, 2, 3, 2]);
      const p = { ...p0, b: rand([6], 2) };
      const x = rand([2, 4, 7, 9], 1);
      const want = add(conv2d(x, p.w, { stride: [2, 1], dilation: [1, 2], padding: [1, 0], groups: 2 }), reshape(p.b, [1, 6, 1, 1]));
      expectClose(nn.conv2d.apply(p, x), want, { rtol: 1e-13, atol: 1e-14 });
      const same = nn.conv2d.init(key, { cIn: 4, cOut: 3, bias: false, dtype: 'f64' });
      expect(same.b).toBeUndefined();
      expect(nn.conv2d.apply(same, x).shape).toEqual([2, 3, 7, 9]); // 'same' by default
      expect(nn.conv2d.labels(p)).toMatchObject({ w: 'weight', b: 'bias', kind: null });
    });
  });

  it("initialises w with Kaiming's variance 2 / fan_in (fan_in = C/G·kH·kW) and b = 0", () => {
    const p = nn.conv2d.init(key, { cIn: 64, cOut: 64, kernel: [3, 3] });
    const w = toF64(p.w);
    const m = w.reduce((a, b) => a + b, 0) / w.length;
    const v = w.reduce((a, b) => a + (b - m) ** 2, 0) / w.length;
    // 36 864 draws: the sample variance's relative standard error is √(2/n) ≈ 0.7%
    expect(Math.abs(v / (2 / 576) - 1)).toBeLessThan(0.03);
    expect(Math.abs(m)).toBeLessThan(4 * Math.sqrt(2 / 576 / w.length));
    expect(Array.from(toF64(p.b!))).toEqual(new Array<number>(64).fill(0));
    const g = toF64(nn.conv2d.init(key, { cIn: 64, cOut: 32, kernel: [3, 3], init: 'glorot', groups: 2 }).w);
    const vg = g.reduce((a, b) => a + b * b, 0) / g.length;
    // Glorot: 2 / (fan_in + fan_out) with fan_in = 32·9, fan_out = 16·9
    expect(Math.abs(vg / (2 / (288 + 144)) - 1)).toBeLessThan(0.05);
  });

  it('names the config key and the expected input in its errors', () => {
    expect(() => nn.conv2d.init(key, { cIn: 3, cOut: 4, groups: 2 })).toThrow(
      'conv2d: config.cIn (3) and config.cOut (4) must be multiples of config.groups (2)',
    );
    expect(() => nn.conv2d.init(key, { kernel: [3, 0] })).toThrow('conv2d: config.kernel must be a pair [h, w] of positive integers, got [3,0]');
    expect(() => nn.conv2d.init(key, { padding: 'full' as 'same' })).toThrow(
      "conv2d: config.padding must be 'same', 'valid', an integer ≥ 0 or a pair [h, w] of them, got \"full\"",
    );
    const p = nn.conv2d.init(key, { cIn: 3, cOut: 4 });
    expect(() => nn.conv2d.apply(p, rand([2, 4, 5, 5], 1, -1, 1, 'f32'))).toThrow(
      'conv2d.apply: x must be [B, C, H, W] with C = 3 (from the parameters), got [2, 4, 5, 5]',
    );
  });
});

describe('nn.batchNorm2d', () => {
  const params = { ...nn.batchNorm2d.init(key, { dim: 3, momentum: 0.8, dtype: 'f64' }), gamma: rand([3], 3, 0.5, 1.5), beta: rand([3], 4) };
  const x = rand([4, 3, 5, 7], 5, -2, 3);
  /** nn.batchNorm over the last axis of the channel-last layout, moved back to NCHW. */
  const channelLast = (f: (xl: Tensor) => Tensor): Tensor => transpose(f(transpose(x, [0, 2, 3, 1])), [0, 3, 1, 2]);

  it('train mode: statistics over (B, H, W) per channel, as nn.batchNorm on channel-last data; the running statistics likewise', () => {
    withStrict(() => {
      expectClose(
        nn.batchNorm2d.apply(params, x, { train: true }),
        channelLast((xl) => nn.batchNorm.apply(params, xl, { train: true })),
        { rtol: 1e-12, atol: 1e-13 },
      );
      const s0 = { mean: rand([3], 6), var: rand([3], 7, 0.5, 2) };
      const [, s] = nn.batchNorm2d.applyWithStats(params, s0, x, { train: true });
      const [, want] = nn.batchNorm.applyWithStats(params, s0, transpose(x, [0, 2, 3, 1]), { train: true });
      expectClose(s.mean, want.mean, { rtol: 1e-13, atol: 1e-14 });
      expectClose(s.var, want.var, { rtol: 1e-13, atol: 1e-14 });
      // eval mode normalises with the running statistics
      expectClose(
        nn.batchNorm2d.apply(params, x, { stats: s }),
        channelLast((xl) => nn.batchNorm.apply(params, xl, { stats: s })),
        { rtol: 1e-12, atol: 1e-13 },
      );
    });
  });

  it('gradients in x, γ and β equal finite differences (train and eval mode)', () => {
    const stats = { mean: rand([3], 8), var: rand([3], 9, 0.5, 2) };
    for (const train of [true, false]) {
      // step 1e-5: at 1e-6 the rounding of the 420-term loss (≈ 2e-8 after dividing by the step) is at the atol of 1e-8
      checkGrad((xx, g, b) => nn.batchNorm2d.apply({ ...params, gamma: g, beta: b }, xx, { train, stats }), [x, params.gamma, params.beta], {
        what: `train ${train}`,
        eps: 1e-5,
      });
    }
  });

  it('says what eval mode needs', () => {
    expect(() => nn.batchNorm2d.apply(params, x)).toThrow('batchNorm2d: eval mode needs options.stats');
    expect(() => nn.batchNorm2d.apply(params, rand([4, 2, 5, 7], 1), { train: true })).toThrow(
      'batchNorm2d.apply: x must be [B, C, H, W] with C = 3 (from the parameters), got [4, 2, 5, 7]',
    );
  });
});

describe('nn.convNet', () => {
  const config = { cIn: 1, inputSize: [9, 11] as [number, number], hidden: 3, blocks: 2, nClasses: 4, dtype: 'f64' as const };
  const labels = (B: number): Tensor => rand([B, 4], 13).gt(0.5).cast('f64');
  const xent = (logits: Tensor, y: Tensor): Tensor => mean(sub(logsumexp(logits, -1), sum(mul(logits, y), -1)));

  it('maps [B, C, H, W] to [B, nClasses] through the documented blocks', () => {
    withStrict(() => {
      const p = nn.convNet.init(key, config);
      expect(p.blocks.length).toBe(2);
      expect(p.head.w.shape).toEqual([3 * 2 * 2, 4]); // 9×11 -> 4×5 -> 2×2
      const x = rand([5, 1, 9, 11], 10);
      const y = nn.convNet.apply(p, x, { train: true });
      expect(y.shape).toEqual([5, 4]);
      // the same composition written out with the core ops and layers
      let h = x;
      for (const b of p.blocks) h = nn.convNet.block(b, h, true);
      expectClose(y, nn.dense.apply(p.head, reshape(h, [5, -1])), { rtol: 1e-13, atol: 1e-14 });
    });
  });

  it('gradients of every parameter equal finite differences', () => {
    const p = nn.convNet.init(key, config);
    const x = rand([3, 1, 9, 11], 11);
    const [leaves, rebuild] = asArgs(p);
    checkGrad((...ls) => nn.convNet.apply(rebuild(ls), x, { train: true }), leaves);
  });

  it("MAML's second-order meta-gradient (through one inner SGD step) equals finite differences", () => {
    const p = nn.convNet.init(key, { ...config, hidden: 2 });
    const [xs, xq] = [rand([3, 1, 9, 11], 14), rand([3, 1, 9, 11], 15)];
    const [ys, yq] = [labels(3), labels(3)];
    const [leaves, rebuild] = asArgs(p);
    const inner = (...ls: Tensor[]): Tensor => xent(nn.convNet.apply(rebuild(ls), xs, { train: true }), ys);
    // θ' = θ − α ∇L_support(θ); meta-loss L_query(θ')
    const meta = (...ls: Tensor[]): Tensor => {
      const g = grad(inner, { argnums: ls.map((_, i) => i) })(...ls);
      return xent(nn.convNet.apply(rebuild(ls.map((l, i) => sub(l, mul(g[i], 0.4)))), xq, { train: true }), yq);
    };
    checkGrad(meta, leaves, { eps: 1e-5, rtol: 1e-5, atol: 1e-8 });
  });

  it('eval mode uses the running statistics; labels; errors', () => {
    const p = nn.convNet.init(key, config);
    const x = rand([4, 1, 9, 11], 16);
    const [, stats] = nn.convNet.applyWithStats(p, nn.convNet.initStats(p), x, { train: true });
    expect(stats.length).toBe(2);
    const manual = p.blocks.reduce((h, b, i) => nn.convNet.block(b, h, false, stats[i]), x);
    expectClose(nn.convNet.apply(p, x, { stats }), nn.dense.apply(p.head, reshape(manual, [4, -1])), { rtol: 1e-13, atol: 1e-14 });
    expect(() => nn.convNet.apply(p, x)).toThrow('convNet: eval mode needs options.stats');
    expect(() => nn.convNet.init(key, { ...config, blocks: 4 })).toThrow('convNet: an input 9×11 is pooled to nothing by 4 max-pools of 2');
    const l = nn.convNet.labels(p);
    expect(l.blocks[0]).toEqual({
      conv: {
        w: 'weight',
        b: 'bias',
        kind: null,
        strideH: null,
        strideW: null,
        dilationH: null,
        dilationW: null,
        groups: null,
        padding: null,
        padH: null,
        padW: null,
      },
      norm: { gamma: 'norm', beta: 'norm', eps: null, momentum: null },
    });
    expect(l.head).toEqual({ w: 'weight', b: 'bias' });
  });
});
