/**
 * WebGPU kernels of the convolutions (conv.ts) and poolings (pool.ts), f32: direct loops, one
 * invocation per output element.
 *
 *   conv2d            y[b, o, p, q]   = Σ_{c, i, j} w[o, c, i, j] x[b, g·C/G + c, p·sH + i·dH − pT, q·sW + j·dW − pL]
 *   conv2dInputGrad   ∂x[b, c, h, v]  = Σ_{o ∈ group(c), i, j} ḡ[b, o, p, q] w[o, c mod C/G, i, j]
 *                                        over the (p, q) with p·sH = h + pT − i·dH (and likewise q)
 *   conv2dFilterGrad  ∂w[o, c, i, j]  = Σ_{b, p, q} ḡ[b, o, p, q] x[b, g(o)·C/G + c, p·sH + i·dH − pT, …]
 *
 * The geometry travels in the uniform block (see `convWords`), so one pipeline serves every shape.
 */
import type { DeviceBuffer } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
import type { ConvGeometry } from './conv-kernels.js';
import type { PoolGeometry } from './pool.js';
/** y = conv2d(x, w) (f32). */
export declare function gpuConv(gpu: GpuContext, x: DeviceBuffer, w: DeviceBuffer, y: DeviceBuffer, g: ConvGeometry): void;
/** ∂x from ḡ and w (f32). */
export declare function gpuConvInputGrad(gpu: GpuContext, gy: DeviceBuffer, w: DeviceBuffer, dx: DeviceBuffer, g: ConvGeometry): void;
/** ∂w from x and ḡ (f32). */
export declare function gpuConvFilterGrad(gpu: GpuContext, x: DeviceBuffer, gy: DeviceBuffer, dw: DeviceBuffer, g: ConvGeometry): void;
/** Max pooling with the flat index of each maximum (f32). */
export declare function gpuMaxPool(gpu: GpuContext, x: DeviceBuffer, y: DeviceBuffer, idx: DeviceBuffer, g: PoolGeometry): void;
/** ∂x of max pooling from the indices of the maxima and ḡ (f32). */
export declare function gpuMaxPoolGrad(gpu: GpuContext, idx: DeviceBuffer, gy: DeviceBuffer, dx: DeviceBuffer, g: PoolGeometry): void;
/** Average pooling, padding counted (f32). */
export declare function gpuAvgPool(gpu: GpuContext, x: DeviceBuffer, y: DeviceBuffer, g: PoolGeometry): void;
/** Mean over each of `rows` contiguous runs of n elements (f32). */
export declare function gpuGlobalAvgPool(gpu: GpuContext, x: DeviceBuffer, y: DeviceBuffer, rows: number, n: number): void;
