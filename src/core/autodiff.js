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
import { Trace, liveTraces, makeNode } from './graph.js';
import { fmt, shapeEq } from './shape.js';
import { Tensor, detach } from './tensor.js';
import { defEquals, flatten, unflatten } from './tree.js';
import { add, cast, mul } from './ops/elementwise.js';
import { sum } from './ops/reduce.js';
/** A new tensor sharing `x`'s buffer that marks it as a differentiation target of `trace`. */
function makeLeaf(x, trace) {
    const leaf = new Tensor(x.shape, x.dtype, x.device, x.buffer);
    const outer = liveTraces([x]) ?? [];
    makeNode('input', [x], [leaf], [...outer, trace], ([g]) => [g], trace);
    return leaf;
}
/** Strip autodiff history that no active trace can use any more (frees the graph). */
function release(t) {
    if (t.node === undefined)
        return t;
    return liveTraces([t]) === null ? detach(t) : t;
}
/**
 * Backpropagate cotangents `cts` of `outputs` to `targets` (leaf tensors made by makeLeaf).
 * Returns one cotangent per target (zeros where no path exists).
 */
function backprop(outputs, cts, targets) {
    const targetNodes = new Set();
    for (const t of targets)
        if (t.node)
            targetNodes.add(t.node);
    // Nodes on some path from an output to a target, found with an iterative DFS (graphs of
    // long time loops are deep). relevant(n) = n is a target or some input's node is relevant.
    const relevant = new Map();
    const stack = [];
    for (const o of outputs)
        if (o.node && !relevant.has(o.node))
            stack.push([o.node, 0]);
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
            if (child && !relevant.has(child))
                stack.push([child, 0]);
            continue;
        }
        relevant.set(node, node.inputs.some((x) => x.node !== undefined && relevant.get(x.node) === true));
        stack.pop();
    }
    const order = [...relevant.entries()].filter(([, r]) => r).map(([n]) => n);
    order.sort((a, b) => b.id - a.id);
    const ctOf = new Map();
    const accumulate = (node, index, ct) => {
        let slot = ctOf.get(node);
        if (!slot) {
            slot = node.outputs.map(() => null);
            ctOf.set(node, slot);
        }
        const prev = slot[index];
        slot[index] = prev === null ? ct : add(prev, ct);
    };
    outputs.forEach((o, i) => {
        if (o.node && relevant.get(o.node) && isFloat(o.dtype))
            accumulate(o.node, o.outIndex, cts[i]);
    });
    for (const node of order) {
        if (targetNodes.has(node))
            continue;
        const slot = ctOf.get(node);
        if (!slot)
            continue;
        ctOf.delete(node);
        const needed = node.inputs.map((x) => x.node !== undefined && relevant.get(x.node) === true && isFloat(x.dtype));
        const inCts = node.backward(slot, needed);
        node.inputs.forEach((x, i) => {
            const c = inCts[i];
            if (c === null || c === undefined || !x.node || !relevant.get(x.node) || !isFloat(x.dtype))
                return;
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
/** Flatten any user value (trees are checked at run time; interfaces need no index signature). */
function flat(x) {
    return flatten(x);
}
function checkDifferentiable(where, leaves) {
    leaves.forEach((l, i) => {
        if (!(l instanceof Tensor))
            throw new Error(`${where}: leaf ${i} of the differentiated arguments is not a Tensor`);
        if (!isFloat(l.dtype))
            throw new Error(`${where}: cannot differentiate with respect to a ${l.dtype} tensor (leaf ${i}, shape ${fmt(l.shape)}); only f32/f64 are differentiable`);
    });
}
/**
 * `vjp(f, ...primals) -> [out, pullback]`: evaluate f and return a function mapping an output
 * cotangent (a tree shaped like `out`) to one cotangent tree per primal.
 */
export function vjp(f, ...primals) {
    const trace = new Trace();
    const flats = primals.map((p) => flat(p));
    const leafArgs = flats.map(([ls]) => {
        checkDifferentiable('vjp', ls);
        return ls.map((l) => makeLeaf(l, trace));
    });
    let out;
    try {
        out = f(...flats.map(([, def], i) => unflatten(def, leafArgs[i])));
    }
    finally {
        trace.active = false;
    }
    const [outLeaves, outDef] = flat(out);
    const allTargets = leafArgs.flat();
    const pullback = (cotangent) => {
        const [ctLeaves, ctDef] = flat(cotangent);
        if (!defEquals(outDef, ctDef))
            throw new Error('vjp: the cotangent does not have the structure of the output');
        ctLeaves.forEach((c, i) => {
            if (!shapeEq(c.shape, outLeaves[i].shape)) {
                throw new Error(`vjp: cotangent leaf ${i} has shape ${fmt(c.shape)}, the output has ${fmt(outLeaves[i].shape)}`);
            }
        });
        const grads = backprop(outLeaves, ctLeaves, allTargets).map(release);
        let pos = 0;
        return flats.map(([ls, def]) => {
            const part = grads.slice(pos, pos + ls.length);
            pos += ls.length;
            return unflatten(def, part);
        });
    };
    return [unflatten(outDef, outLeaves.map(release)), pullback];
}
function scalarOut(where, out) {
    if (!(out instanceof Tensor))
        throw new Error(`${where}: the function must return a scalar Tensor`);
    if (out.size !== 1)
        throw new Error(`${where}: the function must return a scalar, got shape ${fmt(out.shape)} (use vjp for non-scalar outputs)`);
    if (!isFloat(out.dtype))
        throw new Error(`${where}: the function returned a ${out.dtype} tensor; it must be floating point`);
    return out;
}
/**
 * Release the autodiff history of every tensor in an aux value (arrays and plain objects are
 * walked). Containers without a tensor to release are returned as they are, so aux values keep
 * their identity (layer objects, configs).
 */
function releaseAux(x) {
    if (x instanceof Tensor)
        return release(x);
    if (Array.isArray(x)) {
        const out = x.map(releaseAux);
        return out.some((v, i) => v !== x[i]) ? out : x;
    }
    if (x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
        let changed = false;
        const out = {};
        for (const [k, v] of Object.entries(x)) {
            out[k] = releaseAux(v);
            if (out[k] !== v)
                changed = true;
        }
        return changed ? out : x;
    }
    return x;
}
function valueAndGradImpl(f, argnums, hasAux) {
    const list = typeof argnums === 'number' ? [argnums] : [...argnums];
    return (...args) => {
        for (const k of list) {
            if (!Number.isInteger(k) || k < 0 || k >= args.length)
                throw new Error(`grad: argnums ${JSON.stringify(argnums)} out of range for ${args.length} arguments`);
        }
        // The aux value leaves the differentiated function through this closure, so nothing outside
        // f is mutated while it is traced.
        let aux;
        const g = (...diffArgs) => {
            const full = [...args];
            list.forEach((k, i) => (full[k] = diffArgs[i]));
            const out = f(...full);
            if (!hasAux)
                return scalarOut('grad', out);
            if (!Array.isArray(out) || out.length !== 2) {
                throw new Error('grad: with hasAux the function must return [value, aux] (a scalar Tensor and auxiliary data)');
            }
            aux = out[1];
            return scalarOut('grad', out[0]);
        };
        const [value, pullback] = vjp(g, ...list.map((k) => args[k]));
        const grads = pullback(fullLike(value, 1));
        const g0 = typeof argnums === 'number' ? grads[0] : grads;
        return [hasAux ? [value, releaseAux(aux)] : value, g0];
    };
}
export function valueAndGrad(f, options = {}) {
    return valueAndGradImpl(f, options.argnums ?? 0, options.hasAux === true);
}
export function grad(f, options = {}) {
    const hasAux = options.hasAux === true;
    const vg = valueAndGradImpl(f, options.argnums ?? 0, hasAux);
    return (...args) => {
        const [v, g] = vg(...args);
        return hasAux ? [g, v[1]] : g;
    };
}
/**
 * `jvp(f, primals, tangents) -> [out, tangentOut]`: the directional derivative J·v of f at
 * `primals` along `tangents` (trees shaped like the primals).
 */
export function jvp(f, primals, tangents) {
    if (primals.length !== tangents.length)
        throw new Error(`jvp: ${primals.length} primals but ${tangents.length} tangents`);
    tangents.forEach((t, i) => {
        const [tl, td] = flat(t);
        const [pl, pd] = flat(primals[i]);
        if (!defEquals(td, pd))
            throw new Error(`jvp: tangent ${i} does not have the structure of primal ${i}`);
        tl.forEach((x, j) => {
            if (!shapeEq(x.shape, pl[j].shape))
                throw new Error(`jvp: tangent ${i} leaf ${j} has shape ${fmt(x.shape)}, primal has ${fmt(pl[j].shape)}`);
        });
    });
    const [out, pullback] = vjp(f, ...primals);
    const [outLeaves, outDef] = flat(out);
    // u -> Jᵀu is linear in u; its VJP at any u, applied to v, is J v.
    const transposed = (...us) => pullback(unflatten(outDef, us));
    const [, pb2] = vjp(transposed, ...outLeaves.map((o) => zerosLike(o)));
    const tangentLeaves = pb2(tangents);
    return [out, unflatten(outDef, tangentLeaves)];
}
/** Sum of elementwise products of two trees with the same structure. */
export function vdot(a, b) {
    const [la] = flat(a);
    const [lb] = flat(b);
    if (la.length !== lb.length)
        throw new Error(`vdot: trees have ${la.length} and ${lb.length} leaves`);
    let s = null;
    for (let i = 0; i < la.length; i++) {
        const t = sum(mul(la[i], lb[i]));
        s = s === null ? t : add(s, t);
    }
    if (s === null)
        throw new Error('vdot: empty trees');
    return s;
}
/**
 * Hessian–vector product H(x)·v of scalar f at x (trees), by reverse-over-reverse:
 * ∇ₓ ⟨∇f(x), v⟩.
 */
export function hvp(f, x, v) {
    const g = grad(f);
    return grad((y) => vdot(g(y), v))(x);
}
/** The same values with no gradient flowing back (a tree of tensors in, the same tree out). */
export function stopGradient(x) {
    const [ls, def] = flat(x);
    return unflatten(def, ls.map(detach));
}
/**
 * Define a function with a hand-written VJP, as JAX's `custom_vjp`:
 *   fwd(...args) -> [out, residuals]; bwd(residuals, cotangentOut) -> one cotangent per arg.
 * `f` is used when nothing is being differentiated. fwd runs on the traced arguments, so
 * residuals keep their own history and bwd (written with differentiable ops) nests.
 */
export function customVjp(f, fwd, bwd) {
    return (...args) => {
        const flatArgs = args.map((a) => flat(a));
        const inLeaves = flatArgs.flatMap(([ls]) => ls);
        if (liveTraces(inLeaves) === null)
            return f(...args);
        const [out, residuals] = fwd(...args);
        const [outLeaves, outDef] = flat(out);
        const wrapped = outLeaves.map((o) => new Tensor(o.shape, o.dtype, o.device, o.buffer));
        const traces = liveTraces(inLeaves) ?? [];
        makeNode('customVjp', inLeaves, wrapped, traces, (cts) => {
            const ctTree = unflatten(outDef, cts.map((c, i) => c ?? zerosLike(wrapped[i])));
            const res = bwd(residuals, ctTree);
            if (res.length !== args.length)
                throw new Error(`customVjp: bwd returned ${res.length} cotangents for ${args.length} arguments`);
            return res.flatMap((r, i) => {
                const [ls, def] = flat(r);
                if (!defEquals(def, flatArgs[i][1]))
                    throw new Error(`customVjp: cotangent ${i} does not have the structure of argument ${i}`);
                return ls;
            });
        });
        return unflatten(outDef, wrapped);
    };
}
//# sourceMappingURL=autodiff.js.map