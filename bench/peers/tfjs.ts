/**
 * TensorFlow.js peers: the pure-JS `cpu` backend and the `wasm` backend (XNNPACK). Never
 * `tfjs-node`, whose install step downloads a native binary. tfjs executes eagerly and
 * synchronously on these backends; `dataSync()` on the result is the barrier, and `tf.tidy`
 * frees the intermediates.
 */
import type * as TfNs from '@tensorflow/tfjs';
import type { Scalar, Tensor as TfTensor } from '@tensorflow/tfjs';
import { EAGER_PAIRS, EAGER_SHAPE, LRU_SHAPE, fill, installedVersion } from '../harness.js';
import { CONV_NET_SHAPE } from '../conv-net.js';
import type { MatmulSize, PeerImpl, Runner } from '../harness.js';

type Tf = typeof TfNs;

let tfPromise: Promise<Tf> | undefined;

/** Import tfjs once, silencing its one-time "install tfjs-node" banner. */
async function importTf(): Promise<Tf> {
  tfPromise ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      return await import('@tensorflow/tfjs');
    } finally {
      console.log = log;
    }
  })();
  return tfPromise;
}

export async function loadTfjs(backend: 'cpu' | 'wasm'): Promise<PeerImpl> {
  const tf = await importTf();
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const { createRequire } = await import('node:module');
    const path = await import('node:path');
    const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    // The .wasm binaries ship inside the package; point the loader at them.
    let dir = path.dirname(main);
    while (path.basename(dir) !== 'tfjs-backend-wasm') dir = path.dirname(dir);
    wasm.setWasmPaths(path.join(dir, 'dist') + path.sep);
  }
  const log = console.log;
  console.log = () => {};
  try {
    if (!(await tf.setBackend(backend))) throw new Error(`tf.setBackend('${backend}') returned false`);
    await tf.ready();
    tf.tidy(() => tf.add(tf.scalar(1), 1).dataSync()); // the banner is printed on first use
  } finally {
    console.log = log;
  }
  const version = await installedVersion('@tensorflow/tfjs');
  const select = (): void => {
    if (tf.getBackend() !== backend) void tf.setBackend(backend);
  };
  const arr = (n: number, shape: number[], seed: number, scale = 1) => tf.tensor(fill(n, seed, scale), shape);

  return {
    label: `tfjs ${version} (${backend})`,
    eager(): Runner {
      select();
      const size = EAGER_SHAPE[0] * EAGER_SHAPE[1];
      const a = tf.tensor(fill(size, 1, 0.01), [...EAGER_SHAPE]).add(1);
      const b = tf.tensor(fill(size, 2, 0.01), [...EAGER_SHAPE]);
      const x0 = tf.tensor(fill(size, 3), [...EAGER_SHAPE]);
      return {
        run() {
          select();
          tf.tidy(() => {
            let x = x0;
            for (let i = 0; i < EAGER_PAIRS; i++) x = x.mul(a).add(b);
            x.dataSync();
          });
        },
        dispose() {
          tf.dispose([a, b, x0]);
        },
      };
    },
    matmul({ m, k, n }: MatmulSize): Runner {
      select();
      const a = arr(m * k, [m, k], 4);
      const b = arr(k * n, [k, n], 5);
      return {
        run() {
          select();
          // the cpu and wasm backends compute synchronously; the result is not copied out (as for looplab and PyTorch)
          tf.matMul(a, b).dispose();
        },
        dispose() {
          tf.dispose([a, b]);
        },
      };
    },
    lru(): Runner {
      select();
      const { B, T, H, N } = LRU_SHAPE;
      const params = {
        nu: tf.fill([N], -1.0),
        th: tf.fill([N], -2.0),
        g: tf.zeros([N]),
        bre: arr(N * H, [N, H], 11, Math.sqrt(3 / (2 * H))),
        bim: arr(N * H, [N, H], 12, Math.sqrt(3 / (2 * H))),
        cre: arr(H * N, [H, N], 13, Math.sqrt(3 / N)),
        cim: arr(H * N, [H, N], 14, Math.sqrt(3 / N)),
        d: arr(H, [H], 15),
      };
      const names = Object.keys(params) as (keyof typeof params)[];
      const x = arr(B * T * H, [B, T, H], 16);
      const tgt = arr(B * T * H, [B, T, H], 17);
      // Same real/imag formulation as the jax-js peer; unrolled loop over T (no scan in tfjs).
      const loss = (...ps: TfTensor[]): Scalar => {
        const p = Object.fromEntries(names.map((k, i) => [k, ps[i]])) as typeof params;
        const mod = tf.exp(tf.neg(tf.exp(p.nu)));
        const ang = tf.exp(p.th);
        const lre = mod.mul(tf.cos(ang));
        const lim = mod.mul(tf.sin(ang));
        const gam = tf.exp(p.g);
        const x2 = x.reshape([B * T, H]);
        const ure = tf.unstack(tf.matMul(x2, p.bre, false, true).mul(gam).reshape([B, T, N]), 1);
        const uim = tf.unstack(tf.matMul(x2, p.bim, false, true).mul(gam).reshape([B, T, N]), 1);
        let hre = tf.zeros([B, N]);
        let him = tf.zeros([B, N]);
        const hsre = [];
        const hsim = [];
        for (let t = 0; t < T; t++) {
          const nre = lre.mul(hre).sub(lim.mul(him)).add(ure[t]);
          const nim = lre.mul(him).add(lim.mul(hre)).add(uim[t]);
          hsre.push(nre);
          hsim.push(nim);
          hre = nre;
          him = nim;
        }
        const hr = tf.stack(hsre, 1).reshape([B * T, N]);
        const hi = tf.stack(hsim, 1).reshape([B * T, N]);
        const y = tf
          .matMul(hr, p.cre, false, true)
          .sub(tf.matMul(hi, p.cim, false, true))
          .reshape([B, T, H])
          .add(x.mul(p.d));
        return tf.mean<Scalar>(tf.square(y.sub(tgt)));
      };
      const vg = tf.valueAndGrads(loss);
      return {
        note: 'unrolled time loop, real/imag pairs',
        run() {
          select();
          tf.tidy(() => {
            const { value, grads } = vg(names.map((k) => params[k]));
            value.dataSync();
            for (const g of grads) g.dataSync();
          });
        },
        dispose() {
          tf.dispose([...Object.values(params), x, tgt]);
        },
      };
    },
    convNet(B: number, backward: boolean): Runner {
      // the same network in tfjs's native layout (NHWC): conv 3×3 'same', batch norm over
      // (B, H, W) with batch statistics, ReLU, max-pool 2; dense head; softmax cross-entropy
      select();
      const { C, H, W, hidden, blocks, classes } = CONV_NET_SHAPE;
      const ps: TfTensor[] = [];
      for (let i = 0; i < blocks; i++) {
        const cin = i === 0 ? C : hidden;
        ps.push(arr(9 * cin * hidden, [3, 3, cin, hidden], 40 + i, Math.sqrt(6 / (9 * cin))), tf.zeros([hidden]), tf.ones([hidden]), tf.zeros([hidden]));
      }
      let [h, w]: number[] = [H, W];
      for (let i = 0; i < blocks; i++) [h, w] = [Math.floor(h / 2), Math.floor(w / 2)];
      ps.push(arr(hidden * h * w * classes, [hidden * h * w, classes], 50, 0.1), tf.zeros([classes]));
      const x = arr(B * H * W * C, [B, H, W, C], 31 + B);
      const y = tf.oneHot(
        tf.tensor1d(
          Array.from({ length: B }, (_, i) => i % classes),
          'int32',
        ),
        classes,
      );
      const loss = (...q: TfTensor[]): Scalar => {
        let z: TfTensor = x;
        for (let i = 0; i < blocks; i++) {
          const [k, b, g, be] = q.slice(4 * i, 4 * i + 4);
          const c = tf.add(tf.conv2d(z as TfNs.Tensor4D, k as TfNs.Tensor4D, 1, 'same'), b);
          const { mean, variance } = tf.moments(c, [0, 1, 2]);
          z = tf.maxPool(tf.relu(tf.batchNorm(c, mean, variance, be, g, 1e-5)) as TfNs.Tensor4D, 2, 2, 'valid');
        }
        const logits = tf.add(tf.matMul(tf.reshape(z, [B, -1]), q[4 * blocks]), q[4 * blocks + 1]);
        return tf.losses.softmaxCrossEntropy<TfTensor, Scalar>(y, logits);
      };
      const vg = tf.valueAndGrads(loss);
      return {
        note: 'NHWC',
        run() {
          select();
          tf.tidy(() => {
            if (!backward) return void loss(...ps).dataSync();
            const { value, grads } = vg(ps);
            value.dataSync();
            for (const g of grads) g.dataSync();
          });
        },
        dispose() {
          tf.dispose([...ps, x, y]);
        },
      };
    },
  };
}
