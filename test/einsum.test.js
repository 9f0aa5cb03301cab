import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';
/**
 * Brute-force reference for explicit subscripts without '...': loop over every assignment of
 * every label, multiply the addressed operand elements and add into the output element.
 */
function einsumRef(spec, ...xs) {
    const [lhs, rhs] = spec.split('->');
    const terms = lhs.split(',');
    const size = new Map();
    terms.forEach((t, n) => [...t].forEach((l, ax) => size.set(l, xs[n].shape[ax])));
    const labels = [...size.keys()];
    const outShape = [...rhs].map((l) => size.get(l));
    const out = new Array(outShape.reduce((p, d) => p * d, 1)).fill(0);
    const datas = xs.map(toF64);
    const flat = (t, shape, val) => [...t].reduce((off, l, ax) => off * shape[ax] + val.get(l), 0);
    const val = new Map();
    const rec = (k) => {
        if (k === labels.length) {
            let prod = 1;
            terms.forEach((t, n) => (prod *= datas[n][flat(t, xs[n].shape, val)]));
            out[flat(rhs, outShape, val)] += prod;
            return;
        }
        for (let v = 0; v < size.get(labels[k]); v++) {
            val.set(labels[k], v);
            rec(k + 1);
        }
    };
    rec(0);
    return { data: out, shape: outShape };
}
function expectRef(spec, xs, refSpec = spec) {
    const got = L.einsum(spec, ...xs);
    const ref = einsumRef(refSpec, ...xs);
    expect(got.shape, spec).toEqual(ref.shape);
    expectClose(got, ref.data, { rtol: 1e-12, atol: 1e-13, what: spec });
}
describe('einsum values', () => {
    it('hand-written loops: matmul, batched matmul, trace, diagonal', () => {
        const a = rand([3, 4], 1);
        const b = rand([4, 5], 2);
        const A = toF64(a);
        const B = toF64(b);
        const mm = [];
        for (let i = 0; i < 3; i++)
            for (let k = 0; k < 5; k++) {
                let s = 0;
                for (let j = 0; j < 4; j++)
                    s += A[i * 4 + j] * B[j * 5 + k];
                mm.push(s);
            }
        expectClose(L.einsum('ij,jk->ik', a, b), mm, { rtol: 1e-13, atol: 1e-14 });
        const sq = rand([4, 4], 3);
        const S = toF64(sq);
        expect(L.einsum('ii', sq).shape).toEqual([]);
        expectClose(L.einsum('ii', sq), [S[0] + S[5] + S[10] + S[15]], { rtol: 1e-14, atol: 0 });
        expectClose(L.einsum('ii->i', sq), [S[0], S[5], S[10], S[15]], { rtol: 0, atol: 0 });
        expectClose(L.einsum('ij->ji', a), toF64(L.transpose(a)), { rtol: 0, atol: 0 });
        const u = rand([5], 4);
        const v = rand([5], 5);
        const U = toF64(u);
        const V = toF64(v);
        expectClose(L.einsum('i,i->', u, v), [U.reduce((s, x, i) => s + x * V[i], 0)], { rtol: 1e-13, atol: 1e-14 });
        const outer = [];
        for (let i = 0; i < 5; i++)
            for (let j = 0; j < 5; j++)
                outer.push(U[i] * V[j]);
        expectClose(L.einsum('i,j->ij', u, v), outer, { rtol: 0, atol: 0 });
    });
    it('explicit patterns against the brute-force reference', () => {
        const cases = [
            [
                'ij,jk->ik',
                [
                    [3, 4],
                    [4, 5],
                ],
            ],
            [
                'bij,bjk->bik',
                [
                    [2, 3, 4],
                    [2, 4, 5],
                ],
            ],
            [
                'bhtd,bhsd->bhts',
                [
                    [2, 3, 4, 5],
                    [2, 3, 6, 5],
                ],
            ],
            ['ii->i', [[4, 4]]],
            ['ii->', [[4, 4]]],
            ['ij->ji', [[3, 4]]],
            ['ij->', [[3, 4]]],
            ['ij->j', [[3, 4]]],
            ['i,i->', [[5], [5]]],
            ['i,i->i', [[5], [5]]],
            ['i,j->ij', [[3], [4]]],
            [
                'ij,ij->ij',
                [
                    [3, 4],
                    [3, 4],
                ],
            ],
            [
                'ij,jk,kl->il',
                [
                    [2, 3],
                    [3, 4],
                    [4, 5],
                ],
            ],
            [
                'ab,bc,ca->',
                [
                    [2, 3],
                    [3, 4],
                    [4, 2],
                ],
            ],
            ['ij,kj,k->i', [[3, 4], [5, 4], [5]]],
            ['iij->j', [[3, 3, 4]]],
            ['iji->ij', [[3, 4, 3]]],
            ['iii->i', [[3, 3, 3]]],
            [
                'iij,jkk->ik',
                [
                    [3, 3, 4],
                    [4, 2, 2],
                ],
            ],
            [
                'bn,anm,bm->ba',
                [
                    [2, 3],
                    [4, 3, 5],
                    [2, 5],
                ],
            ],
            [
                'ijk,kji->',
                [
                    [2, 3, 4],
                    [4, 3, 2],
                ],
            ],
            [',ij->ji', [[], [2, 3]]],
            ['i,->i', [[4], []]],
            [
                'ij,jk->ki',
                [
                    [3, 0],
                    [0, 2],
                ],
            ],
            [
                'ij,jk->ik',
                [
                    [0, 3],
                    [3, 2],
                ],
            ],
            [
                'Ab,bA->A',
                [
                    [3, 2],
                    [2, 3],
                ],
            ],
        ];
        cases.forEach(([spec, shapes], c) => expectRef(spec, shapes.map((s, n) => rand(s, 10 * c + n))));
    });
    it('implicit output follows numpy: labels seen once, in ASCII order', () => {
        const cases = [
            [
                'ij,jk',
                'ij,jk->ik',
                [
                    [3, 4],
                    [4, 5],
                ],
            ],
            ['ii', 'ii->', [[4, 4]]],
            ['ji', 'ji->ij', [[3, 4]]],
            ['i,i', 'i,i->', [[5], [5]]],
            ['j,i', 'j,i->ij', [[3], [4]]],
            [
                'bA,Ac',
                'bA,Ac->bc',
                [
                    [2, 3],
                    [3, 4],
                ],
            ],
            [
                'ab,Bc',
                'ab,Bc->Babc',
                [
                    [2, 3],
                    [4, 2],
                ],
            ],
            ['iij', 'iij->j', [[3, 3, 2]]],
        ];
        cases.forEach(([spec, ref, shapes], c) => expectRef(spec, shapes.map((s, n) => rand(s, 50 + 10 * c + n)), ref));
    });
    it('ellipsis broadcasting', () => {
        // '...ij,...jk->...ik' with batch [2, 1] against [3]: broadcast to [2, 3]
        const a = rand([2, 1, 3, 4], 1);
        const b = rand([3, 4, 5], 2);
        const got = L.einsum('...ij,...jk->...ik', a, b);
        expect(got.shape).toEqual([2, 3, 3, 5]);
        const A = toF64(a);
        const B = toF64(b);
        const ref = [];
        for (let p = 0; p < 2; p++)
            for (let q = 0; q < 3; q++)
                for (let i = 0; i < 3; i++)
                    for (let k = 0; k < 5; k++) {
                        let s = 0;
                        for (let j = 0; j < 4; j++)
                            s += A[(p * 3 + i) * 4 + j] * B[(q * 4 + j) * 5 + k];
                        ref.push(s);
                    }
        expectClose(got, ref, { rtol: 1e-13, atol: 1e-14 });
        // the same with explicit labels for the batch axes
        const c = rand([2, 3, 4], 3);
        const d = rand([2, 4, 5], 4);
        expectClose(L.einsum('...ij,...jk->...ik', c, d), einsumRef('bij,bjk->bik', c, d).data, { rtol: 1e-13, atol: 1e-14 });
        // implicit: ellipsis axes first
        expectClose(L.einsum('i...,i...', c, rand([2, 3, 4], 5)), einsumRef('ixy,ixy->xy', c, rand([2, 3, 4], 5)).data, { rtol: 1e-13, atol: 1e-14 });
        // ellipsis in the middle, moved to the end, and an ellipsis matching no axes
        const e = rand([2, 3, 4, 5], 6);
        expectClose(L.einsum('a...b->ba...', e), einsumRef('axyb->baxy', e).data, { rtol: 0, atol: 0 });
        expectClose(L.einsum('...ij,jk->...ik', rand([3, 4], 7), rand([4, 2], 8)), einsumRef('ij,jk->ik', rand([3, 4], 7), rand([4, 2], 8)).data, {
            rtol: 1e-13,
            atol: 1e-14,
        });
        // no contraction (the broadcasting-product path) with broadcast ellipsis axes
        const g1 = rand([2, 1, 3], 10);
        const g2 = rand([4, 3], 11);
        const G1 = toF64(g1);
        const G2 = toF64(g2);
        const had = [];
        for (let p = 0; p < 2; p++)
            for (let q = 0; q < 4; q++)
                for (let i = 0; i < 3; i++)
                    had.push(G1[p * 3 + i] * G2[q * 3 + i]);
        expectClose(L.einsum('...i,...i->...i', g1, g2), had, { rtol: 0, atol: 0 });
        // '...ii->...i': batched diagonal
        const f = rand([2, 3, 3], 9);
        expectClose(L.einsum('...ii->...i', f), einsumRef('bii->bi', f).data, { rtol: 0, atol: 0 });
    });
    it('works in strict mode (no implicit rank promotion inside)', () => {
        const a = rand([2, 3, 4], 1);
        const b = rand([4, 5], 2);
        const d = rand([3, 3], 3);
        L.withStrict(() => {
            expectClose(L.einsum('bij,jk->bik', a, b), einsumRef('bij,jk->bik', a, b).data, { rtol: 1e-13, atol: 1e-14 });
            expectClose(L.einsum('ii->i', d), einsumRef('ii->i', d).data, { rtol: 0, atol: 0 });
            expectClose(L.einsum('bij,k->bijk', a, rand([2], 4)), einsumRef('bij,k->bijk', a, rand([2], 4)).data, { rtol: 0, atol: 0 });
        });
    });
    it('promotes dtypes like mul/matmul and keeps f32 as f32', () => {
        const a = rand([2, 3], 1).cast('f32');
        const b = rand([3, 2], 2).cast('f32');
        const y = L.einsum('ij,jk->ik', a, b);
        expect(y.dtype).toBe('f32');
        expectClose(y, einsumRef('ij,jk->ik', a, b).data, { rtol: 1e-6, atol: 1e-6 });
    });
});
describe('einsum gradients (float64 finite differences)', () => {
    it('through matmul, mul, sum, transpose and diagonals', () => {
        const cases = [
            [
                'ij,jk->ik',
                [
                    [3, 4],
                    [4, 5],
                ],
            ],
            [
                'bij,bjk->bik',
                [
                    [2, 3, 4],
                    [2, 4, 2],
                ],
            ],
            [
                'bhtd,bhsd->bhts',
                [
                    [1, 2, 3, 4],
                    [1, 2, 2, 4],
                ],
            ],
            ['ii->i', [[4, 4]]],
            ['ii', [[4, 4]]],
            ['ij->ji', [[3, 4]]],
            ['i,i->', [[5], [5]]],
            ['i,j->ij', [[3], [4]]],
            [
                '...ij,...jk->...ik',
                [
                    [2, 1, 3, 4],
                    [3, 4, 2],
                ],
            ],
            [
                'ij,jk,kl->il',
                [
                    [2, 3],
                    [3, 4],
                    [4, 2],
                ],
            ],
            [
                'iij,jkk->ik',
                [
                    [3, 3, 2],
                    [2, 2, 2],
                ],
            ],
            ['i,->i', [[3], []]],
        ];
        let worst = 0;
        cases.forEach(([spec, shapes], c) => {
            worst = Math.max(worst, checkGrad((...xs) => L.einsum(spec, ...xs), shapes.map((s, n) => rand(s, 100 + 10 * c + n))));
        });
        expect(worst).toBeLessThan(1e-6);
    });
    it('second derivatives (gradient of a gradient)', () => {
        const a = rand([3, 4], 1);
        const b = rand([4, 4], 2);
        const g = L.grad((x, y) => L.sum(L.square(L.einsum('ij,jk,ik->i', x, y, x))), { argnums: 0 });
        checkGrad((x, y) => g(x, y), [a, b]);
    });
});
describe('einsum errors', () => {
    const a = rand([3, 4], 1);
    const b = rand([5, 6], 2);
    it('malformed subscripts', () => {
        expect(() => L.einsum('ij->k', a)).toThrow(/einsum: output index 'k' does not appear in any operand/);
        expect(() => L.einsum('ij->ii', a)).toThrow(/einsum: index 'i' appears more than once in the output/);
        expect(() => L.einsum('i1->i', a)).toThrow(/einsum: invalid character '1' in operand 0 of 'i1->i'/);
        expect(() => L.einsum('ij->i->j', a)).toThrow(/einsum: '->' may appear at most once/);
        expect(() => L.einsum('i.j', a)).toThrow(/einsum: invalid character '\.'/);
        expect(() => L.einsum('...i...->i', a)).toThrow(/einsum: '\.\.\.' appears twice in operand 0/);
        expect(() => L.einsum('...ij->ij', rand([2, 3, 4], 1))).toThrow(/einsum: the operands use '\.\.\.' but the output .* does not/);
    });
    it('operand counts and ranks', () => {
        expect(() => L.einsum('ij,jk->ik', a)).toThrow(/einsum: 'ij,jk->ik' names 2 operand\(s\) but 1 were given/);
        expect(() => L.einsum('ij', a, b)).toThrow(/einsum: 'ij' names 1 operand\(s\) but 2 were given/);
        expect(() => L.einsum('i')).toThrow(/einsum: needs at least one operand/);
        expect(() => L.einsum('ijk->i', a)).toThrow(/einsum: operand 0 has shape \[3, 4\] \(rank 2\) but its subscripts 'ijk' name 3 axes/);
        expect(() => L.einsum('...ijk->i', a)).toThrow(/name 3 or more axes/);
    });
    it('mismatched dimension sizes', () => {
        expect(() => L.einsum('ij,jk->ik', a, b)).toThrow(/einsum: index 'j' has size 4 in operand 0 \[3, 4\] but 5 in operand 1 \[5, 6\]/);
        expect(() => L.einsum('ii->i', a)).toThrow(/einsum: index 'i' has size 3 in operand 0 \[3, 4\] but 4 in operand 0 \[3, 4\]/);
        expect(() => L.einsum('...i,...i->...', rand([2, 3], 1), rand([4, 3], 2))).toThrow(/einsum: ellipsis axis 0 has size 2 in operand 0 \[2, 3\] but 4 in operand 1 \[4, 3\]/);
    });
});
//# sourceMappingURL=einsum.test.js.map