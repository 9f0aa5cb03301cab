/**
 * WebGPU movement, indexing and sorting kernels equal the CPU kernels. These ops copy values
 * (slice, embed/pad, concat, broadcastTo, transpose, gather, argsort) or add them in the CPU's
 * order (scatter-add), so the results must be exactly equal; the float comparisons use
 * rtol 0, atol 0 unless stated.
 */
import { expect, it } from 'vitest';
import * as L from '../../src/index.js';
import { rand } from '../util/check.js';
import { describeGpu, expectGpuClose } from '../util/gpu.js';
const EXACT = { rtol: 0, atol: 0 };
const f32 = (shape, seed) => rand(shape, seed, -1, 1, 'f32');
const gpu = (t) => t.to('webgpu');
const i32 = (values, shape) => L.tensor(values, { dtype: 'i32', shape: shape ?? [values.length] });
async function same(actual, expected, what = '') {
    expect(actual.device, what).toBe('webgpu');
    expect(actual.dtype, what).toBe(expected.dtype);
    await expectGpuClose(actual, expected, { ...EXACT, what });
}
describeGpu('webgpu shape ops', () => {
    it('broadcastTo and transpose', async () => {
        const x = f32([3, 1, 5], 1);
        const g = await gpu(x);
        await same(L.broadcastTo(g, [2, 3, 4, 5]), L.broadcastTo(x, [2, 3, 4, 5]), 'broadcastTo');
        await same(L.broadcastTo(g, [3, 0, 5]), L.broadcastTo(x, [3, 0, 5]), 'broadcastTo empty');
        const y = f32([3, 4, 5, 7], 2);
        const gy = await gpu(y);
        for (const perm of [
            [2, 0, 1, 3],
            [3, 2, 1, 0],
            [0, 1, 3, 2],
            [1, 3, 0, 2],
        ]) {
            await same(L.transpose(gy, perm), L.transpose(y, perm), `transpose ${perm.join(',')}`);
        }
        await same(L.mT(await gpu(f32([2, 65, 3], 3))), L.mT(f32([2, 65, 3], 3)), 'mT');
        const b = L.tensor([
            [true, false, true],
            [false, false, true],
        ]);
        await same(L.transpose(await gpu(b)), L.transpose(b), 'bool transpose');
        const n = i32([1, -2, 3, 4, 5, -6], [2, 3]);
        await same(L.broadcastTo(L.transpose(await gpu(n)), [2, 3, 2]), L.broadcastTo(L.transpose(n), [2, 3, 2]), 'i32');
    });
    it('copies more than 65535 workgroups of elements (2-D dispatch grid)', async () => {
        const x = f32([2049, 2050], 25); // 4.2M elements > 65535 · 64
        await same(L.transpose(await gpu(x)), L.transpose(x), 'large transpose');
    });
});
describeGpu('webgpu movement', () => {
    it('slice with steps, negative steps, selections and empty ranges', async () => {
        const x = f32([5, 6, 7], 4);
        const g = await gpu(x);
        const specs = [
            [[1, 4], null, [null, null, 2]],
            [
                [null, null, -1],
                [5, 0, -2],
            ],
            [2, [1, null, 3], -1],
            [[3, 3]],
            [
                [-2, null],
                [null, null, -4],
                [6, -8, -3],
            ],
        ];
        for (const s of specs)
            await same(L.slice(g, ...s), L.slice(x, ...s), JSON.stringify(s));
        await same(L.flip(g, [0, 2]), L.flip(x, [0, 2]), 'flip');
        await same(L.sliceAxis(g, 1, -1, null, -1), L.sliceAxis(x, 1, -1, null, -1), 'sliceAxis');
        const n = L.arange(0, 24, 1, { dtype: 'i32' }).reshape([4, 6]);
        await same(L.slice(await gpu(n), [null, null, -1], [1, null, 2]), L.slice(n, [null, null, -1], [1, null, 2]), 'i32 slice');
    });
    it('pad (placement with a fill value) for f32, i32 and bool', async () => {
        const x = f32([3, 4], 5);
        await same(L.pad(await gpu(x), [
            [1, 2],
            [0, 3],
        ], 1.5), L.pad(x, [
            [1, 2],
            [0, 3],
        ], 1.5), 'f32');
        const n = i32([1, 2, 3, 4, 5, 6], [2, 3]);
        await same(L.pad(await gpu(n), [
            [2, 0],
            [1, 1],
        ], -7), L.pad(n, [
            [2, 0],
            [1, 1],
        ], -7), 'i32');
        const b = L.tensor([true, false]);
        await same(L.pad(await gpu(b), [[1, 1]], 1), L.pad(b, [[1, 1]], 1), 'bool');
        const e = f32([0, 3], 6);
        await same(L.pad(await gpu(e), [
            [1, 0],
            [0, 1],
        ], 2), L.pad(e, [
            [1, 0],
            [0, 1],
        ], 2), 'empty input');
    });
    it('concat, stack and split, including empty operands', async () => {
        const a = f32([2, 3, 4], 7);
        const b = f32([2, 0, 4], 8);
        const c = f32([2, 5, 4], 9);
        const [ga, gb, gc] = await Promise.all([a, b, c].map(gpu));
        await same(L.concat([ga, gb, gc], 1), L.concat([a, b, c], 1), 'axis 1');
        await same(L.concat([ga, ga], -1), L.concat([a, a], -1), 'last axis');
        await same(L.concat([ga, ga, ga], 0), L.concat([a, a, a], 0), 'axis 0');
        await same(L.stack([ga, ga], 2), L.stack([a, a], 2), 'stack');
        const parts = L.split(gc, [1, 3], 1);
        const ref = L.split(c, [1, 3], 1);
        for (let i = 0; i < 3; i++)
            await same(parts[i], ref[i], `split ${i}`);
        const bools = [L.tensor([true, false]), L.tensor([false])];
        await same(L.concat(await Promise.all(bools.map(gpu))), L.concat(bools), 'bool');
    });
    it('gradients through slices and pads equal the CPU', async () => {
        const x = f32([5, 6], 10);
        const f = (t) => L.pad(L.slice(t, [null, null, -2], [4, 0, -1]), [
            [1, 0],
            [2, 1],
        ]);
        const [yc, backCpu] = L.vjp(f, x);
        const ct = f32([...yc.shape], 11);
        const [gc] = backCpu(ct);
        const [yg, backGpu] = L.vjp(f, await gpu(x));
        await same(yg, yc, 'value');
        const [gg] = backGpu(await gpu(ct));
        await same(gg, gc, 'gradient');
    });
});
describeGpu('webgpu indexing', () => {
    it('take and takeAlongAxis with negative and repeated indices and broadcasting', async () => {
        const x = f32([4, 5, 3], 12);
        const g = await gpu(x);
        const idx = i32([0, -1, 2, 2, 4], [5]);
        for (const axis of [0, 1, 2, undefined]) {
            const ids = axis === 0 ? i32([3, -4, 1]) : axis === 2 ? i32([2, 0, -1, 1]) : idx;
            await same(L.take(g, await gpu(ids), axis), L.take(x, ids, axis), `take axis ${axis}`);
        }
        const ia = i32([0, 4, -2, 1, 3, 3, 2, 2, 0, -5, 4, 1], [4, 3, 1]);
        await same(L.takeAlongAxis(g, await gpu(ia), 1), L.takeAlongAxis(x, ia, 1), 'takeAlongAxis broadcast');
        const ib = i32([2, 0, 1, 1], [1, 4, 1]);
        await same(L.takeAlongAxis(g, await gpu(ib), 1), L.takeAlongAxis(x, ib, 1), 'takeAlongAxis broadcast idx');
        await same(L.take(g, await gpu(i32([])), 1), L.take(x, i32([]), 1), 'empty indices');
        const n = L.arange(0, 12, 1, { dtype: 'i32' }).reshape([3, 4]);
        await same(L.take(await gpu(n), await gpu(i32([3, 0])), 1), L.take(n, i32([3, 0]), 1), 'i32 take');
        // Plain index arrays follow the indexed tensor to its device (the default device stays 'cpu').
        expect(L.getDefaultDevice()).toBe('cpu');
        await same(L.take(g, [3, -4, 1], 0), L.take(x, [3, -4, 1], 0), 'take with an index array');
    });
    it('out-of-range gather indices are clamped on the GPU (the CPU throws)', async () => {
        const x = L.tensor([10, 20, 30, 40]);
        const y = L.take(await gpu(x), await gpu(i32([7, -9, 1])));
        expect(Array.from(await y.data())).toEqual([40, 10, 20]);
        expect(() => L.take(x, i32([7]))).toThrow('out of range');
    });
    it('scatterAdd accumulates repeated indices in the CPU order (f32 and i32)', async () => {
        const x = f32([4, 6], 13);
        const u = f32([3, 6], 14);
        const idx = i32([0, 3, 3, 1, 0, -1, 3, 3, 3, 0, 2, 1, 2, 2, 2, 2, 2, 2], [3, 6]);
        await same(L.scatterAdd(await gpu(x), await gpu(idx), await gpu(u), 0), L.scatterAdd(x, idx, u, 0), 'axis 0');
        // updates smaller than x on the other axis (torch semantics) and along the last axis
        const u2 = f32([3, 4], 15);
        const idx2 = i32([5, 5, 0, -1, 1, 1, 1, 1, 2, 3, 4, 5], [3, 4]);
        const x2 = f32([4, 6], 16);
        await same(L.scatterAdd(await gpu(x2), await gpu(idx2), await gpu(u2), 1), L.scatterAdd(x2, idx2, u2, 1), 'axis 1');
        const xi = L.zeros([5], { dtype: 'i32' });
        const ii = i32([1, 1, 4, 0, 1]);
        const ui = i32([3, -4, 5, 6, 7]);
        await same(L.scatterAdd(await gpu(xi), await gpu(ii), await gpu(ui), 0), L.scatterAdd(xi, ii, ui, 0), 'i32');
        const xe = f32([3, 2], 17);
        const ie = L.zeros([0, 2], { dtype: 'i32' });
        const ue = f32([0, 2], 18);
        await same(L.scatterAdd(await gpu(xe), await gpu(ie), await gpu(ue), 0), L.scatterAdd(xe, ie, ue, 0), 'empty updates');
    });
    it('gradients through take equal the CPU (repeated indices add up)', async () => {
        const x = f32([5, 3], 19);
        const idx = i32([4, 0, 4, -1, 2, 4], [2, 3]);
        const f = (t) => L.take(t, idx, 0);
        const [yc, backCpu] = L.vjp(f, x);
        const ct = f32([...yc.shape], 20);
        const [gc] = backCpu(ct);
        const gIdx = await gpu(idx);
        const [yg, backGpu] = L.vjp((t) => L.take(t, gIdx, 0), await gpu(x));
        await same(yg, yc, 'value');
        const [gg] = backGpu(await gpu(ct));
        await same(gg, gc, 'gradient');
    });
});
describeGpu('webgpu argsort', () => {
    it('equals the CPU stable order with ties and NaN last, both directions', async () => {
        const v = [3, 1, NaN, 1, -0, 0, 2, -Infinity, 3, NaN, Infinity, 1];
        const x = L.tensor(v);
        const g = await gpu(x);
        for (const descending of [false, true]) {
            await same(L.argsort(g, -1, { descending }), L.argsort(x, -1, { descending }), `descending ${descending}`);
            await same(L.sort(g, -1, { descending }), L.sort(x, -1, { descending }), `sort ${descending}`);
        }
        const [tv, ti] = L.topk(g, 4);
        const [cv, ci] = L.topk(x, 4);
        await same(tv, cv, 'topk values');
        await same(ti, ci, 'topk indices');
    });
    it('sorts along inner axes, long rows, i32 and bool', async () => {
        // values rounded to a coarse grid so that ties are common
        const x = L.round(L.mul(f32([3, 37, 4], 21), 4));
        await same(L.argsort(await gpu(x), 1), L.argsort(x, 1), 'axis 1 of 3');
        await same(L.argsort(await gpu(x), 0, { descending: true }), L.argsort(x, 0, { descending: true }), 'axis 0');
        const long = f32([2, 300], 22);
        await same(L.argsort(await gpu(long)), L.argsort(long), 'n = 300');
        const n = i32([5, -3, 5, 0, -2147483648, 2147483647, -3]);
        await same(L.argsort(await gpu(n)), L.argsort(n), 'i32');
        await same(L.argsort(await gpu(n), 0, { descending: true }), L.argsort(n, 0, { descending: true }), 'i32 desc');
        const b = L.tensor([true, false, true, false]);
        await same(L.argsort(await gpu(b)), L.argsort(b), 'bool');
        const e = f32([2, 0], 23);
        await same(L.argsort(await gpu(e)), L.argsort(e), 'empty');
        const [, ek] = L.topk(await gpu(f32([3, 5], 24)), 0);
        expect(ek.shape).toEqual([3, 0]);
    });
});
//# sourceMappingURL=movement.test.js.map