/**
 * The LRU eligibility-trace kernels of online learning (assembly/rtrl.ts; the ops live in
 * src/learn/traces.ts, whose TypeScript kernels are the reference). Same operand order as those
 * kernels: inputs, then outputs, all contiguous. Update: batch split across threads; products:
 * units split across threads (each owns its output rows).
 */
import type { AnyTypedArray } from '../../dtype.js';
import { parallelFor } from './pool.js';
import { arenaAlloc, arenaPut, arenaReset, view, wasm } from './runtime.js';

const MIN_ELEMENTS = 1024;
const MIN_PARALLEL_ELEMENTS = 1 << 15;

function run(kind: 'Update' | 'Grads', ins: readonly AnyTypedArray[], outs: AnyTypedArray[], dims: number[], tasks: number, perTask: number): boolean {
  if (tasks * perTask < MIN_ELEMENTS) return false;
  const rt = wasm();
  if (!rt) return false;
  const first = outs[0];
  const t = first instanceof Float32Array ? 'F32' : first instanceof Float64Array ? 'F64' : null;
  if (t === null) return false;
  for (const x of [...ins, ...outs]) if (x.constructor !== first.constructor) return false;
  arenaReset();
  const pin = ins.map((x) => arenaPut(rt, x));
  const pout = outs.map((x) => arenaAlloc(rt, x.byteLength));
  const words = [...pin, ...pout, ...dims];
  const pp = arenaAlloc(rt, words.length * 4);
  new Int32Array(rt.memory.buffer, pp, words.length).set(words);
  parallelFor(rt, `rtrlTrace${kind}${t}`, [pp, 0, 0], 1, 2, tasks, undefined, Math.max(1, Math.ceil(MIN_PARALLEL_ELEMENTS / perTask)));
  outs.forEach((x, k) => x.set(view(rt, x, pout[k], x.length)));
  return true;
}

/** One step of the traces and state; inputs/outputs as `lruTraceUpdate`'s CPU kernel. False when it declines. */
export function wasmTraceUpdate(ins: readonly AnyTypedArray[], outs: AnyTypedArray[], B: number, N: number, H: number): boolean {
  return run('Update', ins, outs, [B, N, H], B, N * H);
}

/** The trace products summed over the batch; inputs/outputs as `lruTraceGrads`' CPU kernel. False when it declines. */
export function wasmTraceGrads(ins: readonly AnyTypedArray[], outs: AnyTypedArray[], B: number, N: number, H: number): boolean {
  return run('Grads', ins, outs, [B, N, H], N, B * H);
}
