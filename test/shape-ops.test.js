import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
describe('shape ops', () => {
    it('reshape shares the buffer, infers -1, and rejects bad sizes', () => {
        const x = L.arange(12);
        const y = L.reshape(x, [3, -1]);
        expect(y.shape).toEqual([3, 4]);
        expect(y.buffer).toBe(x.buffer);
        expect(() => L.reshape(x, [5, -1])).toThrow('reshape: cannot reshape [12] (12 elements) into [5, -1]');
        expect(() => L.reshape(x, [-1, -1])).toThrow('only one dimension may be -1');
        checkGrad((t) => L.reshape(t, [4, 3]), [rand([2, 6], 1)]);
    });
    it('transpose matches index arithmetic and has the inverse permutation as VJP', () => {
        const x = rand([2, 3, 4], 2);
        const y = L.transpose(x, [2, 0, 1]);
        expect(y.shape).toEqual([4, 2, 3]);
        const xv = toF64(x);
        const ref = [];
        for (let k = 0; k < 4; k++)
            for (let i = 0; i < 2; i++)
                for (let j = 0; j < 3; j++)
                    ref.push(xv[i * 12 + j * 4 + k]);
        expectClose(y, ref, { rtol: 0, atol: 0 });
        expect(L.transpose(L.ones([2, 3])).shape).toEqual([3, 2]);
        checkGrad((t) => L.transpose(t, [2, 0, 1]), [x]);
        checkGrad((t) => L.mT(t), [x]);
        expect(() => L.transpose(x, [0, 0, 1])).toThrow('transpose: perm [0,0,1] is not a permutation');
    });
    it('broadcastTo copies along new axes and sums back in the VJP', () => {
        const x = rand([3, 1], 3);
        const y = L.broadcastTo(x, [2, 3, 4]);
        expect(y.shape).toEqual([2, 3, 4]);
        const xv = toF64(x);
        expectClose(y, Array.from({ length: 24 }, (_, f) => xv[Math.floor(f / 4) % 3]));
        checkGrad((t) => L.broadcastTo(t, [2, 3, 4]), [x]);
        expect(() => L.broadcastTo(x, [2, 4])).toThrow('broadcastTo');
    });
    it('squeeze/unsqueeze', () => {
        const x = L.ones([1, 3, 1]);
        expect(L.squeeze(x).shape).toEqual([3]);
        expect(L.squeeze(x, 0).shape).toEqual([3, 1]);
        expect(L.unsqueeze(L.ones([3]), -1).shape).toEqual([3, 1]);
        expect(() => L.squeeze(x, 1)).toThrow('squeeze: axis 1 of [1, 3, 1] has size 3, not 1');
    });
    it('tensor methods chain', () => {
        const x = L.tensor([
            [1, 2],
            [3, 4],
        ], { dtype: 'f64' });
        expect(x.mT.matmul(x).sum().item()).toBe(1 * 1 + 3 * 3 + 1 * 2 + 3 * 4 + 2 * 1 + 4 * 3 + 2 * 2 + 4 * 4);
        expect(x.add(1).mul(2).reshape([4]).toArray()).toEqual([4, 6, 8, 10]);
    });
});
describe('creation', () => {
    it('infers shape and dtype from nested arrays and typed arrays', () => {
        const t = L.tensor([
            [1, 2, 3],
            [4, 5, 6],
        ]);
        expect(t.shape).toEqual([2, 3]);
        expect(t.dtype).toBe('f32');
        expect(L.tensor(new Int32Array([1, 2])).dtype).toBe('i32');
        expect(L.tensor([true, false]).dtype).toBe('bool');
        expect(L.tensor(3).shape).toEqual([]);
        expect(L.tensor([1, 2, 3, 4], { shape: [2, 2] }).toArray()).toEqual([
            [1, 2],
            [3, 4],
        ]);
    });
    it('rejects ragged arrays and bad dtypes with clear messages', () => {
        expect(() => L.tensor([[1, 2], [3]])).toThrow('tensor: ragged nested array at [1]');
        // @ts-expect-error testing a runtime check
        expect(() => L.tensor([1], { dtype: 'f16' })).toThrow("tensor: unknown dtype \"f16\" (allowed: 'f32', 'f64', 'i32', 'bool')");
        expect(() => L.tensor([1, 2, 3], { shape: [2, 2] })).toThrow('tensor: data has 3 elements but shape [2, 2] needs 4');
    });
    it('arange, linspace, eye, full', () => {
        expect(L.arange(5).toArray()).toEqual([0, 1, 2, 3, 4]);
        expect(L.arange(5).dtype).toBe('i32');
        expect(L.arange(1, 2, 0.25).toArray()).toEqual([1, 1.25, 1.5, 1.75]);
        expect(L.linspace(0, 1, 5, { dtype: 'f64' }).toArray()).toEqual([0, 0.25, 0.5, 0.75, 1]);
        expect(L.eye(2, 3).toArray()).toEqual([
            [1, 0, 0],
            [0, 1, 0],
        ]);
        expect(L.full([2], 7, { dtype: 'i32' }).toArray()).toEqual([7, 7]);
        expect(L.zerosLike(L.ones([2], { dtype: 'f64' })).dtype).toBe('f64');
    });
    it('eye takes options after n or after m', () => {
        const square = L.eye(3, { dtype: 'f64' });
        expect([square.shape, square.dtype]).toEqual([[3, 3], 'f64']);
        expect(square.toArray()).toEqual([
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
        ]);
        const wide = L.eye(2, 3, { dtype: 'i32' });
        expect([wide.shape, wide.dtype, wide.toArray()]).toEqual([
            [2, 3],
            'i32',
            [
                [1, 0, 0],
                [0, 1, 0],
            ],
        ]);
        expect(L.eye(2).dtype).toBe('f32');
    });
    it('item() requires one element; data() resolves to a copy', async () => {
        expect(() => L.ones([2]).item()).toThrow('item: tensor of shape [2] has 2 elements, expected 1');
        const t = L.tensor([1, 2]);
        const d = await t.data();
        d[0] = 99;
        expect(t.toArray()).toEqual([1, 2]);
    });
});
describe('strict promotion mode', () => {
    it('raises on implicit rank promotion and dtype promotion, allows explicit forms', () => {
        L.withStrict(() => {
            expect(() => L.add(L.ones([2, 3]), L.ones([3]))).toThrow('add: implicit rank promotion from [2, 3] and [3] is disabled (strict mode)');
            expect(() => L.add(L.ones([2], { dtype: 'f32' }), L.ones([2], { dtype: 'f64' }))).toThrow('add: implicit dtype promotion between f32[2] and f64[2]');
            expect(L.add(L.ones([2, 3]), L.ones([1, 3])).shape).toEqual([2, 3]);
            expect(L.add(L.ones([2, 3]), 1).shape).toEqual([2, 3]);
        });
        expect(L.add(L.ones([2, 3]), L.ones([3])).shape).toEqual([2, 3]);
    });
});
describe('matmul', () => {
    function matmulRef(a, b, M, K, N) {
        const c = [];
        for (let i = 0; i < M; i++)
            for (let j = 0; j < N; j++) {
                let s = 0;
                for (let k = 0; k < K; k++)
                    s += a[i * K + k] * b[k * N + j];
                c.push(s);
            }
        return c;
    }
    it('matches a triple loop on odd sizes (register-block edges) in f64 and f32', () => {
        for (const [M, K, N] of [
            [1, 1, 1],
            [5, 7, 3],
            [9, 300, 6],
            [4, 4, 4],
            [13, 17, 19],
        ]) {
            const a = rand([M, K], M * 7 + K);
            const b = rand([K, N], N * 3 + K);
            expectClose(L.matmul(a, b), matmulRef(toF64(a), toF64(b), M, K, N), { rtol: 1e-12, atol: 1e-12 });
            const c32 = L.matmul(L.cast(a, 'f32'), L.cast(b, 'f32'));
            expect(c32.dtype).toBe('f32');
            expectClose(c32, matmulRef(toF64(L.cast(a, 'f32')), toF64(L.cast(b, 'f32')), M, K, N), { rtol: 1e-5, atol: 1e-5 });
        }
    });
    it('broadcasts batch dimensions and handles vectors like numpy', () => {
        const a = rand([2, 1, 3, 4], 1);
        const b = rand([5, 4, 2], 2);
        expect(L.matmul(a, b).shape).toEqual([2, 5, 3, 2]);
        expect(L.matmul(rand([4], 3), rand([4, 2], 4)).shape).toEqual([2]);
        expect(L.matmul(rand([3, 4], 3), rand([4], 4)).shape).toEqual([3]);
        expect(L.matmul(rand([4], 3), rand([4], 4)).shape).toEqual([]);
        const av = toF64(a);
        const bv = toF64(b);
        const out = toF64(L.matmul(a, b));
        // batch (1, 3) uses a[1, 0] and b[3]
        const ref = matmulRef(av.slice(12, 24), bv.slice(24, 32), 3, 4, 2);
        expectClose(out.slice((1 * 5 + 3) * 6, (1 * 5 + 3) * 6 + 6), ref);
    });
    it('gradients, including broadcast batch dims and vectors', () => {
        checkGrad(L.matmul, [rand([2, 1, 3, 4], 1), rand([5, 4, 2], 2)]);
        checkGrad(L.matmul, [rand([4], 3), rand([2, 4, 3], 4)]);
        checkGrad(L.matmul, [rand([3, 4], 3), rand([4], 4)]);
        checkGrad(L.matmul, [rand([0, 4], 3), rand([4, 2], 4)].slice(0, 2));
    });
    it('errors name both shapes', () => {
        expect(() => L.matmul(L.ones([2, 3]), L.ones([4, 2]))).toThrow('matmul: inner dimensions differ: [2, 3] @ [4, 2] (3 vs 4)');
    });
});
//# sourceMappingURL=shape-ops.test.js.map