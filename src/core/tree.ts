/**
 * Trees: parameters, gradients and optimizer states are plain nested arrays/objects whose
 * leaves are tensors. Non-tensor leaves (numbers, strings, booleans, null) are kept as static
 * structure. Object keys are visited in sorted order, so two trees with the same keys flatten
 * identically whatever their insertion order.
 */
import { Tensor } from './tensor.js';

/** Non-tensor values kept as structure (hyperparameters, names, flags); never leaves. */
export type Static = number | string | boolean | null | undefined;

export type Tree<T = Tensor> = T | Static | readonly Tree<T>[] | { readonly [key: string]: Tree<T> };

/** Static description of a tree's structure; `unflatten(def, leaves)` rebuilds it. */
export type TreeDef =
  { kind: 'leaf' } | { kind: 'static'; value: unknown } | { kind: 'array'; children: TreeDef[] } | { kind: 'object'; keys: string[]; children: TreeDef[] };

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Every tensor reachable from `x` through arrays, Maps, Sets and the own enumerable properties of
 * any object (class instances included, unlike `flatten`), each once. Used where only the set of
 * tensors matters (what a scope keeps), so any value a caller returns is accepted.
 */
export function collectTensors(x: unknown): Tensor[] {
  const out: Tensor[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Tensor) out.push(v);
    else if (ArrayBuffer.isView(v)) return;
    else if (Array.isArray(v) || v instanceof Set) for (const c of v) visit(c);
    else if (v instanceof Map) for (const c of v.values()) visit(c);
    else for (const c of Object.values(v)) visit(c);
  };
  visit(x);
  return out;
}

function flattenInto(x: unknown, leaves: Tensor[], path: string, ancestors: Set<object>, isLeaf?: (x: unknown) => boolean): TreeDef {
  if (x instanceof Tensor || (isLeaf !== undefined && isLeaf(x))) {
    leaves.push(x as Tensor);
    return { kind: 'leaf' };
  }
  if (Array.isArray(x) || isPlainObject(x)) {
    // A container that contains itself would recurse until the stack overflows.
    if (ancestors.has(x)) throw new Error(`tree: cycle at ${path || '<root>'} (a container contains itself); trees must be acyclic`);
    ancestors.add(x);
    let def: TreeDef;
    if (Array.isArray(x)) {
      def = { kind: 'array', children: x.map((c, i) => flattenInto(c, leaves, `${path}[${i}]`, ancestors, isLeaf)) };
    } else {
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

/** Leaves in a deterministic order, and the structure to rebuild the tree. */
export function flatten<T = Tensor>(t: Tree<T>): [T[], TreeDef];
export function flatten(t: unknown): [Tensor[], TreeDef];
export function flatten<T = Tensor>(t: Tree<T>): [T[], TreeDef] {
  const leaves: Tensor[] = [];
  const def = flattenInto(t, leaves, '', new Set());
  return [leaves as unknown as T[], def];
}

export function leaves<T = Tensor>(t: Tree<T>): T[];
export function leaves(t: unknown): Tensor[];
export function leaves(t: unknown): Tensor[] {
  return flatten(t as Tree)[0];
}

export function numLeaves(def: TreeDef): number {
  switch (def.kind) {
    case 'leaf':
      return 1;
    case 'static':
      return 0;
    case 'array':
    case 'object':
      return def.children.reduce((s, c) => s + numLeaves(c), 0);
    default:
      return def satisfies never;
  }
}

export function unflatten<T>(def: TreeDef, leafValues: readonly T[]): Tree<T> {
  if (leafValues.length !== numLeaves(def)) {
    throw new Error(`tree.unflatten: structure has ${numLeaves(def)} leaves, got ${leafValues.length} values`);
  }
  let pos = 0;
  const build = (d: TreeDef): unknown => {
    switch (d.kind) {
      case 'leaf':
        return leafValues[pos++];
      case 'static':
        return d.value;
      case 'array':
        return d.children.map(build);
      case 'object': {
        const o: Record<string, unknown> = {};
        d.keys.forEach((k, i) => {
          const v = build(d.children[i]);
          // Plain assignment to '__proto__' would set the prototype instead of a key.
          if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
          else o[k] = v;
        });
        return o;
      }
      default:
        return d satisfies never;
    }
  };
  return build(def) as Tree<T>;
}

export function defEquals(a: TreeDef, b: TreeDef): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'leaf':
      return true;
    case 'static':
      // Object.is so that a static NaN equals itself (=== would make such a tree unequal to itself).
      return b.kind === 'static' && (a.value === b.value || Object.is(a.value, b.value));
    case 'array':
      return b.kind === 'array' && a.children.length === b.children.length && a.children.every((c, i) => defEquals(c, b.children[i]));
    case 'object':
      return (
        b.kind === 'object' &&
        a.keys.length === b.keys.length &&
        a.keys.every((k, i) => k === b.keys[i]) &&
        a.children.every((c, i) => defEquals(c, b.children[i]))
      );
    default:
      return a satisfies never;
  }
}

/** True when two trees have the same structure (same containers, keys and static values). */
export function structureEquals(a: unknown, b: unknown): boolean {
  return defEquals(flatten(a)[1], flatten(b)[1]);
}

/**
 * Apply `fn` to every tensor leaf of `first`, with the matching leaves of `rest` (same
 * structure required). When `fn` returns tensors the result has `first`'s type, so
 * `tree.map((p, g) => p.sub(g.mul(lr)), params, grads)` stays typed as the params.
 */
export function map<T>(fn: (leaf: Tensor, ...rest: Tensor[]) => Tensor, first: T, ...rest: unknown[]): T;
export function map<R>(fn: (leaf: Tensor, ...rest: Tensor[]) => R, first: unknown, ...rest: unknown[]): Tree<R>;
export function map<R, T = Tensor>(fn: (leaf: T, ...rest: T[]) => R, first: Tree<T>, ...rest: Tree<T>[]): Tree<R>;
export function map(fn: (leaf: Tensor, ...rest: Tensor[]) => unknown, first: unknown, ...rest: unknown[]): unknown {
  const [l0, d0] = flatten(first as Tree);
  const others = rest.map((r, i) => {
    const [l, d] = flatten(r as Tree);
    if (!defEquals(d0, d)) throw new Error(`tree.map: tree ${i + 1} does not have the structure of the first tree`);
    return l;
  });
  return unflatten(
    d0,
    l0.map((x, j) => fn(x, ...others.map((o) => o[j]))),
  );
}

/** Zip several trees of the same structure into one tree of arrays at the leaves. */
export function zip<T = Tensor>(...trees: Tree<T>[]): Tree<T[]> {
  if (trees.length === 0) throw new Error('tree.zip: needs at least one tree');
  const [l0, d0] = flatten(trees[0]);
  const all = trees.map((t, i) => {
    const [l, d] = flatten(t);
    if (!defEquals(d0, d)) throw new Error(`tree.zip: tree ${i} does not have the structure of tree 0`);
    return l;
  });
  return unflatten<T[]>(
    d0,
    l0.map((_, j) => all.map((l) => l[j])),
  );
}

/** Leaf paths (`.a.b[0]`) in flatten order — for error messages and checkpoints. */
export function paths(t: Tree<unknown>): string[] {
  // Walk the definition flatten builds, so that order, cycle and unsupported-node errors agree.
  const out: string[] = [];
  const walk = (d: TreeDef, path: string): void => {
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
        return d satisfies never;
    }
  };
  walk(flatten(t)[1], '');
  return out;
}
