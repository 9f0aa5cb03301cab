/**
 * Few-shot classification episodes from MNIST and Fashion-MNIST with 90° rotations as new classes
 * (PAPERS.md P8's offline substitute for miniImageNet). A class is (data set, label, rotation
 * r ∈ {0°, 90°, 180°, 270°}); its images are the data set's images of that label, rotated.
 *
 * Fixed class splits (`FEW_SHOT_SPLITS`):
 *
 *   'mixed'  meta-train: Fashion-MNIST 0–9 and MNIST digits 0–4 of the training splits, × 4
 *            rotations (60 classes); meta-test: MNIST digits 5–9 of the test split × 4 rotations
 *            (20 classes).
 *   'f2m'    meta-train: Fashion-MNIST 0–9 (training split) × 4 rotations (40 classes);
 *            meta-test: MNIST digits 0–9 (test split) × 4 rotations (40 classes).
 *
 * Fashion-MNIST's training split is `tasks.loadFashionMnist('train')` (6000 per class), MNIST's
 * the standard 60 000 / 10 000. An N-way K-shot episode draws N classes of the split without
 * replacement, relabels them 0 … N−1 in the order drawn, and K support plus Q query images of
 * each class without replacement; pixels are scaled to [0, 1].
 *
 * Batches: x: [N·K, 1, 28, 28] (support) or [N·Q, 1, 28, 28] (query), f32; labels: [N·K] / [N·Q]
 * class indices (i32), class-major.
 */
import { oneHot } from '../core/ops/indexing.js';
import * as random from '../core/random.js';
import { tensor } from '../core/creation.js';
import { loadFashionMnist } from './fashion-mnist.js';
import { loadMnist } from './mnist.js';
export const FEW_SHOT_SPLITS = ['mixed', 'f2m'];
/** The classes of a split's meta-training or meta-test phase (module comment). */
export function fewShotClasses(split, phase) {
    if (!FEW_SHOT_SPLITS.includes(split))
        throw new Error(`tasks.fewShot: split must be 'mixed' or 'f2m', got ${JSON.stringify(split)}`);
    if (phase !== 'train' && phase !== 'test')
        throw new Error(`tasks.fewShot: phase must be 'train' or 'test', got ${JSON.stringify(phase)}`);
    const rot = (source, dataSplit, labels) => labels.flatMap((label) => [0, 1, 2, 3].map((quarterTurns) => ({ source, split: dataSplit, label, quarterTurns })));
    const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    if (phase === 'train')
        return split === 'mixed' ? [...rot('fashion', 'train', range(0, 9)), ...rot('mnist', 'train', range(0, 4))] : rot('fashion', 'train', range(0, 9));
    return split === 'mixed' ? rot('mnist', 'test', range(5, 9)) : rot('mnist', 'test', range(0, 9));
}
export function defaultFewShotConfig() {
    return { nWay: 5, kShot: 5, nQuery: 15 };
}
/** Pixel (i, j) of an image rotated by q quarter turns counter-clockwise reads the source at `src`. */
function rotatedIndex(i, j, q, n) {
    switch (q & 3) {
        case 0:
            return i * n + j;
        case 1:
            return j * n + (n - 1 - i);
        case 2:
            return (n - 1 - i) * n + (n - 1 - j);
        default:
            return (n - 1 - j) * n + i;
    }
}
/** Draw `count` distinct integers in [0, n) from uniforms u (rejecting repeats; u long enough). */
function distinct(u, start, count, n) {
    if (count > n)
        throw new Error(`tasks.fewShot: cannot draw ${count} distinct items from ${n}`);
    const seen = new Set();
    const out = [];
    let p = start;
    while (out.length < count) {
        if (p >= u.length)
            throw new Error('internal: fewShot ran out of uniforms');
        const v = Math.min(n - 1, Math.floor(u[p++] * n));
        if (!seen.has(v)) {
            seen.add(v);
            out.push(v);
        }
    }
    return [out, p];
}
/**
 * The episode sampler of a split and phase.
 *
 * @example const s = tasks.fewShot('mixed', 'train', { nWay: 5, kShot: 1 }); const ep = s.episode(random.key(0))
 */
export function fewShot(split, phase, config = {}) {
    const c = { ...defaultFewShotConfig(), ...config };
    for (const k of ['nWay', 'kShot', 'nQuery'])
        if (!Number.isInteger(c[k]) || c[k] < 1)
            throw new Error(`tasks.fewShot: ${k} must be an integer ≥ 1, got ${c[k]}`);
    const classes = fewShotClasses(split, phase);
    if (c.nWay > classes.length)
        throw new Error(`tasks.fewShot: nWay must be ≤ ${classes.length} (the classes of '${split}' ${phase}), got ${c.nWay}`);
    const data = new Map();
    const get = (cl) => {
        const id = `${cl.source}/${cl.split}`;
        let d = data.get(id);
        if (d === undefined) {
            d = cl.source === 'mnist' ? loadMnist(cl.split) : loadFashionMnist(cl.split);
            data.set(id, d);
        }
        return d;
    };
    // Indices of each (source, split, label), built once.
    const byLabel = new Map();
    const indices = (cl) => {
        const id = `${cl.source}/${cl.split}/${cl.label}`;
        let idx = byLabel.get(id);
        if (idx === undefined) {
            const d = get(cl);
            idx = [];
            for (let i = 0; i < d.labels.length; i++)
                if (d.labels[i] === cl.label)
                    idx.push(i);
            byLabel.set(id, idx);
        }
        return idx;
    };
    const perClass = c.kShot + c.nQuery;
    const batch = (rows, labels) => {
        const n = 28;
        const x = new Float32Array(rows.length * n * n);
        rows.forEach(({ cl, index }, r) => {
            const img = get(cl).images;
            if (img.rows !== n || img.cols !== n)
                throw new Error(`tasks.fewShot: expected 28×28 images, got ${img.rows}×${img.cols}`);
            const off = index * n * n;
            for (let i = 0; i < n; i++)
                for (let j = 0; j < n; j++)
                    x[r * n * n + i * n + j] = img.pixels[off + rotatedIndex(i, j, cl.quarterTurns, n)] / 255;
        });
        const lab = tensor(Int32Array.from(labels), { dtype: 'i32' });
        return { x: tensor(x, { shape: [rows.length, 1, n, n], dtype: 'f32' }), labels: lab, oneHot: oneHot(lab, c.nWay) };
    };
    return {
        classes,
        episode(key) {
            // Enough uniforms for rejection sampling: classes, then images (repeats are rare).
            const u = random.uniform(key, [8 * (c.nWay + c.nWay * perClass) + 256], { dtype: 'f64' }).dataSync();
            const [chosen, p0] = distinct(u, 0, c.nWay, classes.length);
            let p = p0;
            const sup = [];
            const qry = [];
            const supLabels = [];
            const qryLabels = [];
            chosen.forEach((ci, label) => {
                const cl = classes[ci];
                const pool = indices(cl);
                const [picks, next] = distinct(u, p, perClass, pool.length);
                p = next;
                picks.forEach((k, j) => {
                    if (j < c.kShot) {
                        sup.push({ cl, index: pool[k] });
                        supLabels.push(label);
                    }
                    else {
                        qry.push({ cl, index: pool[k] });
                        qryLabels.push(label);
                    }
                });
            });
            return { support: batch(sup, supLabels), query: batch(qry, qryLabels), classes: chosen.map((i) => classes[i]) };
        },
    };
}
//# sourceMappingURL=few-shot.js.map