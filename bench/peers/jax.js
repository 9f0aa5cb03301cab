import { EAGER_PAIRS, EAGER_SHAPE, LRU_SHAPE, fill, installedVersion } from '../harness.js';
export async function loadJax() {
    const jax = await import('@jax-js/jax');
    const np = jax.numpy;
    // Node has no WebGPU/WebGL: initialise the wasm device only.
    await jax.init('wasm');
    jax.defaultDevice('wasm');
    const version = await installedVersion('@jax-js/jax');
    const arr = (n, shape, seed, scale = 1) => np.array(fill(n, seed, scale)).reshape(shape);
    /**
     * LRU layer (Orvieto et al. 2023) in real arithmetic, since jax-js has no complex dtype:
     *   λ = exp(−exp(ν) + i·exp(θ)),  h_t = λ ⊙ h_{t−1} + γ ⊙ (B x_t),  y_t = Re(C h_t) + d ⊙ x_t.
     * jax-js has no lax.scan or associativeScan, so the time loop is unrolled. Unrolled eagerly
     * the gradient's cost grows faster than linearly in T, and one jit over all T = 1024 steps
     * overflows the call stack; a jitted chunk of CHUNK steps called T/CHUNK times is what works.
     */
    const CHUNK = 128;
    const chunk = jax.jit(function lruChunk(lre, lim, hre, him, ure, uim) {
        const ur = np.unstack(ure, 1); // CHUNK × [B, N]
        const ui = np.unstack(uim, 1);
        const hsre = [];
        const hsim = [];
        for (let t = 0; t < ur.length; t++) {
            const nre = lre.ref.mul(hre.ref).sub(lim.ref.mul(him.ref)).add(ur[t]);
            const nim = lre.ref.mul(him).add(lim.ref.mul(hre)).add(ui[t]);
            hsre.push(nre.ref);
            hsim.push(nim.ref);
            hre = nre;
            him = nim;
        }
        lre.dispose();
        lim.dispose();
        return [np.stack(hsre, 1), np.stack(hsim, 1), hre, him];
    });
    function lruLoss(p, x, tgt) {
        const { B, T, N } = LRU_SHAPE;
        const mod = np.exp(np.negative(np.exp(p.nu))); // [N]
        const ang = np.exp(p.th);
        const lre = mod.ref.mul(np.cos(ang.ref));
        const lim = mod.mul(np.sin(ang));
        const gam = np.exp(p.g);
        const bre = np.matmul(x.ref, p.bre.transpose()).mul(gam.ref); // [B, T, N]
        const bim = np.matmul(x.ref, p.bim.transpose()).mul(gam);
        const ure = np.split(bre, T / CHUNK, 1); // (T/CHUNK) × [B, CHUNK, N]
        const uim = np.split(bim, T / CHUNK, 1);
        let hre = np.zeros([B, N]);
        let him = np.zeros([B, N]);
        const hsre = [];
        const hsim = [];
        for (let c = 0; c < ure.length; c++) {
            const [sr, si, lr, li] = chunk(lre.ref, lim.ref, hre, him, ure[c], uim[c]);
            hsre.push(sr);
            hsim.push(si);
            hre = lr;
            him = li;
        }
        hre.dispose();
        him.dispose();
        lre.dispose();
        lim.dispose();
        const hr = np.concatenate(hsre, 1); // [B, T, N]
        const hi = np.concatenate(hsim, 1);
        const y = np.matmul(hr, p.cre.transpose()).sub(np.matmul(hi, p.cim.transpose())).add(x.mul(p.d));
        return np.square(y.sub(tgt)).mean();
    }
    return {
        label: `jax-js ${version} (wasm)`,
        eager() {
            const size = EAGER_SHAPE[0] * EAGER_SHAPE[1];
            const a = np
                .array(fill(size, 1, 0.01))
                .reshape([...EAGER_SHAPE])
                .add(1);
            const b = np.array(fill(size, 2, 0.01)).reshape([...EAGER_SHAPE]);
            const x0 = np.array(fill(size, 3)).reshape([...EAGER_SHAPE]);
            return {
                note: 'lazy: the chain is dispatched at blockUntilReady',
                async run() {
                    let x = x0.ref;
                    for (let i = 0; i < EAGER_PAIRS; i++)
                        x = x.mul(a.ref).add(b.ref);
                    await x.blockUntilReady();
                    x.dispose();
                },
                dispose() {
                    a.dispose();
                    b.dispose();
                    x0.dispose();
                },
            };
        },
        matmul({ m, k, n }) {
            const a = arr(m * k, [m, k], 4);
            const b = arr(k * n, [k, n], 5);
            return {
                async run() {
                    const c = np.matmul(a.ref, b.ref);
                    await c.blockUntilReady();
                    c.dispose();
                },
                dispose() {
                    a.dispose();
                    b.dispose();
                },
            };
        },
        lru() {
            const { B, T, H, N } = LRU_SHAPE;
            const params = {
                nu: np.full([N], -1.0),
                th: np.full([N], -2.0),
                g: np.zeros([N]),
                bre: arr(N * H, [N, H], 11, Math.sqrt(3 / (2 * H))),
                bim: arr(N * H, [N, H], 12, Math.sqrt(3 / (2 * H))),
                cre: arr(H * N, [H, N], 13, Math.sqrt(3 / N)),
                cim: arr(H * N, [H, N], 14, Math.sqrt(3 / N)),
                d: arr(H, [H], 15),
            };
            const x = arr(B * T * H, [B, T, H], 16);
            const tgt = arr(B * T * H, [B, T, H], 17);
            const vg = jax.valueAndGrad(lruLoss);
            return {
                note: `unrolled loop in jitted chunks of ${CHUNK} steps, real/imag pairs (no scan, no complex dtype)`,
                async run() {
                    const [loss, grads] = vg(jax.tree.ref(params), x.ref, tgt.ref);
                    await jax.blockUntilReady([loss, grads]);
                    loss.dispose();
                    jax.tree.dispose(grads);
                },
                dispose() {
                    jax.tree.dispose(params);
                    x.dispose();
                    tgt.dispose();
                },
            };
        },
    };
}
//# sourceMappingURL=jax.js.map