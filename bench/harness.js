/**
 * Timing helpers for the benchmarks: one warm-up call (JIT compilation, kernel caches, first
 * allocations), then repeated timed calls; the median is reported. Slow cases get fewer
 * repetitions so that the whole suite stays within a few minutes: the number of repetitions
 * is what fits in `budgetMs` after the warm-up, clamped to [minReps, maxReps].
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
export function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Time `fn` (which must block until its results are computed). */
export async function measure(fn, { warmups = 1, budgetMs = 2500, minReps = 1, maxReps = 9 } = {}) {
    let t0 = performance.now();
    await fn();
    const warmupMs = performance.now() - t0;
    for (let i = 1; i < warmups; i++)
        await fn();
    const reps = Math.max(minReps, Math.min(maxReps, Math.floor(budgetMs / Math.max(warmupMs, 1e-3))));
    const samplesMs = [];
    for (let i = 0; i < reps; i++) {
        t0 = performance.now();
        await fn();
        samplesMs.push(performance.now() - t0);
    }
    return { medianMs: median(samplesMs), samplesMs, warmupMs };
}
export const MATMUL_SIZES = [
    { label: '128³', m: 128, k: 128, n: 128 },
    { label: '512³', m: 512, k: 512, n: 512 },
    { label: '1024³', m: 1024, k: 1024, n: 1024 },
    { label: '[16384,64]×[64,64]', m: 16384, k: 64, n: 64 },
];
/** LRU benchmark shape (Orvieto et al. 2023 layer; forward + backward of an MSE loss). */
export const LRU_SHAPE = { B: 16, T: 1024, H: 64, N: 64 };
/** Mesa-layer benchmark shape (P2: 4 heads of key size 20): q, k, v: [B, H, T, d]. */
export const MESA_SHAPE = { B: 1, H: 4, T: 256, d: 20 };
/** Eager overhead case: `EAGER_PAIRS` × (mul, add) on a [16, 64] f32 tensor. */
export const EAGER_PAIRS = 1000;
export const EAGER_SHAPE = [16, 64];
/** Deterministic pseudo-random fill in [−scale, scale) (peers get identical inputs). */
export function fill(n, seed, scale = 1) {
    const a = new Float32Array(n);
    let s = (seed * 2654435761) >>> 0 || 1;
    for (let i = 0; i < n; i++) {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        a[i] = ((s >>> 0) / 4294967296 - 0.5) * 2 * scale;
    }
    return a;
}
/** Installed version of a package (read from its package.json, whatever its `exports` allow). */
export async function installedVersion(name) {
    const { createRequire } = await import('node:module');
    const { readFileSync, existsSync } = await import('node:fs');
    const path = await import('node:path');
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (;;) {
        const file = path.join(dir, 'package.json');
        if (existsSync(file)) {
            const pkg = JSON.parse(readFileSync(file, 'utf8'));
            if (pkg.name === name && pkg.version)
                return pkg.version;
        }
        const up = path.dirname(dir);
        if (up === dir)
            return '?';
        dir = up;
    }
}
/**
 * The repository root (the folder holding package.json), found by walking up from this file:
 * the benchmarks run from their compiled copy in `.bench-build/`, so paths are not fixed.
 */
export function repoRoot() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const pkg = path.join(dir, 'package.json');
        if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'looplab')
            return dir;
        const up = path.dirname(dir);
        if (up === dir)
            throw new Error('bench: cannot find the looplab repository root');
        dir = up;
    }
}
/** A Markdown table: rows[0] is the header; columns padded to their widest cell. */
export function table(rows) {
    const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
    const line = (r) => '| ' + r.map((c, j) => c.padEnd(widths[j])).join(' | ') + ' |';
    return [line(rows[0]), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.slice(1).map(line)].join('\n');
}
//# sourceMappingURL=harness.js.map