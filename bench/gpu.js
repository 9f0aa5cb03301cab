/**
 * WebGPU benchmarks on the default adapter: copy bandwidth, per-dispatch overhead, f32 matmul,
 * and the LRU layer's forward+backward (bench/lru-layer.ts).
 *
 *   npx tsx bench/gpu.ts            full sizes (a GPU machine; bundled with esbuild for it)
 *   npx tsx bench/gpu.ts --quick    tiny sizes (checks that it runs, e.g. on SwiftShader)
 *   ... --json out.json             also write the results as JSON
 *
 * Every timed call ends by waiting for the GPU queue to drain (submitted work done), so the
 * times include the GPU's work, not just the recording of commands.
 */
import { writeFileSync } from 'node:fs';
import * as L from '../src/index.js';
import { webgpuBackend } from '../src/core/backends/webgpu/backend.js';
import { measure } from './harness.js';
import { initLruParams, lruLayerLoss, seeded } from './lru-layer.js';
/** Submit recorded work and wait until the GPU has finished it. */
async function sync() {
    const ctx = webgpuBackend().ctx;
    ctx.flush();
    await ctx.device.queue.onSubmittedWorkDone();
}
function randomF32(n, seed) {
    const r = seeded(seed);
    return Float32Array.from({ length: n }, () => r.normal());
}
const budget = (quick) => (quick ? { budgetMs: 50, maxReps: 2 } : { budgetMs: 3000, maxReps: 20 });
async function copyBandwidth(mib, quick) {
    const n = (mib * 2 ** 20) / 4;
    const host = randomF32(n, 1);
    const upload = await measure(async () => {
        L.dispose(L.tensor(host, { shape: [n], device: 'webgpu' }));
        await sync();
    }, budget(quick));
    const t = L.tensor(host, { shape: [n], device: 'webgpu' });
    const readback = await measure(() => t.data(), budget(quick));
    L.dispose(t);
    const gbs = (ms) => (mib * 2 ** 20) / (ms * 1e6);
    return [
        { name: `upload ${mib} MiB (host → GPU)`, medianMs: upload.medianMs, value: gbs(upload.medianMs), unit: 'GB/s' },
        { name: `read back ${mib} MiB (GPU → host)`, medianMs: readback.medianMs, value: gbs(readback.medianMs), unit: 'GB/s' },
    ];
}
/** A chain of `count` tiny dependent ops recorded in batches: the cost of one dispatch. */
async function dispatchOverhead(count, quick) {
    const x0 = L.tensor(randomF32(256, 2), { shape: [256], device: 'webgpu' });
    const timing = await measure(async () => {
        L.scope(() => {
            let x = x0;
            for (let i = 0; i < count; i++)
                x = L.neg(x);
        });
        await sync();
    }, budget(quick));
    L.dispose(x0);
    return {
        name: `dispatch overhead (${count} dependent negations of 256 floats)`,
        medianMs: timing.medianMs,
        value: (timing.medianMs * 1000) / count,
        unit: 'µs/dispatch',
    };
}
async function matmulF32(n, quick) {
    const a = L.tensor(randomF32(n * n, 3), { shape: [n, n], device: 'webgpu' });
    const b = L.tensor(randomF32(n * n, 4), { shape: [n, n], device: 'webgpu' });
    const timing = await measure(async () => {
        L.dispose(L.matmul(a, b));
        await sync();
    }, budget(quick));
    L.dispose(a);
    L.dispose(b);
    return { name: `matmul f32 ${n}³`, medianMs: timing.medianMs, value: (2 * n ** 3) / (timing.medianMs * 1e6), unit: 'GFLOP/s' };
}
async function lruLayer(Bt, T, H, N, quick) {
    const cpu = initLruParams(H, N, 1);
    const p = {};
    for (const k of Object.keys(cpu))
        p[k] = await cpu[k].to('webgpu');
    const x = L.tensor(randomF32(Bt * T * H, 5), { shape: [Bt, T, H], device: 'webgpu' });
    const tgt = L.tensor(randomF32(Bt * T * H, 6), { shape: [Bt, T, H], device: 'webgpu' });
    const vg = L.valueAndGrad(lruLayerLoss);
    const timing = await measure(async () => {
        L.scope(() => {
            vg(p, x, tgt);
        });
        await sync();
    }, budget(quick));
    const keys = Object.keys(p);
    for (const t of [...keys.map((k) => p[k]), x, tgt])
        L.dispose(t);
    // Throughput in tokens (batch × time steps) per second.
    return { name: `LRU layer fwd+bwd (B,T,H,N) = (${Bt},${T},${H},${N})`, medianMs: timing.medianMs, value: (Bt * T) / (timing.medianMs * 1e3), unit: 'Mtok/s' };
}
async function main() {
    const args = process.argv.slice(2);
    const quick = args.includes('--quick');
    const jsonAt = args.indexOf('--json');
    const { adapter } = await L.initWebGPU({ powerPreference: 'high-performance' });
    L.setDefaultDevice('webgpu');
    console.log(`# WebGPU benchmarks on ${adapter}${quick ? ' (--quick: tiny sizes)' : ''}`);
    const rows = [];
    const report = (r) => {
        rows.push(r);
        console.log(`${r.name.padEnd(58)} ${r.medianMs.toFixed(3).padStart(10)} ms ${r.value.toPrecision(4).padStart(10)} ${r.unit}`);
    };
    for (const r of await copyBandwidth(quick ? 1 : 256, quick))
        report(r);
    report(await dispatchOverhead(quick ? 64 : 4096, quick));
    for (const n of quick ? [32, 64] : [1024, 4096])
        report(await matmulF32(n, quick));
    const lruSizes = quick
        ? [[2, 16, 8, 8]]
        : [
            [16, 1024, 64, 64],
            [32, 1024, 256, 256],
            [32, 4096, 256, 256],
        ];
    for (const [Bt, T, H, N] of lruSizes)
        report(await lruLayer(Bt, T, H, N, quick));
    if (jsonAt >= 0)
        writeFileSync(args[jsonAt + 1], JSON.stringify({ adapter, quick, rows }, null, 2) + '\n');
    console.log(`live buffers at the end: ${L.webgpuStats().liveBuffers}`);
}
main().then(() => process.exit(0), (e) => {
    console.error(e);
    process.exit(1);
});
//# sourceMappingURL=gpu.js.map