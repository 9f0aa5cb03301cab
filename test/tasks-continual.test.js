/** tasks.continual and tasks.rotateImage: exact rotations, exact permutations, counts, determinism, config errors. */
import { describe, expect, it } from 'vitest';
import { random, tasks } from '../src/index.js';
/** A 28×28 image with distinct values (so a wrong read cannot go unnoticed). */
const ramp = () => Float32Array.from({ length: 784 }, (_, i) => (i + 1) / 784);
describe('tasks.rotateImage', () => {
    it('0° is the identity; 90° is the transpose flipped upside down (counter-clockwise); 180° reverses; 360° is the identity', () => {
        const img = ramp();
        for (const interp of tasks.ROTATION_INTERPOLATIONS) {
            expect(Array.from(tasks.rotateImage(img, 28, 0, interp))).toEqual(Array.from(img));
            expect(Array.from(tasks.rotateImage(img, 28, 360, interp))).toEqual(Array.from(img));
            const r90 = tasks.rotateImage(img, 28, 90, interp);
            const r180 = tasks.rotateImage(img, 28, 180, interp);
            for (let i = 0; i < 28; i++)
                for (let j = 0; j < 28; j++) {
                    // flipud(transpose(src))[i][j] = src[j][27 − i]
                    expect(r90[i * 28 + j]).toBe(img[j * 28 + (27 - i)]);
                    expect(r180[i * 28 + j]).toBe(img[(27 - i) * 28 + (27 - j)]);
                }
            // The top-right corner moves to the top-left under a counter-clockwise quarter turn.
            expect(r90[0]).toBe(img[27]);
        }
    });
    it('nearest keeps the grey levels of the source; bilinear of a constant image is that constant inside the disc', () => {
        const img = ramp();
        const src = new Set(Array.from(img).concat([0]));
        for (const v of tasks.rotateImage(img, 28, 33, 'nearest'))
            expect(src.has(v)).toBe(true);
        const ones = new Float32Array(784).fill(1);
        const b = tasks.rotateImage(ones, 28, 33, 'bilinear');
        // Pixels within 12 of the centre read only inside the image.
        for (let i = 0; i < 28; i++)
            for (let j = 0; j < 28; j++)
                if (Math.hypot(i - 13.5, j - 13.5) < 12)
                    expect(b[i * 28 + j]).toBeCloseTo(1, 6);
        // Corners read outside: 0.
        expect(b[0]).toBe(0);
        expect(() => tasks.rotateImage(new Float32Array(5), 28, 10)).toThrow(/src must hold side² = 784 pixels, got 5/);
    });
});
describe('tasks.continual', () => {
    it('permutations: each task is a fixed permutation of the MNIST pixels of the drawn images, with the configured counts', () => {
        const s = tasks.continual(random.key(4), { benchmark: 'permutations', nTasks: 3, trainPerTask: 12, testPerTask: 7 });
        const mnistTrain = tasks.loadMnist('train');
        const mnistTest = tasks.loadMnist('test');
        const perms = [0, 1, 2].map((t) => {
            const task = s.task(t);
            expect(task.index).toBe(t);
            expect(task.angle).toBeNull();
            expect(task.train.size).toBe(12);
            expect(task.test.size).toBe(7);
            expect(new Set(task.trainIndices).size).toBe(12);
            const p = task.permutation;
            expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 784 }, (_, i) => i));
            for (const [split, data, idx] of [
                [task.train, mnistTrain, task.trainIndices],
                [task.test, mnistTest, task.testIndices],
            ])
                for (let n = 0; n < split.size; n++) {
                    expect(split.labels[n]).toBe(data.labels[idx[n]]);
                    for (let q = 0; q < 784; q++)
                        expect(split.pixels[n * 784 + q]).toBe(Math.fround(data.images.pixels[idx[n] * 784 + p[q]] / 255));
                }
            const b = task.train.batch([3, 0]);
            expect(b.x.shape).toEqual([2, 784]);
            expect(b.oneHot.shape).toEqual([2, 10]);
            expect(Array.from(b.labels.dataSync())).toEqual([task.train.labels[3], task.train.labels[0]]);
            return Array.from(p).join(',');
        });
        expect(new Set(perms).size).toBe(3);
    });
    it('rotations: task t draws its angle from the t-th slice of [minAngle, maxAngle); the images are the rotated MNIST images', () => {
        const s = tasks.continual(random.key(1), { benchmark: 'rotations', nTasks: 4, trainPerTask: 5, testPerTask: 3 });
        const mnist = tasks.loadMnist('train');
        for (let t = 0; t < 4; t++) {
            const task = s.task(t);
            expect(task.permutation).toBeNull();
            expect(task.angle).toBeGreaterThanOrEqual(45 * t);
            expect(task.angle).toBeLessThan(45 * (t + 1));
            const src = Float32Array.from(mnist.images.pixels.subarray(task.trainIndices[2] * 784, (task.trainIndices[2] + 1) * 784), (v) => v / 255);
            expect(Array.from(task.train.pixels.subarray(2 * 784, 3 * 784))).toEqual(Array.from(tasks.rotateImage(src, 28, task.angle, 'nearest')));
        }
        // A zero-width range rotates by exactly 0: the images are MNIST's.
        const id = tasks.continual(random.key(1), { nTasks: 2, trainPerTask: 3, testPerTask: 2, minAngle: 0, maxAngle: 0 }).task(1);
        expect(id.angle).toBe(0);
        const i0 = id.trainIndices[0];
        expect(Array.from(id.train.pixels.subarray(0, 784))).toEqual(Array.from(Float32Array.from(mnist.images.pixels.subarray(i0 * 784, (i0 + 1) * 784), (v) => v / 255)));
    });
    it('is a pure function of the key; paper defaults per benchmark; clear config errors', () => {
        const a = tasks.continual(random.key(7), { benchmark: 'manyPermutations', nTasks: 2, trainPerTask: 4, testPerTask: 2 }).task(1);
        const b = tasks.continual(random.key(7), { benchmark: 'manyPermutations', nTasks: 2, trainPerTask: 4, testPerTask: 2 }).task(1);
        const c = tasks.continual(random.key(8), { benchmark: 'manyPermutations', nTasks: 2, trainPerTask: 4, testPerTask: 2 }).task(1);
        expect(Array.from(a.train.pixels)).toEqual(Array.from(b.train.pixels));
        expect(Array.from(a.permutation)).toEqual(Array.from(b.permutation));
        expect(Array.from(a.permutation)).not.toEqual(Array.from(c.permutation));
        expect(tasks.defaultContinualConfig('rotations')).toMatchObject({ nTasks: 20, trainPerTask: 1000, testPerTask: 10000, minAngle: 0, maxAngle: 180 });
        expect(tasks.defaultContinualConfig('permutations')).toMatchObject({ nTasks: 20, trainPerTask: 1000 });
        expect(tasks.defaultContinualConfig('manyPermutations')).toMatchObject({ nTasks: 100, trainPerTask: 200 });
        const k = random.key(0);
        expect(() => tasks.continual(k, { benchmark: 'split' })).toThrow(/benchmark must be 'rotations', 'permutations', 'manyPermutations', got "split"/);
        expect(() => tasks.continual(k, { nTasks: 0 })).toThrow(/nTasks must be an integer ≥ 1, got 0/);
        expect(() => tasks.continual(k, { testPerTask: 10001 })).toThrow(/testPerTask must be an integer in 1…10000, got 10001/);
        expect(() => tasks.continual(k, { minAngle: 90, maxAngle: 0 })).toThrow(/minAngle and maxAngle must be finite numbers with minAngle ≤ maxAngle, got \[90,0\]/);
        expect(() => tasks.continual(k, { interpolation: 'cubic' })).toThrow(/interpolation must be 'nearest' or 'bilinear', got "cubic"/);
        expect(() => tasks.continual(k, { nTasks: 2, trainPerTask: 2, testPerTask: 2 }).task(2)).toThrow(/task must be an integer in 0…1, got 2/);
    });
});
//# sourceMappingURL=tasks-continual.test.js.map