/**
 * Trees: parameters, gradients and optimizer states are plain nested arrays/objects whose
 * leaves are tensors. Non-tensor leaves (numbers, strings, booleans, null) are kept as static
 * structure. Object keys are visited in sorted order, so two trees with the same keys flatten
 * identically whatever their insertion order.
 */
import { Tensor } from './tensor.js';
/** Non-tensor values kept as structure (hyperparameters, names, flags); never leaves. */
export type Static = number | string | boolean | null | undefined;
export type Tree<T = Tensor> = T | Static | readonly Tree<T>[] | {
    readonly [key: string]: Tree<T>;
};
/** Static description of a tree's structure; `unflatten(def, leaves)` rebuilds it. */
export type TreeDef = {
    kind: 'leaf';
} | {
    kind: 'static';
    value: unknown;
} | {
    kind: 'array';
    children: TreeDef[];
} | {
    kind: 'object';
    keys: string[];
    children: TreeDef[];
};
/** Leaves in a deterministic order, and the structure to rebuild the tree. */
export declare function flatten<T = Tensor>(t: Tree<T>): [T[], TreeDef];
export declare function flatten(t: unknown): [Tensor[], TreeDef];
export declare function leaves<T = Tensor>(t: Tree<T>): T[];
export declare function leaves(t: unknown): Tensor[];
export declare function numLeaves(def: TreeDef): number;
export declare function unflatten<T>(def: TreeDef, leafValues: readonly T[]): Tree<T>;
export declare function defEquals(a: TreeDef, b: TreeDef): boolean;
/** True when two trees have the same structure (same containers, keys and static values). */
export declare function structureEquals(a: unknown, b: unknown): boolean;
/**
 * Apply `fn` to every tensor leaf of `first`, with the matching leaves of `rest` (same
 * structure required). When `fn` returns tensors the result has `first`'s type, so
 * `tree.map((p, g) => p.sub(g.mul(lr)), params, grads)` stays typed as the params.
 */
export declare function map<T>(fn: (leaf: Tensor, ...rest: Tensor[]) => Tensor, first: T, ...rest: unknown[]): T;
export declare function map<R>(fn: (leaf: Tensor, ...rest: Tensor[]) => R, first: unknown, ...rest: unknown[]): Tree<R>;
export declare function map<R, T = Tensor>(fn: (leaf: T, ...rest: T[]) => R, first: Tree<T>, ...rest: Tree<T>[]): Tree<R>;
/** Zip several trees of the same structure into one tree of arrays at the leaves. */
export declare function zip<T = Tensor>(...trees: Tree<T>[]): Tree<T[]>;
/** Leaf paths (`.a.b[0]`) in flatten order — for error messages and checkpoints. */
export declare function paths(t: Tree<unknown>): string[];
