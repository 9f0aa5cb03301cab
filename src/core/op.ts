/**
 * Op definitions and dispatch. An op is a record with its shape rule (`infer`), its kernels
 * (one per backend), and its VJP written with differentiable ops — side by side in the op
 * family's file. `runOp` allocates outputs on the inputs' device, runs the kernel and records
 * a graph node when a gradient trace is watching.
 */
import type { OpKernels, TensorMeta, DeviceName } from './backend.js';
import { getBackend, getDefaultDevice } from './backend.js';
import { isFloat } from './dtype.js';
import { liveTraces, makeNode } from './graph.js';
import { fmt, sizeOf } from './shape.js';
import { Tensor } from './tensor.js';

export interface VjpContext<P> {
  readonly inputs: readonly Tensor[];
  readonly outputs: readonly Tensor[];
  readonly params: P;
  /** Which inputs need a cotangent; a rule may return null for the others and skip the work. */
  readonly needsGrad: readonly boolean[];
}

export interface OpDef<P> {
  readonly name: string;
  /** Output shapes and dtypes; throws a message naming the op and the offending shapes. */
  readonly infer: (inputs: readonly TensorMeta[], params: P) => TensorMeta[];
  readonly kernels: OpKernels<P>;
  /**
   * Cotangents of the outputs (null where an output received none) -> one cotangent per input
   * (null: zero or not differentiable). Must use differentiable ops so that derivatives nest.
   * Omitted for ops without a gradient (integer outputs, sorting indices...).
   */
  readonly vjp?: (cts: readonly (Tensor | null)[], ctx: VjpContext<P>) => readonly (Tensor | null)[];
}

function deviceOf(op: string, inputs: readonly Tensor[]): DeviceName {
  if (inputs.length === 0) return getDefaultDevice();
  const d = inputs[0].device;
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].device !== d) {
      throw new Error(`${op}: operands live on different devices ('${d}' and '${inputs[i].device}'); move them with t.to(device)`);
    }
  }
  return d;
}

export function runOp<P>(def: OpDef<P>, inputs: readonly Tensor[], params: P): Tensor[] {
  const device = deviceOf(def.name, inputs);
  const metas = def.infer(inputs, params);
  const backend = getBackend(device);
  const outBufs = metas.map((m) => backend.allocate(m.dtype, sizeOf(m.shape)));
  backend.run(
    def.name,
    def.kernels,
    inputs.map((t) => t.buffer),
    inputs,
    outBufs,
    metas,
    params,
  );
  const outs = metas.map((m, i) => new Tensor(m.shape, m.dtype, device, outBufs[i]));
  const traces = liveTraces(inputs);
  if (traces !== null && outs.some((o) => isFloat(o.dtype))) {
    const vjp = def.vjp;
    const backward =
      vjp === undefined
        ? () => {
            throw new Error(`${def.name}: this op has no gradient, but a gradient was requested through it`);
          }
        : (cts: readonly (Tensor | null)[], needsGrad: readonly boolean[]) => vjp(cts, { inputs, outputs: outs, params, needsGrad });
    makeNode(def.name, inputs, outs, traces, backward);
  }
  return outs;
}

/** Convenience for single-output ops. */
export function runOp1<P>(def: OpDef<P>, inputs: readonly Tensor[], params: P): Tensor {
  return runOp(def, inputs, params)[0];
}

export function shapeError(op: string, msg: string, ...shapes: readonly (readonly number[])[]): Error {
  return new Error(`${op}: ${msg}${shapes.length ? ' (got ' + shapes.map(fmt).join(' and ') + ')' : ''}`);
}

/**
 * Record a node for an output computed without `runOp` (views such as reshape, custom VJPs):
 * a no-op unless a trace is watching one of the inputs.
 */
export function recordNode(
  name: string,
  inputs: readonly Tensor[],
  outputs: readonly Tensor[],
  backward: (cts: readonly (Tensor | null)[], needed: readonly boolean[]) => readonly (Tensor | null)[],
): void {
  const traces = liveTraces(inputs);
  if (traces !== null && outputs.some((o) => isFloat(o.dtype))) makeNode(name, inputs, outputs, traces, backward);
}
