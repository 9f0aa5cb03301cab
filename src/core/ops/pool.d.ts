import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
import type { ConvPadding, Pair } from './conv.js';
/** Window, stride and padding of a pooling (resolved to numbers). */
export interface Pool2dParams {
    readonly kernel: readonly [number, number];
    readonly stride: readonly [number, number];
    /** [top, bottom, left, right]. */
    readonly pad: readonly [number, number, number, number];
}
/** Geometry of a pooling: x [B, C, H, W] -> [B, C, OH, OW]. */
export interface PoolGeometry {
    readonly B: number;
    readonly C: number;
    readonly H: number;
    readonly W: number;
    readonly OH: number;
    readonly OW: number;
    readonly kH: number;
    readonly kW: number;
    readonly sH: number;
    readonly sW: number;
    readonly pT: number;
    readonly pL: number;
}
export declare function poolGeometry(op: string, shape: readonly number[], p: Pool2dParams): PoolGeometry;
/** Max pooling and the flat index of each maximum, as a composition (max and argmax over the stacked windows). */
export declare function maxPool2dReference([x]: readonly Tensor[], p: Pool2dParams): Tensor[];
/** Average pooling as a depthwise convolution with the constant filter 1/(kH·kW) (zeros of the padding counted). */
export declare function avgPool2dReference([x]: readonly Tensor[], p: Pool2dParams): Tensor[];
export declare const maxPool2dOp: OpDef<'maxPool2d'>;
/** `maxPool2dGrad`: the pooling's parameters and the spatial size [H, W] of its input. */
export interface MaxPool2dGradParams extends Pool2dParams {
    readonly inputSize: readonly [number, number];
}
/** ∂x as a scatter-add of ḡ at the indices of the maxima (the reference of `maxPool2dGrad`). */
export declare function maxPool2dGradReference([idx, gy]: readonly Tensor[], p: MaxPool2dGradParams): Tensor[];
/**
 * The VJP of max pooling: ∂x[b, c, h, w] = Σ of ḡ over the windows whose maximum is x[b, c, h, w].
 * Inputs: the indices of the maxima (i32) and ḡ, both [B, C, OH, OW]. Linear in ḡ; its own VJP
 * gathers the cotangent at the same indices (so derivatives nest). A primitive rather than the
 * scatter-add of its reference because each ∂x element has at most ⌈kH/sH⌉·⌈kW/sW⌉ windows to
 * look at, where a general scatter-add on WebGPU scans every update of its row.
 */
export declare const maxPool2dGradOp: OpDef<'maxPool2dGrad'>;
export declare const avgPool2dOp: OpDef<'avgPool2d'>;
/** `globalAvgPool` takes no parameters. */
export type GlobalPoolParams = Record<string, never>;
export declare const globalAvgPoolOp: OpDef<'globalAvgPool'>;
export interface Pool2dOptions {
    /** The window [kH, kW] (or one number for both). */
    readonly kernel: Pair;
    /** Default: the window (non-overlapping windows). */
    readonly stride?: Pair;
    /**
     * Default 'valid' (0). A number or [h, w] pads both sides, at most half the window (so that every
     * window holds an element of x); 'same': OH = ⌈H / sH⌉ (see `conv2d`).
     */
    readonly padding?: ConvPadding;
}
/** Resolve pooling options for x [B, C, H, W]; errors name the op and the option. */
export declare function poolParams(op: string, x: Tensor, options: Pool2dOptions): Pool2dParams;
/**
 * Max pooling, NCHW: y[b, c, p, q] = max over the window at (p·sH − pT, q·sW − pL) of x.
 * x: [B, C, H, W] -> [B, C, OH, OW], OH = ⌊(H + pT + pB − kH)/sH⌋ + 1. Differentiable to any
 * order (the gradient goes to the maximum of each window, the first on ties).
 */
export declare function maxPool2d(x: Tensor, options: Pool2dOptions): Tensor;
/**
 * Average pooling, NCHW: y[b, c, p, q] = mean of the window (padding zeros count, as PyTorch's
 * default `count_include_pad`). x: [B, C, H, W] -> [B, C, OH, OW].
 */
export declare function avgPool2d(x: Tensor, options: Pool2dOptions): Tensor;
/** Mean over the spatial axes: x [B, C, H, W] -> [B, C]. */
export declare function globalAvgPool(x: Tensor): Tensor;
