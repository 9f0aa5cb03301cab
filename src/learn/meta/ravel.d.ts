import type { Tensor } from '../../core/tensor.js';
export interface Raveled<P> {
    /** vec(φ): [n], n = the number of scalars in the tree. */
    vector: Tensor;
    /** The inverse of vec for trees of the same structure: [n] → tree. */
    unravel: (v: Tensor) => P;
}
/** Flatten a tree of tensors into one vector and return the inverse map. */
export declare function ravelTree<P>(params: P): Raveled<P>;
