/**
 * The convolutions (src/core/ops/conv-kernels.ts has the layouts and their derivation) entirely
 * in linear memory: the unfolding (im2col) or its adjoint (col2im), the products on the SIMD
 * gemm and the layout changes (copy2d) run as Wasm kernels over the arena, so the operands are
 * copied in once (or not at all when still resident) and only the result is copied out.
 */
import type { AnyTypedArray } from '../../dtype.js';
import type { ConvGeometry } from '../../ops/conv-kernels.js';
/** y [B, O, OH, OW] = conv(x, w) (conv-kernels.ts `convForward`); false when it declines. */
export declare function wasmConvForward(x: AnyTypedArray, w: AnyTypedArray, y: AnyTypedArray, g: ConvGeometry): boolean;
/** dx [B, C, H, W] from the cotangent gy [B, O, OH, OW] and w (conv-kernels.ts `convInputGrad`); false when it declines. */
export declare function wasmConvInputGrad(gy: AnyTypedArray, w: AnyTypedArray, dx: AnyTypedArray, g: ConvGeometry): boolean;
/** dw [O, C/G, kH, kW] from x and the cotangent gy [B, O, OH, OW] (conv-kernels.ts `convFilterGrad`); false when it declines. */
export declare function wasmConvFilterGrad(x: AnyTypedArray, gy: AnyTypedArray, dw: AnyTypedArray, g: ConvGeometry): boolean;
