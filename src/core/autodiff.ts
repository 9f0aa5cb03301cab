/**
 * Automatic differentiation with JAX's signatures: `vjp`, `grad`, `valueAndGrad`, `jvp`,
 * `hvp`, `stopGradient`, `customVjp`. Functions take and return trees of tensors.
 *
 * Reverse mode records a graph of the ops that depend on the differentiated inputs (see
 * graph.ts) and walks it backwards. Every VJP rule is written with differentiable ops, so the
 * backward pass is itself recorded when an outer trace is watching: `grad(grad(f))`, Hessian–
 * vector products and MAML's second-order terms come for free.
 *
 * Forward mode (`jvp`) is computed by transposition: u ↦ Jᵀu is linear, and its VJP applied
 * to the tangent v gives J v. This costs about one extra backward pass but needs no separate
 * tangent rules and nests like everything else.
 */
import { isFloat } from './dtype.js';
import { fullLike, zerosLike } from './creation.js';
import type { GraphNode } from './graph.js';
import { Trace, liveTraces, makeNode } from './graph.js';
import { fmt, shapeEq } from './shape.js';
import { Tensor, detach } from './tensor.js';
import type { Tree } from './tree.js';
import { defEquals, flatten, unflatten } from './tree.js';
import { add, cast, mul } from './ops/elementwise.js';
import { sum } from './ops/reduce.js';

/** A new tensor sharing `x`'s buffer that marks it as a differentiation target of `trace`. */
function makeLeaf(x: Tensor, trace: Trace): Tensor {
  const leaf = new Tensor(x.shape, x.dtype, x.device, x.buffer);
  const outer = liveTraces([x]) ?? [];
  makeNode('input', [x], [leaf], [...outer, trace], ([g]) => [g], trace);
  return leaf;
}

/** Strip autodiff history that no active trace can use any more (frees the graph). */
function release(t: Tensor): Tensor {
  if (t.node === undefined) return t;
  return liveTraces([t]) === null ? detach(t) : t;
}

/**
 * Backpropagate cotangents `cts` of `outputs` to `targets` (leaf tensors made by makeLeaf).
 * Returns one cotangent per target (zeros where no path exists).
 */
function backprop(outputs: readonly Tensor[], cts: readonly Tensor[], targets: readonly Tensor[]): Tensor[] {
  const targetNodes = new Set<GraphNode>();
  for (const t of targets) if (t.node) targetNodes.add(t.node);

  // Nodes on some path from an output to a target, found with an iterative DFS (graphs of
  // long time loops are deep). relevant(n) = n is a target or some input's node is relevant.
  const relevant = new Map<GraphNode, boolean>();
  const stack: [GraphNode, number][] = [];
  for (const o of outputs) if (o.node && !relevant.has(o.node)) stack.push([o.node, 0]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [node, i] = top;
    if (i === 0 && relevant.has(node)) {
      stack.pop();
      continue;
    }
    if (targetNodes.has(node)) {
      relevant.set(node, true);
      stack.pop();
      continue;
    }
    if (i < node.inputs.length) {
      top[1]++;
      const child = node.inputs[i].node;
      if (child && !relevant.has(child)) stack.push([child, 0]);
      continue;
    }
    relevant.set(
      node,
      node.inputs.some((x) => x.node !== undefined && relevant.get(x.node) === true),
    );
    stack.pop();
  }

  const order = [...relevant.entries()].filter(([, r]) => r).map(([n]) => n);
  order.sort((a, b) => b.id - a.id);

  const ctOf = new Map<GraphNode, (Tensor | null)[]>();
  const accumulate = (node: GraphNode, index: number, ct: Tensor): void => {
    let slot = ctOf.get(node);
    if (!slot) {
      slot = node.outputs.map(() => null);
      ctOf.set(node, slot);
    }
    const prev = slot[index];
    slot[index] = prev === null ? ct : add(prev, ct);
  };
  outputs.forEach((o, i) => {
    if (o.node && relevant.get(o.node) && isFloat(o.dtype)) accumulate(o.node, o.outIndex, cts[i]);
  });

  for (const node of order) {
    if (targetNodes.has(node)) continue;
    const slot = ctOf.get(node);
    if (!slot) continue;
    ctOf.delete(node);
    const inCts = node.backward(slot);
    node.inputs.forEach((x, i) => {
      const c = inCts[i];
      if (c === null || c === undefined || !x.node || !relevant.get(x.node) || !isFloat(x.dtype)) return;
      if (!shapeEq(c.shape, x.shape)) {
        throw new Error(`internal: VJP of '${node.name}' returned a cotangent of shape ${fmt(c.shape)} for an input of shape ${fmt(x.shape)}`);
      }
      accumulate(x.node, x.outIndex, c.dtype === x.dtype ? c : cast(c, x.dtype));
    });
  }
  return targets.map((t) => {
    const c = t.node ? ctOf.get(t.node)?.[0] : null;
    return c ?? zerosLike(t);
  });
}

export type Pullback = (cotangent: Tree) => Tree[];

function checkDifferentiable(where: string, leaves: readonly Tensor[]): void {
  leaves.forEach((l, i) => {
    if (!(l instanceof Tensor)) throw new Error(`${where}: leaf ${i} of the differentiated arguments is not a Tensor`);
    if (!isFloat(l.dtype)) throw new Error(`${where}: cannot differentiate with respect to a ${l.dtype} tensor (leaf ${i}, shape ${fmt(l.shape)}); only f32/f64 are differentiable`);
  });
}

/**
 * `vjp(f, ...primals) -> [out, pullback]`: evaluate f and return a function mapping an output
 * cotangent (a tree shaped like `out`) to one cotangent tree per primal.
 */
export function vjp<Out extends Tree>(f: (...args: Tree[]) => Out, ...primals: Tree[]): [Out, (cotangent: Out) => Tree[]] {
  const trace = new Trace();
  const flat = primals.map((p) => flatten(p));
  const leafArgs: Tensor[][] = flat.map(([ls]) => {
    checkDifferentiable('vjp', ls);
    return ls.map((l) => makeLeaf(l, trace));
  });
  let out: Out;
  try {
    out = f(...flat.map(([, def], i) => unflatten(def, leafArgs[i])));
  } finally {
    trace.active = false;
  }
  const [outLeaves, outDef] = flatten(out);
  const allTargets = leafArgs.flat();
  const pullback = (cotangent: Out): Tree[] => {
    const [ctLeaves, ctDef] = flatten(cotangent);
    if (!defEquals(outDef, ctDef)) throw new Error('vjp: the cotangent does not have the structure of the output');
    ctLeaves.forEach((c, i) => {
      if (!shapeEq(c.shape, outLeaves[i].shape)) {
        throw new Error(`vjp: cotangent leaf ${i} has shape ${fmt(c.shape)}, the output has ${fmt(outLeaves[i].shape)}`);
      }
    });
    const grads = backprop(outLeaves, ctLeaves, allTargets).map(release);
    let pos = 0;
    return flat.map(([ls, def]) => {
      const part = grads.slice(pos, pos + ls.length);
      pos += ls.length;
      return unflatten(def, part);
    });
  };
  return [unflatten(outDef, outLeaves.map(release)) as Out, pullback];
}

export interface GradOptions {
  /** Which positional argument(s) to differentiate (default 0). */
  argnums?: number | readonly number[];
}

function scalarOut(where: string, out: unknown): Tensor {
  if (!(out instanceof Tensor)) throw new Error(`${where}: the function must return a scalar Tensor`);
  if (out.size !== 1) throw new Error(`${where}: the function must return a scalar, got shape ${fmt(out.shape)} (use vjp for non-scalar outputs)`);
  if (!isFloat(out.dtype)) throw new Error(`${where}: the function returned a ${out.dtype} tensor; it must be floating point`);
  return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- argument lists and gradient trees of user functions are generic */
type AnyArgs = any[];

/**
 * `valueAndGrad(f, { argnums })(...args) -> [value, grads]`. With a single argnum the gradient
 * is a tree shaped like that argument; with an array of argnums, an array of such trees.
 */
export function valueAndGrad<A extends AnyArgs>(
  f: (...args: A) => Tensor,
  options: GradOptions = {},
): (...args: A) => [Tensor, any] {
  const argnums = options.argnums ?? 0;
  const list = typeof argnums === 'number' ? [argnums] : [...argnums];
  return (...args: A) => {
    for (const k of list) {
      if (!Number.isInteger(k) || k < 0 || k >= args.length) throw new Error(`grad: argnums ${JSON.stringify(argnums)} out of range for ${args.length} arguments`);
    }
    const g = (...diffArgs: Tree[]): Tensor => {
      const full = [...args] as A;
      list.forEach((k, i) => (full[k] = diffArgs[i]));
      return scalarOut('grad', f(...full));
    };
    const [value, pullback] = vjp(g, ...list.map((k) => args[k] as Tree));
    const grads = pullback(fullLike(value, 1));
    return [value, typeof argnums === 'number' ? grads[0] : grads];
  };
}

/** `grad(f, { argnums })(...args)`: the gradient of scalar-valued f (see valueAndGrad). */
export function grad<A extends AnyArgs>(f: (...args: A) => Tensor, options: GradOptions = {}): (...args: A) => any {
  const vg = valueAndGrad(f, options);
  return (...args: A) => vg(...args)[1];
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return */

/**
 * `jvp(f, primals, tangents) -> [out, tangentOut]`: the directional derivative J·v of f at
 * `primals` along `tangents` (trees shaped like the primals).
 */
export function jvp<Out extends Tree>(f: (...args: Tree[]) => Out, primals: readonly Tree[], tangents: readonly Tree[]): [Out, Out] {
  if (primals.length !== tangents.length) throw new Error(`jvp: ${primals.length} primals but ${tangents.length} tangents`);
  tangents.forEach((t, i) => {
    const [tl, td] = flatten(t);
    const [pl, pd] = flatten(primals[i]);
    if (!defEquals(td, pd)) throw new Error(`jvp: tangent ${i} does not have the structure of primal ${i}`);
    tl.forEach((x, j) => {
      if (!shapeEq(x.shape, pl[j].shape)) throw new Error(`jvp: tangent ${i} leaf ${j} has shape ${fmt(x.shape)}, primal has ${fmt(pl[j].shape)}`);
    });
  });
  const [out, pullback] = vjp(f, ...primals);
  const [outLeaves, outDef] = flatten(out);
  // u -> Jᵀu is linear in u; its VJP at any u, applied to v, is J v.
  const transposed = (...us: Tree[]): Tree => pullback(unflatten(outDef, us as Tensor[]) as Out);
  const [, pb2] = vjp(transposed, ...outLeaves.map((o) => zerosLike(o)));
  const tangentLeaves = pb2(tangents) as Tensor[];
  return [out, unflatten(outDef, tangentLeaves) as Out];
}

/** Sum of elementwise products of two trees with the same structure. */
export function vdot(a: Tree, b: Tree): Tensor {
  const [la] = flatten(a);
  const [lb] = flatten(b);
  if (la.length !== lb.length) throw new Error(`vdot: trees have ${la.length} and ${lb.length} leaves`);
  let s: Tensor | null = null;
  for (let i = 0; i < la.length; i++) {
    const t = sum(mul(la[i], lb[i]));
    s = s === null ? t : add(s, t);
  }
  if (s === null) throw new Error('vdot: empty trees');
  return s;
}

/**
 * Hessian–vector product H(x)·v of scalar f at x (trees), by reverse-over-reverse:
 * ∇ₓ ⟨∇f(x), v⟩.
 */
export function hvp<T extends Tree>(f: (x: T) => Tensor, x: T, v: T): T {
  const g = grad(f);
  return grad((y: T) => vdot(g(y) as Tree, v))(x) as T;
}

/** The same values with no gradient flowing back (a tree of tensors in, the same tree out). */
export function stopGradient<T extends Tree>(x: T): T {
  const [ls, def] = flatten(x);
  return unflatten(def, ls.map(detach)) as T;
}

/**
 * Define a function with a hand-written VJP, as JAX's `custom_vjp`:
 *   fwd(...args) -> [out, residuals]; bwd(residuals, cotangentOut) -> one cotangent per arg.
 * `f` is used when nothing is being differentiated. fwd runs on the traced arguments, so
 * residuals keep their own history and bwd (written with differentiable ops) nests.
 */
export function customVjp<A extends Tree[], Out extends Tree, R>(
  f: (...args: A) => Out,
  fwd: (...args: A) => [Out, R],
  bwd: (residuals: R, cotangent: Out) => Tree[],
): (...args: A) => Out {
  return (...args: A): Out => {
    const flatArgs = args.map((a) => flatten(a));
    const inLeaves = flatArgs.flatMap(([ls]) => ls);
    if (liveTraces(inLeaves) === null) return f(...args);
    const [out, residuals] = fwd(...args);
    const [outLeaves, outDef] = flatten(out);
    const wrapped = outLeaves.map((o) => new Tensor(o.shape, o.dtype, o.device, o.buffer));
    const traces = liveTraces(inLeaves) ?? [];
    makeNode('customVjp', inLeaves, wrapped, traces, (cts) => {
      const ctTree = unflatten(
        outDef,
        cts.map((c, i) => c ?? zerosLike(wrapped[i])),
      ) as Out;
      const res = bwd(residuals, ctTree);
      if (res.length !== args.length) throw new Error(`customVjp: bwd returned ${res.length} cotangents for ${args.length} arguments`);
      return res.flatMap((r, i) => {
        const [ls, def] = flatten(r);
        if (!defEquals(def, flatArgs[i][1])) throw new Error(`customVjp: cotangent ${i} does not have the structure of argument ${i}`);
        return ls;
      });
    });
    return unflatten(outDef, wrapped) as Out;
  };
}
