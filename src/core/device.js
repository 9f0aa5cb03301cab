import { cpuBackend } from './backends/cpu.js';
import { heapEvict } from './backends/wasm/heap.js';
import { getBackend } from './backend.js';
import { fromTypedArray } from './creation.js';
import { webgpuBackend } from './backends/webgpu/backend.js';
import { currentScope, popScope, pushScope } from './backends/webgpu/scope.js';
import { flatten } from './tree.js';
/** A copy of `t` on `device` (the same tensor when it is already there). */
export async function toDevice(t, device) {
    if (t.device === device)
        return t;
    getBackend(device);
    const data = await t.data();
    return fromTypedArray(data, t.shape, t.dtype, device);
}
/**
 * Run `fn` and release the device memory of every tensor created inside it, except the
 * tensors in its return value (a tensor or any tree of tensors). Use it around a training
 * step on WebGPU so memory stays flat without waiting for garbage collection.
 *
 * `scope.step(prev, fn)` does the same for state carried from one training step to the next.
 *
 * @example const [loss, params2] = scope(() => trainStep(params, batch));
 */
function runScope(fn) {
    const s = pushScope();
    let out;
    let ok = false;
    try {
        out = fn();
        ok = true;
    }
    finally {
        popScope(s);
        if (!ok)
            releaseAll(s.entries, new Set());
    }
    if (out instanceof Promise) {
        releaseAll(s.entries, new Set());
        throw new Error('scope(fn): fn must be synchronous (tensors created after an await cannot be tracked)');
    }
    const keep = new Set(flatten(out)[0]);
    releaseAll(s.entries, keep);
    return out;
}
/**
 * One step of state carried across training steps: runs `fn` in a scope (its temporaries are
 * released, its return value kept), then releases every tensor of `prev` that the return value
 * does not hold (parameters and optimizer state replaced by the step). When `fn` throws,
 * `prev` is left untouched, so a run can still checkpoint or resume from it. Callers must not
 * use `prev` afterwards. On the CPU this only runs `fn`.
 *
 * @example
 * const [loss, next] = scope.step(state, () => {
 *   const [l, g] = lossAndGrad(state.params, batch);
 *   const [updates, opt] = optimizer.update(g, state.opt, state.params);
 *   return [l, { params: optim.applyUpdates(state.params, updates), opt }] as const;
 * });
 * state = next;
 */
function step(prev, fn) {
    const out = runScope(fn);
    const kept = new Set(flatten(out)[0]);
    for (const t of flatten(prev)[0])
        if (!kept.has(t))
            dispose(t);
    return out;
}
export const scope = Object.assign(runScope, { step });
function releaseAll(entries, keep) {
    const parent = currentScope();
    const moved = new Map();
    for (const e of entries) {
        if (!keep.has(e.tensor))
            untrack(e.tensor, e.buffer);
        else if (parent !== undefined)
            parent.add(e.tensor, e.buffer);
        else if (e.tensor.device === 'cpu') {
            // kept by the outermost scope: a CPU tensor leaves the tensor heap for an ordinary array
            const out = heapEvict(e.tensor, e.buffer, moved);
            if (out !== undefined)
                e.tensor.buffer = out;
        }
    }
}
function untrack(t, buffer) {
    if (t.device === 'cpu')
        cpuBackend.untrack?.(t, buffer);
    else
        webgpuBackend()?.untrack(t, buffer);
}
/**
 * Release a tensor's memory now; using it afterwards raises. WebGPU tensors, and CPU tensors in
 * the tensor heap (16 KiB and more); smaller CPU tensors are left to the garbage collector.
 */
export function dispose(t) {
    untrack(t, t.buffer);
}
//# sourceMappingURL=device.js.map