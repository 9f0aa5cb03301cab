/**
 * Return `t` unchanged when every floating leaf is finite; otherwise throw an Error naming
 * `label`, the path of the first leaf (in flatten order) holding NaN or ±Infinity, how many
 * such values it holds and the flat index of the first. Integer and bool leaves are always
 * finite. Reads every leaf (`dataSync`, so CPU tensors only).
 *
 * @example checkFinite(grads, `grads at step ${step}`)
 */
export declare function checkFinite<T>(t: T, label: string): T;
