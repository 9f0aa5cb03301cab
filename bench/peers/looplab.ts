/** looplab itself: eager CPU tensors (float32). */
import { add, matmul, mul, scope, sum, tensor, valueAndGrad } from '../../src/index.js';
import type { Tensor } from '../../src/index.js';
import { EAGER_PAIRS, EAGER_SHAPE, LRU_SHAPE, MESA_SHAPE, fill, repoRoot } from '../harness.js';
import { mesaAttend, mesaAttendReference } from '../../src/nn/index.js';
import type { MatmulSize, PeerImpl, Runner } from '../harness.js';
import { initLruParams, lruLayerLoss } from '../lru-layer.js';
import { initLruBlock, lruBlockLoss } from '../lru-block.js';
import { makeCopyStep } from '../copy-step.js';
import { makeConvNetStep } from '../conv-net.js';
import { makeIclStep } from '../icl-step.js';
import { makeEquilibriumStep } from '../equilibrium-step.js';
import { makeMesaLayer, makeMesaStep } from '../mesa-step.js';
import { makeAlignMlpStep, makeLap } from '../align.js';
import { makeSparseMamlStep } from '../sparse-maml-step.js';

/**
 * Run a stateless measurement in a scope, as a training loop runs its steps: tensors of 16 KiB and
 * more then live in the tensor heap and are released at the end (the stateful steps scope themselves).
 */
function inScope<T>(fn: () => T): () => T {
  return () => {
    let out: T | undefined;
    scope(() => {
      out = fn();
      return null;
    });
    return out as T;
  };
}

/** `variant` only labels the column: the kernels are chosen by the child's environment (bench/run.ts). */
export async function loadLooplab(variant?: string): Promise<PeerImpl> {
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const pkg = JSON.parse(readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string };
  const arr = (n: number, shape: number[], seed: number, scale = 1) => tensor(fill(n, seed, scale), { shape });
  return {
    label: `looplab ${pkg.version} (cpu${variant ? `, ${variant}` : ''})`,
    eager(): Runner {
      const size = EAGER_SHAPE[0] * EAGER_SHAPE[1];
      const a = add(arr(size, [...EAGER_SHAPE], 1, 0.01), 1);
      const b = arr(size, [...EAGER_SHAPE], 2, 0.01);
      const x0 = arr(size, [...EAGER_SHAPE], 3);
      return {
        run() {
          let x = x0;
          for (let i = 0; i < EAGER_PAIRS; i++) x = add(mul(x, a), b);
          x.dataSync();
        },
      };
    },
    matmul({ m, k, n }: MatmulSize): Runner {
      const a = arr(m * k, [m, k], 4);
      const b = arr(k * n, [k, n], 5);
      // The product stays in the tensor heap, as inside a training step (PyTorch's `A @ B` does
      // not copy its result out either); the scope releases it.
      return { run: inScope(() => matmul(a, b)) };
    },
    lru(): Runner {
      const { B, T, H, N } = LRU_SHAPE;
      const params = initLruParams(H, N, 0);
      const x = arr(B * T * H, [B, T, H], 16);
      const tgt = arr(B * T * H, [B, T, H], 17);
      const vg = valueAndGrad(lruLayerLoss);
      return {
        note: 'fused complex linearScan with custom VJP',
        run: inScope(() => {
          const [loss] = vg(params, x, tgt);
          loss.dataSync();
        }),
      };
    },
    lruBlock(): Runner {
      const { B, T, H, N } = LRU_SHAPE;
      const params = initLruBlock(H, N, 0);
      const x = arr(B * T * H, [B, T, H], 18);
      const tgt = arr(B * T * H, [B, T, H], 19);
      const vg = valueAndGrad(lruBlockLoss);
      return {
        note: 'nn.layerNorm, nn.lru, nn.gelu, nn.glu; dropout off',
        run: inScope(() => {
          const [loss] = vg(params, x, tgt);
          loss.dataSync();
        }),
      };
    },
    convNet(B: number, backward: boolean): Runner {
      const step = makeConvNetStep(B);
      return { note: 'nn.convNet, NCHW', run: inScope(() => (backward ? step.run() : step.forward()).dataSync()) };
    },
    copyStep(): Runner {
      const step = makeCopyStep(0);
      return {
        note: 'nn.seq (4 LRU blocks) + AdamW',
        run: () => step.train().dataSync(),
      };
    },
    iclStep(variant: 'lsa' | 'gated'): Runner {
      const step = makeIclStep(variant);
      return {
        note:
          variant === 'lsa' ? 'nn.transformer (1 linear-attention layer) + clipped Adam, fresh tasks' : 'nn.gatedRnn (N 40, M 20) + clipped Adam, fresh tasks',
        run: () => step.train().dataSync(),
      };
    },
    alignLap(n: number): Runner {
      const lap = makeLap(n);
      return { note: `learn.align.linearAssignment (munkres), optimum ${lap().toFixed(6)}`, run: () => lap() };
    },
    alignStep(): Runner {
      const step = makeAlignMlpStep(0);
      return { note: 'nn.mlp 784-1000-10 (no bias) + AdamW (weight decay 0.01)', run: () => step.train().dataSync() };
    },
    equilibriumStep(method: 'lcp' | 'rbp'): Runner {
      const step = makeEquilibriumStep(method);
      const iterations = step.train();
      return {
        note: `${iterations} ${method === 'lcp' ? 'controlled-dynamics' : 'forward + adjoint'} iterations per step`,
        run: inScope(() => step.train()),
      };
    },
    mesaStep(variant: 'linear' | 'mesa'): Runner {
      const step = makeMesaStep(variant);
      return {
        note: variant === 'linear' ? 'nn.transformer (2 linear-attention layers) + clip + AdamW' : 'nn.transformer (1 mesa layer, fused op) + clip + AdamW',
        run: () => step.train().dataSync(),
      };
    },
    mesaLayer(T: number): Runner {
      const layer = makeMesaLayer(T);
      return { note: 'nn.mesa.apply: fused Sherman–Morrison op, backward by the inverted recursion', run: inScope(() => layer.run().dataSync()) };
    },
    sparseMamlStep(): Runner {
      const step = makeSparseMamlStep();
      return { note: 'learn.meta sparseMaml (first order) on nn.convNet + two Adams', run: () => step.train() };
    },
    mesa(variant: 'fused' | 'reference'): Runner {
      // mesa-layer attention (P2) alone: loss Σ w ⊙ y, gradient w.r.t. q, k, v and λ per head
      const { B, H, T, d } = MESA_SHAPE;
      const n = B * H * T * d;
      const [q, k, v, w] = [20, 21, 22, 23].map((seed) => arr(n, [B, H, T, d], seed));
      const lam = tensor([1, 1, 1, 1].slice(0, H), { shape: [1, H] });
      const attend = variant === 'fused' ? mesaAttend : mesaAttendReference;
      const vg = valueAndGrad((qq: Tensor, kk: Tensor, vv: Tensor, ll: Tensor) => sum(mul(attend(qq, kk, vv, { lambda: ll }), w)), { argnums: [0, 1, 2, 3] });
      return {
        note:
          variant === 'fused' ? 'fused Sherman–Morrison op, backward by the inverted recursion' : 'parallel reference: one solve per step (differentiable ops)',
        run: inScope(() => {
          const [loss] = vg(q, k, v, lam);
          loss.dataSync();
        }),
      };
    },
  };
}
