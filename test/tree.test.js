import { describe, expect, it } from 'vitest';
import { scalar, tensor, tree } from '../src/index.js';
const t = (v) => scalar(v, 'f64');
const vals = (ls) => ls.map((x) => x.item());
describe('tree.flatten / unflatten', () => {
    it('visits object keys in sorted order whatever the insertion order', () => {
        const a = { z: t(1), a: t(2), m: [t(3), t(4)] };
        const b = { m: [t(3), t(4)], a: t(2), z: t(1) };
        const [la, da] = tree.flatten(a);
        const [lb, db] = tree.flatten(b);
        expect(vals(la)).toEqual([2, 3, 4, 1]);
        expect(vals(lb)).toEqual([2, 3, 4, 1]);
        expect(tree.defEquals(da, db)).toBe(true);
        expect(tree.paths(a)).toEqual(['.a', '.m[0]', '.m[1]', '.z']);
    });
    it('keeps array order and nests', () => {
        const x = [t(1), { b: [t(2)], a: t(3) }, [[t(4)]]];
        expect(vals(tree.leaves(x))).toEqual([1, 3, 2, 4]);
        expect(tree.paths(x)).toEqual(['[0]', '[1].a', '[1].b[0]', '[2][0][0]']);
    });
    it('round-trips through unflatten with new leaves and the same structure', () => {
        const x = {
            w: tensor([[1, 2]]),
            layers: [
                { b: t(1), w: t(2) },
                { b: t(3), w: t(4) },
            ],
            name: 'mlp',
            lr: 0.1,
            on: true,
            none: null,
        };
        // static values do not widen the inferred leaf type (Tree<T> includes Static)
        const [ls, def] = tree.flatten(x);
        expect(tree.numLeaves(def)).toBe(5);
        const doubled = ls.map((l) => l.mul(2));
        const y = tree.unflatten(def, doubled);
        expect(y.name).toBe('mlp');
        expect(y.lr).toBe(0.1);
        expect(y.on).toBe(true);
        expect(y.none).toBe(null);
        expect(y.layers[1].w.item()).toBe(8);
        expect(y.w.toArray()).toEqual([[2, 4]]);
        expect(tree.structureEquals(x, y)).toBe(true);
        // a bare tensor is a tree with one leaf at the root
        const [l1, d1] = tree.flatten(t(5));
        expect(l1.length).toBe(1);
        expect(tree.unflatten(d1, [t(6)])).toBeInstanceOf(Object);
        expect(tree.paths(t(5))).toEqual(['<root>']);
    });
    it('treats numbers, strings, booleans and null as static structure, not leaves', () => {
        const x = { a: 1, b: 'two', c: [false, null], d: t(1) };
        expect(tree.leaves(x).length).toBe(1);
        expect(tree.paths(x)).toEqual(['.d']);
        expect(tree.structureEquals(x, { a: 1, b: 'two', c: [false, null], d: t(9) })).toBe(true);
        expect(tree.structureEquals(x, { a: 2, b: 'two', c: [false, null], d: t(9) })).toBe(false);
    });
    it('handles empty containers', () => {
        const x = { a: [], b: {}, c: t(1) };
        const [ls, def] = tree.flatten(x);
        expect(ls.length).toBe(1);
        const y = tree.unflatten(def, [t(2)]);
        expect(y.a).toEqual([]);
        expect(y.b).toEqual({});
        expect(y.c.item()).toBe(2);
        expect(tree.leaves([]).length).toBe(0);
    });
    it('rejects the wrong number of leaves and unsupported nodes', () => {
        const [, def] = tree.flatten([t(1), t(2)]);
        expect(() => tree.unflatten(def, [t(1)])).toThrow(/2 leaves, got 1/);
        expect(() => tree.flatten({ a: new Float32Array(2) })).toThrow(/unsupported node at \.a/);
        expect(() => tree.flatten([new Map()])).toThrow(/\[0\]/);
    });
    it('keeps an own "__proto__" key as data (JSON-parsed configs can have one)', () => {
        const x = JSON.parse('{"__proto__": 1, "a": 2}');
        const leafy = { ...x, w: t(1) };
        const [ls, def] = tree.flatten(leafy);
        const y = tree.unflatten(def, ls);
        expect(Object.keys(y).sort()).toEqual(['__proto__', 'a', 'w']);
        expect(Object.getPrototypeOf(y)).toBe(Object.prototype);
        expect(tree.structureEquals(leafy, y)).toBe(true);
    });
    it('reports a cycle instead of overflowing the stack', () => {
        const x = { a: t(1) };
        x.self = x;
        expect(() => tree.flatten(x)).toThrow(/cycle at \.self/);
        expect(() => tree.paths(x)).toThrow(/cycle/);
        // a subtree shared by two branches is not a cycle
        const shared = [t(1)];
        expect(tree.paths({ a: shared, b: shared })).toEqual(['.a[0]', '.b[0]']);
    });
});
describe('tree.map / zip / structureEquals', () => {
    it('maps one tree', () => {
        const x = { a: t(1), b: [t(2), t(3)], tag: 'k' };
        const y = tree.map((l) => l.add(10), x);
        expect(y.a.item()).toBe(11);
        expect(vals(y.b)).toEqual([12, 13]);
        expect(y.tag).toBe('k');
    });
    it('maps several trees leaf by leaf, matching keys not insertion order', () => {
        const p = { w: t(1), b: t(2) };
        const g = { b: t(20), w: t(10) };
        const m = { w: t(100), b: t(200) };
        const y = tree.map((a, b, c) => a.add(b).add(c), p, g, m);
        expect(y.w.item()).toBe(111);
        expect(y.b.item()).toBe(222);
    });
    it('rejects structure mismatches, naming the tree', () => {
        const a = { w: t(1), b: t(2) };
        expect(() => tree.map((x, y) => x.add(y), a, { w: t(1) })).toThrow(/tree\.map: tree 1/);
        expect(() => tree.map((x, y) => x.add(y), a, { w: t(1), c: t(2) })).toThrow(/tree\.map/);
        expect(() => tree.map((x, y) => x.add(y), [t(1)], [t(1), t(2)])).toThrow(/tree\.map/);
        expect(() => tree.map((x, y) => x.add(y), [t(1)], { 0: t(1) })).toThrow(/tree\.map/);
        expect(() => tree.map((x, y) => x.add(y), { a: t(1), s: 1 }, { a: t(1), s: 2 })).toThrow(/tree\.map/);
        expect(() => tree.zip([t(1)], [t(1)], [[t(1)]])).toThrow(/tree\.zip: tree 2/);
        expect(() => tree.zip()).toThrow(/at least one/);
    });
    it('zips trees into arrays at the leaves', () => {
        const z = tree.zip({ a: t(1), b: [t(2)] }, { b: [t(20)], a: t(10) });
        expect(vals(z.a)).toEqual([1, 10]);
        expect(vals(z.b[0])).toEqual([2, 20]);
    });
    it('compares structures', () => {
        expect(tree.structureEquals({ a: t(1), b: [t(1)] }, { b: [t(5)], a: t(7) })).toBe(true);
        expect(tree.structureEquals({ a: t(1) }, { a: [t(1)] })).toBe(false);
        expect(tree.structureEquals({ a: t(1) }, { b: t(1) })).toBe(false);
        expect(tree.structureEquals([t(1), t(2)], [t(1)])).toBe(false);
        expect(tree.structureEquals([t(1)], { 0: t(1) })).toBe(false);
        expect(tree.structureEquals({ a: t(1), s: 'x' }, { a: t(1) })).toBe(false);
        // a static NaN (e.g. an unset hyperparameter) equals itself
        expect(tree.structureEquals({ a: t(1), s: NaN }, { a: t(2), s: NaN })).toBe(true);
    });
});
//# sourceMappingURL=tree.test.js.map