import type { OpDef } from '../op.js';
import type { Tensor } from '../tensor.js';
/** Strides, dilations, zero padding and groups of a convolution (all resolved to numbers). */
export interface Conv2dParams {
    /** [sH, sW] ≥ 1. */
    readonly stride: readonly [number, number];
    /** [dH, dW] ≥ 1: the taps of the kernel are dH rows and dW columns apart. */
    readonly dilation: readonly [number, number];
    /** Zeros added [top, bottom, left, right]. */
    readonly pad: readonly [number, number, number, number];
    /** Channel groups G: C and O are multiples of G; group g maps channels g·C/G… to outputs g·O/G…. */
    readonly groups: number;
}
/** `conv2dInputGrad`: also the spatial size [H, W] of x (the output size alone does not fix it). */
export interface Conv2dInputGradParams extends Conv2dParams {
    readonly inputSize: readonly [number, number];
}
/** `conv2dFilterGrad`: also the kernel size [kH, kW]. */
export interface Conv2dFilterGradParams extends Conv2dParams {
    readonly kernelSize: readonly [number, number];
}
/** OH (or OW): ⌊(H + pads − d(k − 1) − 1)/s⌋ + 1; ≤ 0 when the dilated kernel does not fit. */
export declare function convOutSize(n: number, k: number, s: number, d: number, padBefore: number, padAfter: number): number;
/** y = W_g X̂_g per group, as a composition of differentiable ops. */
export declare function conv2dReference([x, w]: readonly Tensor[], p: Conv2dParams): Tensor[];
/** ∂x = col2im(W_gᵀ Ḡ_g): each tap's cotangent placed back where its patch came from, summed. */
export declare function conv2dInputGradReference([gy, w]: readonly Tensor[], p: Conv2dInputGradParams): Tensor[];
/** ∂W_g = Σ_b Ḡ_{b,g} X̂_{b,g}ᵀ. */
export declare function conv2dFilterGradReference([x, gy]: readonly Tensor[], p: Conv2dFilterGradParams): Tensor[];
export declare const conv2dOp: OpDef<'conv2d'>;
export declare const conv2dInputGradOp: OpDef<'conv2dInputGrad'>;
export declare const conv2dFilterGradOp: OpDef<'conv2dFilterGrad'>;
/** A size per spatial axis: one number for both, or [h, w]. */
export type Pair = number | readonly [number, number];
/** Zero padding: a number (all sides), [h, w] (top = bottom = h, left = right = w), 'valid' (none) or 'same'. */
export type ConvPadding = Pair | 'same' | 'valid';
export interface Conv2dOptions {
    /** Default 1. */
    readonly stride?: Pair;
    /**
     * Default 'valid' (0). 'same': OH = ⌈H / sH⌉ (= H at stride 1), the total padding
     * max((OH − 1)·sH + dH(kH − 1) + 1 − H, 0) split with the extra row, if odd, at the bottom
     * (and the extra column at the right), as TensorFlow does.
     */
    readonly padding?: ConvPadding;
    /** Default 1. */
    readonly dilation?: Pair;
    /** Default 1. */
    readonly groups?: number;
}
/** [a, b] of positive (or, with `min` 0, non-negative) integers from a number or pair; errors name the op and the option. */
export declare function pairOf(op: string, name: string, v: Pair | undefined, dflt: number, min?: number): [number, number];
/** 'same' padding of one axis: [before, after]. */
export declare function samePadding(n: number, k: number, s: number, d: number): [number, number];
/** Resolve the options of `conv2d` for x [B, C, H, W] and a kH × kW kernel. */
export declare function convParams(op: string, opts: Conv2dOptions, H: number, W: number, kH: number, kW: number): Conv2dParams;
/**
 * 2-D cross-correlation (the "convolution" of deep learning), NCHW:
 *
 *   y[b, o, p, q] = Σ_{c, i, j} w[o, c, i, j] · x_pad[b, g·C/G + c, p·sH + i·dH, q·sW + j·dW]
 *
 * x: [B, C, H, W], w: [O, C/groups, kH, kW] -> [B, O, OH, OW], OH = ⌊(H + pT + pB − dH(kH−1) − 1)/sH⌋ + 1.
 * f32 or f64 (mixed operands are promoted). Differentiable to any order in x and w.
 */
export declare function conv2d(x: Tensor, w: Tensor, options?: Conv2dOptions): Tensor;
/** A constant [1, 1, kH, kW] filter of `value` on x's device and dtype (average pooling as a convolution). */
export declare function constantFilter(like: Tensor, kH: number, kW: number, value: number): Tensor;
