/**
 * CPU kernels of the 2-D convolutions (conv.ts) as matrix products over unfolded patches
 * ("im2col"). With K = (C/G)·kH·kW the patch length of one group and N = B·OH·OW the output
 * positions of the whole batch, the patches of group g form the matrix
 *
 *   X̂_g [K, N]:  X̂_g[(c, i, j), (b, oh, ow)] = x_pad[b, g·C/G + c, oh·sH + i·dH, ow·sW + j·dW]
 *
 * (zero where the index falls into the padding), and with W_g [O/G, K] the group's filters and
 * Y_g [O/G, N] its outputs (G the cotangent of y, likewise laid out [O/G, N] per group):
 *
 *   forward        Y_gᵀ = X̂_gᵀ W_gᵀ                [N, O/G]
 *   input grad     ∂X̂_g = W_gᵀ G_g                 [K, N], then ∂x = col2im(∂X̂)  (the adjoint of the unfolding)
 *   filter grad    ∂W_gᵀ = X̂_g G_gᵀ                [K, O/G]
 *
 * Each product is oriented so that its long axis (N or K, not O/G) is the rows of the result:
 * the gemm splits rows across threads and packs the short operand once per task. Measured on
 * the ConvNet's second layer (B = 25, 64 → 64 channels, 14×14, 3×3; 2 cores, Wasm SIMD), the
 * forward product took 11 ms as X̂ᵀWᵀ and 30–44 ms as W X̂, the filter gradient 10 ms as X̂Gᵀ
 * and 15 ms as G X̂ᵀ.
 *
 * Keeping the batch inside N makes every product one large GEMM per group (no sum over the
 * batch afterwards); the only copies are the unfolding itself and the [O, B, P] ↔ [B, O, P]
 * transposes of y and of its cotangent (P = OH·OW), a factor K smaller than the products.
 *
 * These are the TypeScript kernels (the products on gemmBlock). The
 * Wasm kernels (src/core/backends/wasm/conv.ts) follow the same layouts with the unfolding, its
 * adjoint and the layout changes as Wasm kernels too (assembly/conv.ts), so that nothing but the
 * operands and the result crosses between JavaScript and linear memory.
 */
import type { AnyTypedArray } from '../dtype.js';
/** Geometry of one convolution: x [B, C, H, W], w [O, C/G, kH, kW], y [B, O, OH, OW]. */
export interface ConvGeometry {
    readonly B: number;
    readonly C: number;
    readonly H: number;
    readonly W: number;
    readonly O: number;
    readonly kH: number;
    readonly kW: number;
    readonly OH: number;
    readonly OW: number;
    readonly sH: number;
    readonly sW: number;
    readonly dH: number;
    readonly dW: number;
    /** Zeros before the first row and column. */
    readonly pT: number;
    readonly pL: number;
    readonly G: number;
}
/** The unfolded patches X̂ [C·kH·kW, N] (= [G, K, N]) of x [B, C, H, W]. */
export declare function im2col(x: AnyTypedArray, g: ConvGeometry, out: AnyTypedArray): void;
/** The adjoint of `im2col`: dx [B, C, H, W] = Σ of the patch cotangents over the positions they came from. */
export declare function col2im(cols: AnyTypedArray, g: ConvGeometry, dx: AnyTypedArray): void;
/** y [B, O, OH, OW] = conv(x, w). */
export declare function convForward(x: AnyTypedArray, w: AnyTypedArray, y: AnyTypedArray, g: ConvGeometry): void;
/** dx [B, C, H, W] from the cotangent gy [B, O, OH, OW] and w. */
export declare function convInputGrad(gy: AnyTypedArray, w: AnyTypedArray, dx: AnyTypedArray, g: ConvGeometry): void;
/** dw [O, C/G, kH, kW] from x and the cotangent gy [B, O, OH, OW]. */
export declare function convFilterGrad(x: AnyTypedArray, gy: AnyTypedArray, dw: AnyTypedArray, g: ConvGeometry): void;
