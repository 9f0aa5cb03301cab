/**
 * Trees: parameters, gradients and optimizer states are plain nested arrays/objects whose
 * leaves are tensors. Non-tensor leaves (numbers, strings, booleans, null) are kept as static
 * structure. Object keys are visited in sorted order, so two trees with the same keys flatten
 * identically whatever their insertion order.
 */
import { Tensor } from './tensor.js';
function isPlainObject(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const proto = Object.getPrototypeOf(x);
    return proto === Object.prototype || proto === null;
}
function flattenInto(x, leaves, path, ancestors, isLeaf) {
    if (x instanceof Tensor || (isLeaf !== undefined && isLeaf(x))) {
        leaves.push(x);
        return { kind: 'leaf' };
    }
    if (Array.isArray(x) || isPlainObject(x)) {
        // A container that contains itself would recurse until the stack overflows.
        if (ancestors.has(x))
            throw new Error(`tree: cycle at ${path || '<root>'} (a container contains itself); trees must be acyclic`);
        ancestors.add(x);
        let def;
        if (Array.isArray(x)) {
            def = { kind: 'array', children: x.map((c, i) => flattenInto(c, leaves, `${path}[${i}]`, ancestors, isLeaf)) };
        }
        else {
            const keys = Object.keys(x).sort();
            def = { kind: 'object', keys, children: keys.map((k) => flattenInto(x[k], leaves, `${path}.${k}`, ancestors, isLeaf)) };
        }
        ancestors.delete(x);
        return def;
    }
    if (x === null || x === undefined || typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') {
        return { kind: 'static', value: x };
    }
    throw new Error(`tree: unsupported node at ${path || '<root>'} (${Object.prototype.toString.call(x)}); trees hold tensors in arrays and plain objects`);
}
export function flatten(t) {
    const leaves = [];
    const def = flattenInto(t, leaves, '', new Set());
    return [leaves, def];
}
export function leaves(t) {
    return flatten(t)[0];
}
export function numLeaves(def) {
    switch (def.kind) {
        case 'leaf':
            return 1;
        case 'static':
            return 0;
        case 'array':
        case 'object':
            return def.children.reduce((s, c) => s + numLeaves(c), 0);
        default:
            return def;
    }
}
export function unflatten(def, leafValues) {
    if (leafValues.length !== numLeaves(def)) {
        throw new Error(`tree.unflatten: structure has ${numLeaves(def)} leaves, got ${leafValues.length} values`);
    }
    let pos = 0;
    const build = (d) => {
        switch (d.kind) {
            case 'leaf':
                return leafValues[pos++];
            case 'static':
                return d.value;
            case 'array':
                return d.children.map(build);
            case 'object': {
                const o = {};
                d.keys.forEach((k, i) => {
                    const v = build(d.children[i]);
                    // Plain assignment to '__proto__' would set the prototype instead of a key.
                    if (k === '__proto__')
                        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
                    else
                        o[k] = v;
                });
                return o;
            }
            default:
                return d;
        }
    };
    return build(def);
}
export function defEquals(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'leaf':
            return true;
        case 'static':
            // Object.is so that a static NaN equals itself (=== would make such a tree unequal to itself).
            return b.kind === 'static' && (a.value === b.value || Object.is(a.value, b.value));
        case 'array':
            return b.kind === 'array' && a.children.length === b.children.length && a.children.every((c, i) => defEquals(c, b.children[i]));
        case 'object':
            return (b.kind === 'object' &&
                a.keys.length === b.keys.length &&
                a.keys.every((k, i) => k === b.keys[i]) &&
                a.children.every((c, i) => defEquals(c, b.children[i])));
        default:
            return a;
    }
}
/** True when two trees have the same structure (same containers, keys and static values). */
export function structureEquals(a, b) {
    return defEquals(flatten(a)[1], flatten(b)[1]);
}
export function map(fn, first, ...rest) {
    const [l0, d0] = flatten(first);
    const others = rest.map((r, i) => {
        const [l, d] = flatten(r);
        if (!defEquals(d0, d))
            throw new Error(`tree.map: tree ${i + 1} does not have the structure of the first tree`);
        return l;
    });
    return unflatten(d0, l0.map((x, j) => fn(x, ...others.map((o) => o[j]))));
}
/** Zip several trees of the same structure into one tree of arrays at the leaves. */
export function zip(...trees) {
    if (trees.length === 0)
        throw new Error('tree.zip: needs at least one tree');
    const [l0, d0] = flatten(trees[0]);
    const all = trees.map((t, i) => {
        const [l, d] = flatten(t);
        if (!defEquals(d0, d))
            throw new Error(`tree.zip: tree ${i} does not have the structure of tree 0`);
        return l;
    });
    return unflatten(d0, l0.map((_, j) => all.map((l) => l[j])));
}
/** Leaf paths (`.a.b[0]`) in flatten order — for error messages and checkpoints. */
export function paths(t) {
    // Walk the definition flatten builds, so that order, cycle and unsupported-node errors agree.
    const out = [];
    const walk = (d, path) => {
        switch (d.kind) {
            case 'leaf':
                out.push(path || '<root>');
                return;
            case 'static':
                return;
            case 'array':
                d.children.forEach((c, i) => walk(c, `${path}[${i}]`));
                return;
            case 'object':
                d.children.forEach((c, i) => walk(c, `${path}.${d.keys[i]}`));
                return;
            default:
                return d;
        }
    };
    walk(flatten(t)[1], '');
    return out;
}
//# sourceMappingURL=tree.js.map