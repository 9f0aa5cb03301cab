import { Tensor } from './tensor.js';
/**
 * `vjp(f, ...primals) -> [out, pullback]`: evaluate f and return a function mapping an output
 * cotangent (a tree shaped like `out`) to one cotangent tree per primal.
 */
export declare function vjp<P extends unknown[], Out>(f: (...args: P) => Out, ...primals: P): [Out, (cotangent: Out) => P];
export interface GradOptions {
    /** Which positional argument(s) to differentiate (default 0). */
    argnums?: number | readonly number[];
    /**
     * When true, f returns `[value, aux]`: a scalar to differentiate and auxiliary data (any
     * value or tree: metrics, new state) returned beside it, not differentiated (JAX's `has_aux`).
     */
    hasAux?: boolean;
}
/** The gradient's type: the differentiated argument's type, or a tuple of them for several argnums. */
export type GradOf<A extends unknown[], N> = N extends number ? A[N] : N extends readonly number[] ? {
    -readonly [K in keyof N]: A[N[K] & number];
} : A[0];
/**
 * `valueAndGrad(f, { argnums, hasAux })(...args) -> [value, grads]` for scalar-valued f. With a
 * single argnum (default 0) the gradient has the type and tree structure of that argument; with
 * an array of argnums it is a tuple of them. With `hasAux: true`, f returns `[value, aux]` and
 * the result is `[[value, aux], grads]` (JAX semantics); aux is not differentiated.
 *
 * @example const [loss, g] = valueAndGrad(lossFn)(params, x, y); // g: typeof params
 * @example const [[loss, metrics], g] = valueAndGrad(lossWithMetrics, { hasAux: true })(params, batch);
 */
export declare function valueAndGrad<A extends unknown[]>(f: (...args: A) => Tensor): (...args: A) => [Tensor, A[0]];
export declare function valueAndGrad<A extends unknown[], const N extends number | readonly number[]>(f: (...args: A) => Tensor, options: {
    argnums: N;
    hasAux?: false;
}): (...args: A) => [Tensor, GradOf<A, N>];
export declare function valueAndGrad<A extends unknown[], Aux>(f: (...args: A) => readonly [Tensor, Aux], options: {
    hasAux: true;
    argnums?: undefined;
}): (...args: A) => [[Tensor, Aux], A[0]];
export declare function valueAndGrad<A extends unknown[], Aux, const N extends number | readonly number[]>(f: (...args: A) => readonly [Tensor, Aux], options: {
    argnums: N;
    hasAux: true;
}): (...args: A) => [[Tensor, Aux], GradOf<A, N>];
export declare function valueAndGrad<A extends unknown[]>(f: (...args: A) => Tensor, options?: GradOptions): (...args: A) => [Tensor, unknown];
/**
 * `grad(f, { argnums, hasAux })(...args)`: the gradient of scalar-valued f (see valueAndGrad).
 * With `hasAux: true`, f returns `[value, aux]` and the result is `[grads, aux]` (JAX semantics).
 */
export declare function grad<A extends unknown[]>(f: (...args: A) => Tensor): (...args: A) => A[0];
export declare function grad<A extends unknown[], const N extends number | readonly number[]>(f: (...args: A) => Tensor, options: {
    argnums: N;
    hasAux?: false;
}): (...args: A) => GradOf<A, N>;
export declare function grad<A extends unknown[], Aux>(f: (...args: A) => readonly [Tensor, Aux], options: {
    hasAux: true;
    argnums?: undefined;
}): (...args: A) => [A[0], Aux];
export declare function grad<A extends unknown[], Aux, const N extends number | readonly number[]>(f: (...args: A) => readonly [Tensor, Aux], options: {
    argnums: N;
    hasAux: true;
}): (...args: A) => [GradOf<A, N>, Aux];
export declare function grad<A extends unknown[]>(f: (...args: A) => Tensor, options?: GradOptions): (...args: A) => unknown;
/**
 * `jvp(f, primals, tangents) -> [out, tangentOut]`: the directional derivative J·v of f at
 * `primals` along `tangents` (trees shaped like the primals).
 */
export declare function jvp<P extends unknown[], Out>(f: (...args: P) => Out, primals: P, tangents: P): [Out, Out];
/** Sum of elementwise products of two trees with the same structure. */
export declare function vdot(a: unknown, b: unknown): Tensor;
/**
 * Hessian–vector product H(x)·v of scalar f at x (trees), by reverse-over-reverse:
 * ∇ₓ ⟨∇f(x), v⟩.
 */
export declare function hvp<T>(f: (x: T) => Tensor, x: T, v: T): T;
/** The same values with no gradient flowing back (a tree of tensors in, the same tree out). */
export declare function stopGradient<T>(x: T): T;
/**
 * Define a function with a hand-written VJP, as JAX's `custom_vjp`:
 *   fwd(...args) -> [out, residuals]; bwd(residuals, cotangentOut) -> one cotangent per arg.
 * `f` is used when nothing is being differentiated. fwd runs on the traced arguments, so
 * residuals keep their own history and bwd (written with differentiable ops) nests.
 */
export declare function customVjp<A extends unknown[], Out, R>(f: (...args: A) => Out, fwd: (...args: A) => [Out, R], bwd: (residuals: R, cotangent: Out) => unknown[]): (...args: A) => Out;
