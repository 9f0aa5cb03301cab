/**
 * Tensor methods: `x.add(y)` is `add(x, y)`. Attached to the prototype here (rather than in the
 * class body) so that tensor.ts does not import every op family.
 */
import type { DType } from './dtype.js';
import type { DeviceName } from './backend.js';
import type { TensorLike } from './ops/elementwise.js';
import type { Axis } from './ops/reduce.js';
import type { SliceSpec } from './ops/movement.js';
import type { IndexLike } from './ops/indexing.js';
import type { SortOptions } from './ops/sort.js';
import type { CumulativeOptions } from './ops/cumulative.js';
declare module './tensor.js' {
    interface Tensor {
        add(o: TensorLike): Tensor;
        sub(o: TensorLike): Tensor;
        mul(o: TensorLike): Tensor;
        div(o: TensorLike): Tensor;
        pow(o: TensorLike): Tensor;
        maximum(o: TensorLike): Tensor;
        minimum(o: TensorLike): Tensor;
        eq(o: TensorLike): Tensor;
        ne(o: TensorLike): Tensor;
        lt(o: TensorLike): Tensor;
        le(o: TensorLike): Tensor;
        gt(o: TensorLike): Tensor;
        ge(o: TensorLike): Tensor;
        neg(): Tensor;
        exp(): Tensor;
        log(): Tensor;
        log1p(): Tensor;
        expm1(): Tensor;
        sqrt(): Tensor;
        rsqrt(): Tensor;
        square(): Tensor;
        abs(): Tensor;
        sign(): Tensor;
        sin(): Tensor;
        cos(): Tensor;
        tanh(): Tensor;
        sigmoid(): Tensor;
        relu(): Tensor;
        gelu(approximate?: boolean): Tensor;
        softplus(): Tensor;
        erf(): Tensor;
        clip(lo: TensorLike, hi: TensorLike): Tensor;
        cast(dtype: DType): Tensor;
        sum(axis?: Axis, keepdims?: boolean): Tensor;
        mean(axis?: Axis, keepdims?: boolean): Tensor;
        max(axis?: Axis, keepdims?: boolean): Tensor;
        min(axis?: Axis, keepdims?: boolean): Tensor;
        prod(axis?: Axis, keepdims?: boolean): Tensor;
        /** `variance(x, …)` under numpy's method name (`var` is reserved for the function). */
        var(axis?: Axis, keepdims?: boolean, ddof?: number): Tensor;
        logsumexp(axis?: Axis, keepdims?: boolean): Tensor;
        argmax(axis?: number, keepdims?: boolean): Tensor;
        argmin(axis?: number, keepdims?: boolean): Tensor;
        matmul(o: Tensor): Tensor;
        reshape(shape: readonly number[]): Tensor;
        transpose(perm?: readonly number[]): Tensor;
        broadcastTo(shape: readonly number[]): Tensor;
        squeeze(axis?: number | readonly number[]): Tensor;
        unsqueeze(axis: number): Tensor;
        /** Matrix transpose of the last two axes. */
        readonly mT: Tensor;
        /** A copy on `device` (async: reading back from a GPU is asynchronous). */
        to(device: DeviceName): Promise<Tensor>;
        /** numpy basic indexing over the leading axes (see `slice`). */
        slice(...specs: readonly SliceSpec[]): Tensor;
        sliceAxis(axis: number, start: number | null, stop?: number | null, step?: number | null): Tensor;
        flip(axes?: number | readonly number[]): Tensor;
        pad(widths: readonly (readonly [number, number])[], value?: number): Tensor;
        split(sectionsOrIndices: number | readonly number[], axis?: number): Tensor[];
        take(indices: IndexLike, axis?: number): Tensor;
        takeAlongAxis(indices: Tensor, axis: number): Tensor;
        scatterAdd(indices: Tensor, updates: Tensor, axis: number): Tensor;
        /** Sorted along `axis` (default −1); stable, NaN last. */
        sort(axis?: number, options?: SortOptions): Tensor;
        argsort(axis?: number, options?: SortOptions): Tensor;
        /** [values, indices] of the k largest along `axis` (default −1). */
        topk(k: number, axis?: number): [Tensor, Tensor];
        cumsum(axis: number, options?: CumulativeOptions): Tensor;
        cumprod(axis: number, options?: CumulativeOptions): Tensor;
    }
}
