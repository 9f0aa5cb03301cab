export type Shape = readonly number[];
export declare function sizeOf(shape: Shape): number;
export declare function stridesOf(shape: Shape): number[];
export declare function shapeEq(a: Shape, b: Shape): boolean;
export declare function fmt(shape: Shape): string;
/**
 * Raise unless an argument's shape `got` matches `want` axis by axis (null: any size), naming
 * the function, the argument and the expected shape in symbols and numbers, e.g.
 * `learn.sequenceGradients: batch.targets must be [B, T, dOutput] = [4, 16, 2], got [4, 0, 2]`.
 * `symbols` names each axis of `want`; `note` follows the expected shape (say why it is expected).
 */
export declare function expectShape(where: string, name: string, got: Shape | undefined, symbols: readonly string[], want: readonly (number | null)[], note?: string): void;
/** numpy broadcasting of two shapes; `op` names the operation in errors. */
export declare function broadcastShapes(op: string, a: Shape, b: Shape): readonly number[];
/** Strides for reading an array of shape `inShape` as if broadcast to `outShape` (0 on broadcast axes). */
export declare function broadcastStrides(inShape: Shape, outShape: Shape): number[];
/** Normalise a possibly-negative axis against `rank`, with an error naming the op. */
export declare function normAxis(op: string, axis: number, rank: number): number;
/** Normalise an axis argument (one, several, or all when undefined) to sorted unique axes. */
export declare function normAxes(op: string, axis: number | readonly number[] | undefined | null, rank: number): number[];
export declare function checkShape(op: string, shape: readonly number[]): void;
/**
 * For each item of a broadcast batch `outBatch`, the flat index of the item to read from an
 * operand whose batch shape is `inBatch` (batched linear algebra over leading axes).
 */
export declare function batchIndex(inBatch: Shape, outBatch: Shape): Int32Array;
