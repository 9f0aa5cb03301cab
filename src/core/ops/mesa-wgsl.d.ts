/**
 * WebGPU kernels of the fused mesa-layer ops (mesa.ts): one invocation per sequence
 * loops over time exactly as the CPU kernels do, in f32 (the CPU computes in f64). R, S and the
 * adjoints Ŝ, Â live in a per-sequence scratch storage buffer, so any d, e work (d_k = 32
 * included). Inputs are first packed into one buffer by a copy dispatch so that every shader
 * stays within the guaranteed 8 storage buffers per stage.
 *
 * The CPU's argument checks on λ > 0 and γ ∈ (0, 1] are not repeated on the GPU (a shader
 * cannot throw): invalid values give meaningless (typically non-finite) results.
 */
import type { DeviceBuffer, TensorMeta } from '../backend.js';
import type { GpuContext } from '../backends/webgpu/context.js';
export interface MesaGpuParams {
    readonly forget: boolean;
    readonly every: number;
}
export declare function mesaForwardGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], _om: readonly TensorMeta[], p: MesaGpuParams): void;
export declare function mesaBackwardGpu(gpu: GpuContext, ins: readonly DeviceBuffer[], inMeta: readonly TensorMeta[], outs: DeviceBuffer[], _om: readonly TensorMeta[], p: MesaGpuParams): void;
