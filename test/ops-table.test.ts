/**
 * Every op of the table `ops`, on the samples of test/util/op-cases.ts (keyed by op name, so a
 * new op cannot be left out):
 *   (a) its VJP against float64 central finite differences;
 *   (b) for fused routines, kernel against `reference` composition, in value and gradient;
 *   (d) the Wasm CPU kernels against the TypeScript kernels (and that a Wasm kernel ran exactly
 *       where the samples say one exists).
 * (c), WebGPU against the CPU, is test/webgpu/ops-table.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Tensor } from '../src/index.js';
import { concat, getCpuKernels, grad, mul, ravel, scope, setCpuKernels, sum } from '../src/index.js';
import { setCpuPoison } from '../src/core/backends/cpu.js';
import type { OpDef, OpName, OpParams } from '../src/core/op.js';
import { runOp } from '../src/core/op.js';
import { ops } from '../src/core/ops/table.js';
import { wasmKernelCalls } from '../src/core/backends/wasm/pool.js';
import { isFloat } from '../src/core/dtype.js';
import type { FloatDType, OpCase, OpSample } from './util/op-cases.js';
import { opCases } from './util/op-cases.js';
import { checkGrad, expectClose, rand, toF64 } from './util/check.js';

const table: { readonly [K in OpName]: OpDef<K> } = ops;
const names = Object.keys(table) as OpName[];

/** The outputs the gradient checks weight, flattened into one vector. */
function weighted<K extends OpName>(c: OpCase<K>, outs: readonly Tensor[]): Tensor {
  const keep = c.gradOutputs ?? outs.map((o, i) => (isFloat(o.dtype) ? i : -1)).filter((i) => i >= 0);
  return concat(keep.map((i) => ravel(outs[i])));
}

/** The op (through runOp: its kernel) and its reference, as functions of the operands for the gradient checks. */
function asFunctions<K extends OpName>(
  def: OpDef<K>,
  c: OpCase<K>,
  s: OpSample<K>,
): { fused: (...xs: Tensor[]) => Tensor; reference: ((...xs: Tensor[]) => Tensor) | null } {
  const pre = c.pre ?? ((xs: readonly Tensor[]) => [...xs]);
  const params: OpParams[K] = s.params;
  const ref = def.reference;
  return {
    fused: (...xs) => weighted(c, runOp(def, pre(xs), params)),
    reference: ref ? (...xs) => weighted(c, ref(pre(xs), params)) : null,
  };
}

function wasmCalls(): number {
  let n = 0;
  for (const v of wasmKernelCalls().values()) n += v;
  return n;
}

describe('the op table', () => {
  it('has a sample for every op and every op under its own name', () => {
    expect(Object.keys(opCases).sort()).toEqual([...names].sort());
    for (const name of names) expect(table[name].name).toBe(name);
  });

  it('declares a gradient check exactly for the ops with a VJP (mesaAttendBackward: a VJP that throws)', () => {
    for (const name of names) {
      if (opCases[name].grad === true) expect(table[name].vjp, name).toBeDefined();
      else if (table[name].vjp !== undefined) expect(name).toBe('mesaAttendBackward');
    }
  });
});

describe.each(names)('%s', (name) => opChecks(name));

function opChecks<K extends OpName>(name: K): void {
  const def: OpDef<K> = table[name];
  const c: OpCase<K> = opCases[name];

  if (c.grad === true)
    it('(a) VJP equals float64 finite differences', () => {
      const s = c.sample('f64', false);
      checkGrad(asFunctions(def, c, s).fused, s.inputs);
    });

  // (a) is left out where the samples give the reason (c.grad); (b) where the op is not fused
  if (def.reference !== undefined)
    it('(b) kernel equals the reference composition in value and gradient', () => {
      const s = c.sample('f64', false);
      const outs = runOp(def, s.inputs, s.params);
      const refs = def.reference?.(s.inputs, s.params) ?? [];
      expect(refs.length).toBe(outs.length);
      outs.forEach((o, i) => expectClose(refs[i], o, { rtol: 1e-10, atol: 1e-12, what: `${name} output ${i}` }));
      if (c.grad !== true) return;
      const { fused, reference } = asFunctions(def, c, s);
      if (reference === null) throw new Error('unreachable: the op has a reference');
      const argnums = s.inputs.map((x, i) => (x.dtype === 'f64' ? i : -1)).filter((i) => i >= 0);
      const w = rand(fused(...s.inputs).shape, 3, 0.5, 1.5);
      const loss =
        (f: (...xs: Tensor[]) => Tensor) =>
        (...xs: Tensor[]) =>
          sum(mul(f(...xs), w));
      const gf = grad(loss(fused), { argnums })(...s.inputs);
      const gr = grad(loss(reference), { argnums })(...s.inputs);
      gf.forEach((g, i) => expectClose(gr[i], g, { rtol: 1e-9, atol: 1e-11, what: `${name} gradient of input ${argnums[i]}` }));
    });

  describe('(d) Wasm kernels equal the TypeScript kernels', () => {
    const initial = getCpuKernels();
    afterAll(() => setCpuKernels(initial));
    it.each(['f32', 'f64'] as const)('%s', (dt: FloatDType) => {
      const s = c.sample(dt, true);
      setCpuKernels('ts');
      const ts = runOp(def, s.inputs, s.params);
      setCpuKernels('wasm');
      const before = wasmCalls();
      const wasm = runOp(def, s.inputs, s.params);
      const ran = wasmCalls() > before;
      const declared = typeof c.wasm !== 'string' && c.wasm.includes(dt);
      expect(ran, declared ? `a Wasm kernel of ${name} should have run` : `a Wasm kernel ran for ${name}, but its samples declare none`).toBe(declared);
      // f64: same maths, possibly another summation order; f32: SIMD approximations of exp, tanh, erf… (a few ulp)
      const tol = dt === 'f64' ? { rtol: 1e-12, atol: 1e-14 } : { rtol: 4e-6, atol: 1e-6 };
      wasm.forEach((o, i) => expectClose(o, ts[i], { ...tol, what: `${name} ${dt} output ${i}` }));
    });
  });

  // ops that declare every output element written may get uninitialised buffers (a reused heap
  // block): with poisoned outputs (NaN) every kernel must give bit for bit the same results
  if (def.overwrites === true)
    describe('(e) its kernels write every output element (poisoned outputs change nothing)', () => {
      const initial = getCpuKernels();
      afterAll(() => {
        setCpuKernels(initial);
        setCpuPoison(false);
      });
      it.each([
        ['ts', 'f64', false],
        ['ts', 'f32', true],
        ['wasm', 'f32', true],
        ['wasm', 'f64', true],
      ] as const)('%s kernels, %s, large sample: %s', (kernels, dt, large) => {
        const s = c.sample(dt, large);
        setCpuKernels(kernels);
        setCpuPoison(false);
        const clean = runOp(def, s.inputs, s.params).map(toF64);
        setCpuPoison(true);
        // in a scope too, where large outputs are reused heap blocks handed out without zeroing
        const poisoned = scope(() => runOp(def, s.inputs, s.params)).map(toF64);
        setCpuPoison(false);
        poisoned.forEach((o, i) => expect(o, `${name} output ${i}`).toEqual(clean[i]));
      });
    });
}

describe('fused-op operand checks', () => {
  it('name the op, the operand and the expected shape in symbols and numbers', () => {
    const bn = rand([2, 3], 1);
    const wrong = rand([2, 4], 2);
    expect(() => runOp(ops.diagStateGrads, [bn, wrong, bn, bn, bn, bn], {})).toThrow('diagStateGrads: input 1 must be [B, N] = [2, 3], got [2, 4]');
    const n = rand([3], 3);
    expect(() => runOp(ops.diagStateUpdate, [n, n, rand([4], 4), bn, bn, bn, bn, bn, bn, bn, bn], {})).toThrow('diagStateUpdate: γ must be [N] = [3], got [4]');
  });
});
