/**
 * Continual-learning streams of MNIST tasks (PAPERS.md P8's last bullet; the La-MAML set-up of
 * Gupta et al. 2020, which takes its benchmarks from GEM (Lopez-Paz & Ranzato 2017) and MER
 * (Riemer et al. 2019)). Every task is a 10-way digit classification of transformed MNIST images:
 *
 *   'rotations'         task t rotates every image by one angle drawn uniformly from the t-th of
 *                       nTasks equal slices of [minAngle, maxAngle) (GEM: 20 tasks, 0°–180°)
 *   'permutations'      task t shuffles the 784 pixels by one fixed permutation drawn per task
 *                       (GEM: 20 tasks, 1000 training samples each)
 *   'manyPermutations'  the same with more tasks and fewer samples (MER: 100 tasks, 200 samples each)
 *
 * Rotations are counter-clockwise about the image centre (13.5, 13.5), by inverse mapping: output
 * pixel (row i, column j) reads the source at
 *
 *   x_s = c + (j − c) cos θ − (i − c) sin θ,   y_s = c + (j − c) sin θ + (i − c) cos θ
 *
 * with 'nearest' (round to the nearest pixel, the default of PIL's `Image.rotate` that GEM's data
 * script calls) or 'bilinear' interpolation; pixels read outside the image are 0. A quarter turn is
 * exact: 90° maps output (i, j) to source (j, 27 − i).
 *
 * Each task holds `trainPerTask` images drawn without replacement from the MNIST training split and
 * `testPerTask` from the test split (each task its own draw); pixels are scaled to [0, 1]. The
 * stream is a pure function of the key and the configuration, and tasks are built on demand.
 *
 * Batches: x: [B, 784] f32 (row-major pixels after the task's transform), labels: [B] i32 digits,
 * oneHot: [B, 10].
 */
import { tensor } from '../core/creation.js';
import { oneHot } from '../core/ops/indexing.js';
import * as random from '../core/random.js';
import { loadMnist } from './mnist.js';
export const CONTINUAL_BENCHMARKS = ['rotations', 'permutations', 'manyPermutations'];
export const ROTATION_INTERPOLATIONS = ['nearest', 'bilinear'];
/** Pixels per image (28 × 28) and the side. */
const SIDE = 28;
const PIXELS = SIDE * SIDE;
/** The La-MAML set-up of a benchmark (module notes). */
export function defaultContinualConfig(benchmark = 'rotations') {
    const many = benchmark === 'manyPermutations';
    return { benchmark, nTasks: many ? 100 : 20, trainPerTask: many ? 200 : 1000, testPerTask: 10000, minAngle: 0, maxAngle: 180, interpolation: 'nearest' };
}
function fail(key, allowed, got) {
    throw new Error(`tasks.continual: ${key} must be ${allowed}, got ${JSON.stringify(got) ?? String(got)}`);
}
function checkConfig(c) {
    if (!CONTINUAL_BENCHMARKS.includes(c.benchmark))
        fail('benchmark', CONTINUAL_BENCHMARKS.map((b) => `'${b}'`).join(', '), c.benchmark);
    if (!Number.isInteger(c.nTasks) || c.nTasks < 1)
        fail('nTasks', 'an integer ≥ 1', c.nTasks);
    if (!Number.isInteger(c.trainPerTask) || c.trainPerTask < 1 || c.trainPerTask > 60000)
        fail('trainPerTask', 'an integer in 1…60000', c.trainPerTask);
    if (!Number.isInteger(c.testPerTask) || c.testPerTask < 1 || c.testPerTask > 10000)
        fail('testPerTask', 'an integer in 1…10000', c.testPerTask);
    if (!Number.isFinite(c.minAngle) || !Number.isFinite(c.maxAngle) || !(c.minAngle <= c.maxAngle))
        fail('minAngle and maxAngle', 'finite numbers with minAngle ≤ maxAngle', [c.minAngle, c.maxAngle]);
    if (!ROTATION_INTERPOLATIONS.includes(c.interpolation))
        fail('interpolation', "'nearest' or 'bilinear'", c.interpolation);
}
/**
 * Rotate a square image counter-clockwise by `degrees` about its centre (module notes).
 *
 * @param src [side · side] row-major pixels
 * @returns [side · side]
 */
export function rotateImage(src, side, degrees, interpolation = 'nearest') {
    if (!Number.isInteger(side) || side < 1 || src.length !== side * side)
        throw new Error(`tasks.rotateImage: src must hold side² = ${side * side} pixels, got ${src.length}`);
    if (!ROTATION_INTERPOLATIONS.includes(interpolation))
        fail('interpolation', "'nearest' or 'bilinear'", interpolation);
    const out = new Float32Array(side * side);
    const th = (degrees * Math.PI) / 180;
    // Exact for multiples of 90° (Math.cos(π/2) is 6e-17, not 0).
    const quarter = Number.isInteger(degrees / 90);
    const cos = quarter ? [1, 0, -1, 0][(((degrees / 90) % 4) + 4) % 4] : Math.cos(th);
    const sin = quarter ? [0, 1, 0, -1][(((degrees / 90) % 4) + 4) % 4] : Math.sin(th);
    const c = (side - 1) / 2;
    const at = (r, col) => (r >= 0 && r < side && col >= 0 && col < side ? src[r * side + col] : 0);
    for (let i = 0; i < side; i++)
        for (let j = 0; j < side; j++) {
            const xs = c + (j - c) * cos - (i - c) * sin;
            const ys = c + (j - c) * sin + (i - c) * cos;
            if (interpolation === 'nearest')
                out[i * side + j] = at(Math.round(ys), Math.round(xs));
            else {
                const y0 = Math.floor(ys);
                const x0 = Math.floor(xs);
                const fy = ys - y0;
                const fx = xs - x0;
                out[i * side + j] = (1 - fy) * ((1 - fx) * at(y0, x0) + fx * at(y0, x0 + 1)) + fy * ((1 - fx) * at(y0 + 1, x0) + fx * at(y0 + 1, x0 + 1));
            }
        }
    return out;
}
function split(pixels, labels) {
    const size = labels.length;
    const batch = (indices) => {
        const B = indices.length;
        const x = new Float32Array(B * PIXELS);
        const y = new Int32Array(B);
        for (let n = 0; n < B; n++) {
            const i = indices[n];
            if (!Number.isInteger(i) || i < 0 || i >= size)
                throw new Error(`tasks.continual batch: index ${i} out of range for ${size} examples`);
            x.set(pixels.subarray(i * PIXELS, (i + 1) * PIXELS), n * PIXELS);
            y[n] = labels[i];
        }
        const lab = tensor(y, { shape: [B], dtype: 'i32' });
        return { x: tensor(x, { shape: [B, PIXELS], dtype: 'f32' }), labels: lab, oneHot: oneHot(lab, 10) };
    };
    return { size, pixels, labels, batch, all: () => batch(Array.from({ length: size }, (_, i) => i)) };
}
/**
 * A continual stream of MNIST tasks.
 *
 * @example const s = tasks.continual(random.key(0), { benchmark: 'permutations', nTasks: 5 }); const t0 = s.task(0)
 */
export function continual(key, config = {}) {
    const c = { ...defaultContinualConfig(config.benchmark ?? 'rotations'), ...config };
    checkConfig(c);
    const train = loadMnist('train');
    const test = loadMnist('test');
    const taskKeys = random.split(key, c.nTasks);
    const draw = (k, n, count) => Int32Array.from(random.permutation(k, n, 0, { device: 'cpu' }).dataSync()).slice(0, count);
    const build = (data, indices, transform) => {
        const pixels = new Float32Array(indices.length * PIXELS);
        const labels = new Int32Array(indices.length);
        const src = new Float32Array(PIXELS);
        indices.forEach((idx, n) => {
            const off = idx * PIXELS;
            for (let p = 0; p < PIXELS; p++)
                src[p] = data.images.pixels[off + p] / 255;
            pixels.set(transform(src), n * PIXELS);
            labels[n] = data.labels[idx];
        });
        return split(pixels, labels);
    };
    return {
        config: c,
        nTasks: c.nTasks,
        task(t) {
            if (!Number.isInteger(t) || t < 0 || t >= c.nTasks)
                throw new Error(`tasks.continual: task must be an integer in 0…${c.nTasks - 1}, got ${t}`);
            const [kTransform, kTrain, kTest] = random.split(taskKeys[t], 3);
            let angle = null;
            let permutation = null;
            let transform;
            if (c.benchmark === 'rotations') {
                const u = random.uniform(kTransform, [1], { dtype: 'f64' }).dataSync()[0];
                const width = (c.maxAngle - c.minAngle) / c.nTasks;
                angle = c.minAngle + width * (t + u);
                const a = angle;
                transform = (src) => rotateImage(src, SIDE, a, c.interpolation);
            }
            else {
                const perm = draw(kTransform, PIXELS, PIXELS);
                permutation = perm;
                transform = (src) => {
                    const out = new Float32Array(PIXELS);
                    for (let p = 0; p < PIXELS; p++)
                        out[p] = src[perm[p]];
                    return out;
                };
            }
            const trainIndices = draw(kTrain, train.images.count, c.trainPerTask);
            const testIndices = draw(kTest, test.images.count, c.testPerTask);
            return {
                index: t,
                angle,
                permutation,
                trainIndices,
                testIndices,
                train: build(train, trainIndices, transform),
                test: build(test, testIndices, transform),
            };
        },
    };
}
//# sourceMappingURL=continual.js.map