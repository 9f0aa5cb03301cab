import { registerBackend } from '../../backend.js';
import { GpuBuffer, GpuContext } from './context.js';
import { currentScope } from './scope.js';
function bytesPer(dtype) {
    if (dtype === 'f64')
        throw new Error("webgpu: f64 is not available on WebGPU (WGSL has no 64-bit floats); cast to 'f32' or keep the tensor on the CPU");
    return 4;
}
function asGpu(b) {
    if (!(b instanceof GpuBuffer))
        throw new Error('webgpu: expected a WebGPU buffer (is a CPU tensor mixed with WebGPU tensors?)');
    return b;
}
export class WebGpuBackend {
    ctx;
    name = 'webgpu';
    registry = new FinalizationRegistry((b) => this.release(b));
    constructor(ctx) {
        this.ctx = ctx;
    }
    allocate(dtype, size) {
        return this.ctx.allocate(size * bytesPer(dtype), dtype);
    }
    fromHost(data) {
        const dtype = data instanceof Float32Array ? 'f32' : data instanceof Int32Array ? 'i32' : data instanceof Uint8Array ? 'bool' : 'f64';
        const b = this.allocate(dtype, data.length);
        if (data.length > 0)
            this.ctx.write(b, dtype === 'bool' ? Uint32Array.from(data) : data);
        return b;
    }
    free(buffer) {
        this.release(asGpu(buffer));
    }
    /** Drop one reference; the last one returns the buffer to the pool. */
    release(b) {
        if (b.released)
            return;
        if (--b.refs <= 0)
            this.ctx.recycle(b);
    }
    track(tensor, buffer) {
        const b = asGpu(buffer);
        b.refs++;
        this.registry.register(tensor, b, tensor);
        currentScope()?.add(tensor, b);
    }
    /** Release a tensor now (used by scopes and `dispose`). */
    untrack(tensor, b) {
        this.registry.unregister(tensor);
        this.release(b);
    }
    async read(buffer, dtype, size) {
        const bytes = await this.ctx.read(asGpu(buffer), size * 4);
        switch (dtype) {
            case 'f32':
                return new Float32Array(bytes);
            case 'i32':
                return new Int32Array(bytes);
            case 'bool':
                return Uint8Array.from(new Uint32Array(bytes));
            case 'f64':
                throw new Error('webgpu: f64 tensors cannot live on WebGPU');
            default:
                return dtype;
        }
    }
    readSync() {
        throw new Error("dataSync(), item() and toArray() need a CPU tensor: on WebGPU use `await t.data()` or `await t.to('cpu')`");
    }
    run(opName, kernels, ins, inMeta, outs, outMeta, params) {
        const k = kernels.webgpu;
        if (k === undefined)
            throw new Error(`${opName}: no WebGPU kernel for this op yet; compute it on the CPU (await t.to('cpu'))`);
        for (const m of inMeta)
            bytesPer(m.dtype);
        for (const m of outMeta)
            bytesPer(m.dtype);
        k(this.ctx, ins, inMeta, outs, outMeta, params);
    }
}
let active = null;
/**
 * Dawn's GPU object and adapter must stay reachable: in Node, garbage-collecting them destroys
 * the native instance under the live device (crashes in Dawn's threads at the next GC).
 */
const keepAlive = [];
export function webgpuBackend() {
    return active;
}
/**
 * Initialise the WebGPU backend (idempotent): uses `navigator.gpu` in browsers, the npm
 * package `webgpu` (Dawn) in Node. Throws with a clear message when no adapter is found.
 */
export async function initWebGPU(options = {}) {
    if (active)
        return { adapter: active.ctx.adapterName };
    let gpu = globalThis.navigator?.gpu;
    if (!gpu) {
        let mod;
        try {
            mod = (await import('webgpu'));
        }
        catch (e) {
            throw new Error(`initWebGPU: no navigator.gpu and the npm package 'webgpu' (Dawn for Node) could not be loaded: ${e.message}. Install it with: npm install webgpu`);
        }
        Object.assign(globalThis, mod.globals);
        gpu = mod.create(options.dawnFlags ?? []);
    }
    const adapter = await gpu.requestAdapter({ powerPreference: options.powerPreference });
    keepAlive.push(gpu, adapter);
    if (!adapter) {
        throw new Error("initWebGPU: no WebGPU adapter found. On Linux without a GPU, install a Vulkan driver (e.g. Debian's chromium package ships SwiftShader: " +
            'VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json) and libvulkan1');
    }
    const device = await adapter.requestDevice({
        requiredLimits: {
            maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
            maxBufferSize: adapter.limits.maxBufferSize,
            maxStorageBuffersPerShaderStage: adapter.limits.maxStorageBuffersPerShaderStage,
        },
    });
    const info = adapter.info;
    const name = [info?.vendor, info?.architecture, info?.device, info?.description].filter((s) => s).join(' ') || 'WebGPU adapter';
    active = new WebGpuBackend(new GpuContext(device, name));
    registerBackend(active);
    return { adapter: name };
}
/** Live and dispatched counts of the WebGPU backend (for leak checks and profiling). */
export function webgpuStats() {
    if (!active)
        throw new Error('webgpuStats: WebGPU is not initialised (await initWebGPU())');
    return { liveBuffers: active.ctx.liveBuffers, dispatches: active.ctx.dispatches };
}
//# sourceMappingURL=backend.js.map