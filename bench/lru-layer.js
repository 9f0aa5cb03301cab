import { add, complex as C, exp, linearScan, matmul, mean, mT, mul, neg, square, sub, tensor, valueAndGrad } from '../src/index.js';
import { cpuBackend } from '../src/core/backends/cpu.js';
/** Loss of the LRU layer for inputs x: [Bt, T, H] and targets tgt: [Bt, T, H]. */
export function lruLayerLoss(p, x, tgt) {
    const lambda = C.cexp({ re: neg(exp(p.nu)), im: exp(p.th) }); // [N]
    const gamma = exp(p.g); // [N]
    const u = C.cmatmul(x, { re: mT(p.Bre), im: mT(p.Bim) }); // [Bt, T, N]
    const h = linearScan(lambda, C.cscale(u, gamma), { axis: 1 }); // [Bt, T, N]
    // Re(h Cᵀ) = h_re C_reᵀ − h_im C_imᵀ
    const y = add(sub(matmul(h.re, mT(p.Cre)), matmul(h.im, mT(p.Cim))), mul(x, p.D)); // [Bt, T, H]
    return mean(square(sub(y, tgt)));
}
/** mulberry32 uniforms in [0, 1) and Box–Muller normals: deterministic benchmark data. */
export function seeded(seed) {
    let a = seed >>> 0;
    const uniform = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    return { uniform, normal };
}
/**
 * LRU initialisation of P4 (ring init): |λ|² uniform on [r_min², r_max²], phase uniform on
 * [0, max_phase), γ = √(1 − |λ|²), B ~ N(0, 1/(2H)) per part, C ~ N(0, 1/N) per part, D ~ N(0, 1).
 */
export function initLruParams(H, N, seed, rMin = 0.9, rMax = 0.999, maxPhase = 2 * Math.PI, dtype = 'f32') {
    const r = seeded(seed);
    const nu = new Float64Array(N);
    const th = new Float64Array(N);
    const g = new Float64Array(N);
    for (let n = 0; n < N; n++) {
        const u1 = r.uniform();
        const u2 = r.uniform();
        nu[n] = Math.log(-0.5 * Math.log(u1 * (rMax * rMax - rMin * rMin) + rMin * rMin));
        th[n] = Math.log(maxPhase * Math.max(u2, 1e-12));
        const mod2 = Math.exp(-2 * Math.exp(nu[n])); // |λ|²
        g[n] = 0.5 * Math.log(1 - mod2);
    }
    const normal = (count, std) => Float64Array.from({ length: count }, () => std * r.normal());
    const t = (data, shape) => tensor(data, { dtype, shape });
    return {
        nu: t(nu, [N]),
        th: t(th, [N]),
        g: t(g, [N]),
        Bre: t(normal(N * H, 1 / Math.sqrt(2 * H)), [N, H]),
        Bim: t(normal(N * H, 1 / Math.sqrt(2 * H)), [N, H]),
        Cre: t(normal(H * N, 1 / Math.sqrt(N)), [H, N]),
        Cim: t(normal(H * N, 1 / Math.sqrt(N)), [H, N]),
        D: t(normal(H, 1), [H]),
    };
}
/**
 * Time forward+backward of the LRU layer at f32 (x, tgt ~ N(0, 1)), and split kernel time by op
 * by wrapping the CPU backend's `run` for a second set of repetitions (restored afterwards).
 */
export function timeLruLayer(Bt = 16, T = 1024, H = 64, N = 64, reps = 5) {
    const p = initLruParams(H, N, 1);
    const r = seeded(2);
    const data = () => tensor(Float32Array.from({ length: Bt * T * H }, () => r.normal()), { shape: [Bt, T, H] });
    const x = data();
    const tgt = data();
    const vg = valueAndGrad(lruLayerLoss);
    const best = (f) => {
        f(); // warm-up (JIT)
        let b = Infinity;
        for (let i = 0; i < reps; i++) {
            const t0 = performance.now();
            f();
            b = Math.min(b, performance.now() - t0);
        }
        return b;
    };
    const fwdBwdMs = best(() => vg(p, x, tgt));
    const fwdMs = best(() => lruLayerLoss(p, x, tgt));
    const byOp = {};
    // Restoring the bound copy is equivalent to the original (cpuBackend does not rebind `this`).
    const run = cpuBackend.run.bind(cpuBackend);
    const backend = cpuBackend;
    backend.run = (name, kernels, ins, inMeta, outs, outMeta, params) => {
        const t0 = performance.now();
        run(name, kernels, ins, inMeta, outs, outMeta, params);
        const e = (byOp[name] ??= { ms: 0, calls: 0 });
        e.ms += performance.now() - t0;
        e.calls++;
    };
    try {
        for (let i = 0; i < reps; i++)
            vg(p, x, tgt);
    }
    finally {
        backend.run = run;
    }
    for (const e of Object.values(byOp)) {
        e.ms /= reps;
        e.calls /= reps;
    }
    return { fwdBwdMs, fwdMs, byOp };
}
//# sourceMappingURL=lru-layer.js.map