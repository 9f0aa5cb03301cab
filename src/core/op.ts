/**
 * Op definitions and dispatch. An op is a record with its shape rule (`infer`), its kernels
 * (one per backend), its VJP written with differentiable ops and, for fused routines, a
 * `reference` composition — side by side in the op family's file (`ops/<family>.ts`). Every
 * op is one entry of the typed table `ops` (ops/table.ts), keyed by its name.
 *
 * `runOp` allocates outputs on the inputs' device, runs the kernel and records a graph node
 * when a gradient trace is watching. A backend without a kernel for the op runs its reference
 * composition instead, so no caller branches on the device. The gradient then flows through
 * the reference's own ops (each records its node as usual), not through the op's VJP: the
 * reference is a plain function of differentiable ops, so its derivatives of any order are the
 * op's, and an op whose VJP is fused into other kernels needs no second rule for the fallback.
 */
import { isReleased, releasedError } from './backends/wasm/heap.js';
import type { OpKernels, TensorMeta, DeviceName } from './backend.js';
import { getBackend, getDefaultDevice } from './backend.js';
import { isFloat } from './dtype.js';
import { liveTraces, makeNode } from './graph.js';
import type { OpName, OpParams } from './ops/table.js';
import { fmt, shapeEq, sizeOf } from './shape.js';
import { Tensor } from './tensor.js';

export type { OpName, OpParams } from './ops/table.js';

/** Parameters of an op that takes none. */
export type NoParams = Record<string, never>;

export interface VjpContext<P> {
  readonly inputs: readonly Tensor[];
  readonly outputs: readonly Tensor[];
  readonly params: P;
  /** Which inputs need a cotangent; a rule may return null for the others and skip the work. */
  readonly needsGrad: readonly boolean[];
}

/** The definition of op `K`: its parameters are `OpParams[K]`, its name is its key in `ops`. */
export type OpDef<K extends OpName> = OpDefBase<K, OpParams[K]>;

/**
 * An op named N (one name, or a union for code generic over several ops) with parameters P:
 * dispatch takes this form so that ops chosen at run time (`unaryOps[name]`) type-check.
 */
export interface OpDefBase<N extends OpName, P> {
  readonly name: N;
  /** Output shapes and dtypes; throws a message naming the op and the offending shapes. */
  readonly infer: (inputs: readonly TensorMeta[], params: P) => TensorMeta[];
  readonly kernels: OpKernels<P>;
  /**
   * Cotangents of the outputs (null where an output received none) -> one cotangent per input
   * (null: zero or not differentiable). Must use differentiable ops so that derivatives nest.
   * Omitted for ops without a gradient (integer outputs, sorting indices...).
   */
  readonly vjp?: (cts: readonly (Tensor | null)[], ctx: VjpContext<P>) => readonly (Tensor | null)[];
  /**
   * The unfused composition of a fused routine, written with differentiable ops: the same
   * outputs (shapes, dtypes, values up to rounding) as the kernels. Runs on backends without a
   * kernel for the op; tests check kernels and reference agree in value and gradient.
   */
  readonly reference?: (inputs: readonly Tensor[], params: P) => Tensor[];
  /**
   * Every kernel of the op writes every element of every output and never reads an output
   * before writing it: outputs may then start uninitialised (the CPU tensor heap skips zeroing
   * a reused block). Tests run with LOOPLAB_CPU_POISON=1, which fills such outputs with NaN first.
   */
  readonly overwrites?: boolean;
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

/** Run op `def` on `inputs` (all on one device): its kernel there, else its reference composition. */
export function runOp<P>(def: OpDefBase<OpName, P>, inputs: readonly Tensor[], params: P): Tensor[] {
  const device = deviceOf(def.name, inputs);
  // Only fused routines carry a reference; for every other op this is one property read.
  if (def.reference !== undefined && def.kernels[device] === undefined) return runReference(def, def.reference, inputs, params);
  const metas = def.infer(inputs, params);
  const backend = getBackend(device);
  if (device === 'cpu') {
    for (const t of inputs) if (isReleased(t.buffer)) throw releasedError(`${def.name}: its operand ${t.dtype}[${t.shape.join(', ')}]`);
  }
  const outBufs = metas.map((m) => backend.allocate(m.dtype, sizeOf(m.shape), def.overwrites === true));
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
export function runOp1<P>(def: OpDefBase<OpName, P>, inputs: readonly Tensor[], params: P): Tensor {
  return runOp(def, inputs, params)[0];
}

/**
 * The fallback of `runOp`: the op's shape rule still validates the operands (errors name the
 * op), then the composition runs; its outputs must match the rule (a wrong reference is a bug).
 */
function runReference<P>(
  def: OpDefBase<OpName, P>,
  reference: (inputs: readonly Tensor[], params: P) => Tensor[],
  inputs: readonly Tensor[],
  params: P,
): Tensor[] {
  const metas = def.infer(inputs, params);
  const outs = reference(inputs, params);
  if (outs.length !== metas.length || outs.some((o, i) => o.dtype !== metas[i].dtype || !shapeEq(o.shape, metas[i].shape))) {
    const got = outs.map((o) => `${o.dtype}${fmt(o.shape)}`).join(', ');
    const want = metas.map((m) => `${m.dtype}${fmt(m.shape)}`).join(', ');
    throw new Error(`${def.name}: the reference composition returned [${got}], the op's shape rule says [${want}]`);
  }
  return outs;
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
