/** A GPU storage buffer shared by the tensors that view it (reshape shares buffers). */
export class GpuBuffer {
    buffer;
    bytes;
    dtype;
    __deviceBuffer = true;
    /** Tensors (and scopes) holding this buffer; at 0 it returns to the pool. */
    refs = 0;
    released = false;
    constructor(buffer, 
    /** Bytes usable (the allocation may be larger: size buckets). */
    bytes, dtype) {
        this.buffer = buffer;
        this.bytes = bytes;
        this.dtype = dtype;
    }
}
/** Largest number of workgroups per dimension WebGPU guarantees. */
export const MAX_WORKGROUPS = 65535;
/** Split `n` workgroups into an x × y grid (kernels compute id = gid.x + gid.y · nx · wgSize). */
export function grid(n) {
    if (n <= MAX_WORKGROUPS)
        return [Math.max(n, 1), 1];
    const y = Math.ceil(n / MAX_WORKGROUPS);
    return [Math.ceil(n / y), y];
}
const BATCH_DISPATCHES = 256;
const UNIFORM_ALIGN = 256;
const ARENA_BYTES = BATCH_DISPATCHES * UNIFORM_ALIGN;
function bucketBytes(bytes) {
    // Powers of two up to 1 MiB, then multiples of 1 MiB: reuse without wasting too much.
    const b = Math.max(bytes, 16);
    if (b <= 1 << 20)
        return 2 ** Math.ceil(Math.log2(b));
    return Math.ceil(b / (1 << 20)) * (1 << 20);
}
export class GpuContext {
    device;
    adapterName;
    pipelines = new Map();
    pool = new Map();
    encoder = null;
    pass = null;
    pending = 0;
    arena;
    arenaHost = new Uint8Array(ARENA_BYTES);
    arenaUsed = 0;
    /** Live (not pooled) buffers, for leak checks. */
    liveBuffers = 0;
    dispatches = 0;
    debug;
    constructor(device, adapterName) {
        this.device = device;
        this.adapterName = adapterName;
        this.arena = this.newArena();
        const env = typeof process !== 'undefined' ? process.env.LOOPLAB_DEBUG : undefined;
        this.debug = env === undefined ? 0 : Number(env) || 0;
    }
    newArena() {
        return this.device.createBuffer({ size: ARENA_BYTES, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST });
    }
    /** A storage buffer of at least `bytes` bytes from the pool. */
    allocate(bytes, dtype) {
        const size = bucketBytes(bytes);
        const free = this.pool.get(size);
        const buffer = free?.pop() ?? this.device.createBuffer({ size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
        this.liveBuffers++;
        return new GpuBuffer(buffer, bytes, dtype);
    }
    /** Return a buffer to the pool (recorded commands that use it still run first: same queue). */
    recycle(b) {
        if (b.released)
            return;
        b.released = true;
        this.liveBuffers--;
        const size = b.buffer.size;
        let list = this.pool.get(size);
        if (!list)
            this.pool.set(size, (list = []));
        list.push(b.buffer);
    }
    pipeline(d) {
        let p = this.pipelines.get(d.key);
        if (!p) {
            const code = d.code();
            if (this.debug >= 2)
                console.error(`[looplab webgpu] WGSL ${d.key}\n${code}`);
            p = this.device.createComputePipeline({ layout: 'auto', compute: { module: this.device.createShaderModule({ code }), entryPoint: 'main' } });
            this.pipelines.set(d.key, p);
        }
        return p;
    }
    /** Record one dispatch into the current batch. */
    run(d) {
        for (const list of [d.inputs, d.outputs]) {
            for (const b of list) {
                if (b.released)
                    throw new Error(`webgpu ${d.key}: a tensor used here was already released (by scope() or dispose())`);
            }
        }
        const pipeline = this.pipeline(d);
        if (this.debug >= 1)
            console.error(`[looplab webgpu] dispatch ${d.key} [${d.workgroups.join(', ')}]`);
        if (d.uniforms && this.arenaUsed + UNIFORM_ALIGN > ARENA_BYTES)
            this.flush();
        if (!this.encoder) {
            this.encoder = this.device.createCommandEncoder();
            this.pass = this.encoder.beginComputePass();
        }
        const entries = [];
        let binding = 0;
        for (const b of d.inputs)
            entries.push({ binding: binding++, resource: { buffer: b.buffer, size: Math.max(alignedSize(b.bytes), 4) } });
        for (const b of d.outputs)
            entries.push({ binding: binding++, resource: { buffer: b.buffer, size: Math.max(alignedSize(b.bytes), 4) } });
        if (d.uniforms) {
            const offset = this.arenaUsed;
            if (d.uniforms.byteLength > UNIFORM_ALIGN)
                throw new Error(`webgpu ${d.key}: more than ${UNIFORM_ALIGN} bytes of uniforms`);
            this.arenaHost.set(new Uint8Array(d.uniforms.buffer, d.uniforms.byteOffset, d.uniforms.byteLength), offset);
            this.arenaUsed += UNIFORM_ALIGN;
            entries.push({ binding: binding++, resource: { buffer: this.arena, offset, size: Math.max(16, Math.ceil(d.uniforms.byteLength / 16) * 16) } });
        }
        const pass = this.pass;
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, this.device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries }));
        const [x, y = 1, z = 1] = d.workgroups;
        pass.dispatchWorkgroups(x, y, z);
        this.dispatches++;
        if (++this.pending >= BATCH_DISPATCHES)
            this.flush();
    }
    /** Submit everything recorded so far (the uniform arena is uploaded first). */
    flush() {
        if (!this.encoder)
            return;
        this.pass.end();
        if (this.arenaUsed > 0)
            this.device.queue.writeBuffer(this.arena, 0, this.arenaHost, 0, this.arenaUsed);
        this.device.queue.submit([this.encoder.finish()]);
        this.encoder = null;
        this.pass = null;
        this.pending = 0;
        if (this.arenaUsed > 0) {
            // The submitted batch still reads this arena: the next batch writes a fresh one.
            this.retire(this.arena);
            this.arena = this.newArena();
            this.arenaHost = new Uint8Array(ARENA_BYTES);
            this.arenaUsed = 0;
        }
    }
    retired = [];
    retire(b) {
        this.retired.push(b);
        // Destroy arenas once the queue has finished the work that used them.
        if (this.retired.length >= 8) {
            const old = this.retired.splice(0);
            void this.device.queue.onSubmittedWorkDone().then(() => old.forEach((o) => o.destroy()));
        }
    }
    /** Upload host bytes into `b` (after submitting pending work, so the upload cannot overtake it). */
    write(b, data) {
        this.flush();
        this.device.queue.writeBuffer(b.buffer, 0, data.buffer, data.byteOffset, alignedSize(data.byteLength));
    }
    /** Copy `bytes` bytes of `b` back to the host. */
    async read(b, bytes) {
        if (b.released)
            throw new Error('webgpu: reading a tensor that was already released (by scope() or dispose())');
        const size = alignedSize(Math.max(bytes, 4));
        const staging = this.device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST });
        this.flush();
        const enc = this.device.createCommandEncoder();
        enc.copyBufferToBuffer(b.buffer, 0, staging, 0, size);
        this.device.queue.submit([enc.finish()]);
        await staging.mapAsync(GPUMapMode.READ);
        const out = staging.getMappedRange().slice(0, bytes);
        staging.unmap();
        staging.destroy();
        return out;
    }
}
/** Copies and bindings work in multiples of 4 bytes. */
export function alignedSize(bytes) {
    return Math.ceil(bytes / 4) * 4;
}
//# sourceMappingURL=context.js.map