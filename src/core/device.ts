/**
 * Moving tensors between devices and releasing device memory: `t.to(device)`, `scope(fn)`,
 * `dispose(t)`. On the CPU memory is garbage-collected and these are no-ops.
 */
import type { DeviceBuffer, DeviceName } from './backend.js';
import { cpuBackend } from './backends/cpu.js';
import { heapEvict } from './backends/wasm/heap.js';
import type { AnyTypedArray } from './dtype.js';
import { getBackend } from './backend.js';
import { fromTypedArray } from './creation.js';
import { webgpuBackend } from './backends/webgpu/backend.js';
import type { GpuBuffer } from './backends/webgpu/context.js';
import { currentScope, popScope, pushScope } from './backends/webgpu/scope.js';
import type { Tensor } from './tensor.js';
import { collectTensors } from './tree.js';

/** A copy of `t` on `device` (the same tensor when it is already there). */
export async function toDevice(t: Tensor, device: DeviceName): Promise<Tensor> {
  if (t.device === device) return t;
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
function runScope<T>(fn: () => T): T {
  const s = pushScope();
  let out: T;
  let ok = false;
  try {
    out = fn();
    ok = true;
  } finally {
    popScope(s);
    if (!ok) releaseAll(s.entries, new Set());
  }
  if (out instanceof Promise) {
    releaseAll(s.entries, new Set());
    throw new Error('scope(fn): fn must be synchronous (tensors created after an await cannot be tracked)');
  }
  const keep = new Set<object>(collectTensors(out));
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
function step<T>(prev: unknown, fn: () => T): T {
  const out = runScope(fn);
  const kept = new Set<object>(collectTensors(out));
  for (const t of collectTensors(prev)) if (!kept.has(t)) dispose(t);
  return out;
}

export const scope: (<T>(fn: () => T) => T) & { step: <T>(prev: unknown, fn: () => T) => T } = Object.assign(runScope, { step });

function releaseAll(entries: readonly { tensor: object; buffer: DeviceBuffer }[], keep: Set<object>): void {
  const parent = currentScope();
  const moved = new Map<object, AnyTypedArray>();
  for (const e of entries) {
    if (!keep.has(e.tensor)) untrack(e.tensor as Tensor, e.buffer);
    else if (parent !== undefined) parent.add(e.tensor, e.buffer);
    else if ((e.tensor as Tensor).device === 'cpu') {
      // kept by the outermost scope: a CPU tensor leaves the tensor heap for an ordinary array
      const out = heapEvict(e.tensor, e.buffer as AnyTypedArray, moved);
      if (out !== undefined) (e.tensor as { buffer: DeviceBuffer }).buffer = out;
    }
  }
}

function untrack(t: Tensor, buffer: DeviceBuffer): void {
  if (t.device === 'cpu') cpuBackend.untrack?.(t, buffer);
  else webgpuBackend()?.untrack(t, buffer as GpuBuffer);
}

/**
 * Release a tensor's memory now; using it afterwards raises. WebGPU tensors, and CPU tensors in
 * the tensor heap (16 KiB and more); smaller CPU tensors are left to the garbage collector.
 */
export function dispose(t: Tensor): void {
  untrack(t, t.buffer);
}
