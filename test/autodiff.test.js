import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
import { expectClose, rand, toF64 } from './util/check.js';
function mlpLoss(p, x, y) {
    const h = L.tanh(L.add(L.matmul(x, p.w1), p.b1));
    const out = L.add(L.matmul(h, p.w2), p.b2);
    return L.mean(L.square(L.sub(out, y)));
}
function mlpParams(seed) {
    return { w1: rand([3, 5], seed), b1: rand([5], seed + 1), w2: rand([5, 2], seed + 2), b2: rand([2], seed + 3) };
}
const leavesOf = (t) => L.tree.leaves(t);
function axpy(a, x, y) {
    return L.tree.map((u, v) => L.add(L.mul(u, a), v), x, y);
}
describe('autodiff', () => {
    it('grad returns a tree shaped like the argument; argnums selects arguments', () => {
        const p = mlpParams(1);
        const x = rand([4, 3], 9);
        const y = rand([4, 2], 10);
        const g = L.grad(mlpLoss)(p, x, y);
        expect(Object.keys(g).sort()).toEqual(['b1', 'b2', 'w1', 'w2']);
        expect(g.w1.shape).toEqual([3, 5]);
        const [gp, gx] = L.grad(mlpLoss, { argnums: [0, 1] })(p, x, y);
        expectClose(gp.w2, g.w2);
        expect(gx.shape).toEqual([4, 3]);
        // finite differences along one coordinate of x
        const eps = 1e-6;
        const xv = toF64(x);
        const xp = Float64Array.from(xv);
        xp[4] += eps;
        const xm = Float64Array.from(xv);
        xm[4] -= eps;
        const fd = (mlpLoss(p, L.tensor(xp, { dtype: 'f64', shape: [4, 3] }), y).item() - mlpLoss(p, L.tensor(xm, { dtype: 'f64', shape: [4, 3] }), y).item()) / (2 * eps);
        expect(Math.abs(toF64(gx)[4] - fd)).toBeLessThan(1e-8);
    });
    it('Hessian-vector products of an MLP loss equal finite differences of gradients', () => {
        const p = mlpParams(2);
        const v = mlpParams(20);
        const x = rand([6, 3], 3);
        const y = rand([6, 2], 4);
        const f = (q) => mlpLoss(q, x, y);
        const hv = L.hvp(f, p, v);
        const eps = 1e-5;
        const gPlus = L.grad(f)(axpy(eps, v, p));
        const gMinus = L.grad(f)(axpy(-eps, v, p));
        const fdLeaves = leavesOf(gPlus).map((gp, i) => L.div(L.sub(gp, leavesOf(gMinus)[i]), 2 * eps));
        leavesOf(hv).forEach((h, i) => expectClose(h, fdLeaves[i], { rtol: 1e-6, atol: 1e-8 }));
    });
    it('jvp and vjp agree: <u, J v> = <J^T u, v>', () => {
        const p = mlpParams(3);
        const x = rand([4, 3], 5);
        const f = (q) => {
            const m = q;
            return L.tanh(L.add(L.matmul(L.tanh(L.add(L.matmul(x, m.w1), m.b1)), m.w2), m.b2));
        };
        const v = mlpParams(30);
        const [out, jv] = L.jvp(f, [p], [v]);
        const u = rand(out.shape, 6);
        const [, pullback] = L.vjp(f, p);
        const [jtu] = pullback(u);
        const lhs = L.sum(L.mul(u, jv)).item();
        const rhs = L.vdot(jtu, v).item();
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-12 * Math.max(1, Math.abs(lhs)));
        // and J v matches a finite difference
        const eps = 1e-6;
        const pp = L.tree.map((a, b) => L.add(a, L.mul(b, eps)), p, v);
        const pm = L.tree.map((a, b) => L.sub(a, L.mul(b, eps)), p, v);
        expectClose(jv, L.div(L.sub(f(pp), f(pm)), 2 * eps), { rtol: 1e-6, atol: 1e-9 });
    });
    it('grad of grad equals the second derivative; third order works too', () => {
        const f = (x) => L.sum(L.mul(L.sin(x), L.exp(x)));
        const d1 = (x) => L.grad(f)(x);
        const d2 = (x) => L.grad((y) => L.sum(d1(y)))(x);
        const d3 = L.grad((y) => L.sum(d2(y)));
        const x = rand([5], 7, -2, 2);
        const xv = toF64(x);
        // (sin x eˣ)'' = 2 cos x eˣ ; ''' = 2 eˣ (cos x − sin x)
        expectClose(d2(x), Array.from(xv, (v) => 2 * Math.cos(v) * Math.exp(v)), { rtol: 1e-13 });
        expectClose(d3(x), Array.from(xv, (v) => 2 * Math.exp(v) * (Math.cos(v) - Math.sin(v))), { rtol: 1e-12 });
    });
    it('nested derivatives do not confuse perturbations', () => {
        // d/dx [ x · d/dy (x + y) ] = d/dx [ x · 1 ] = 1
        const outer = L.grad((x) => L.mul(x, L.grad((y) => L.add(x, y))(L.scalar(1, 'f64'))));
        expect(outer(L.scalar(3, 'f64')).item()).toBe(1);
        // d/dx [ d/dy (x·y) at y = x ] = d/dx x = 1
        const g = L.grad((x) => L.grad((y) => L.mul(x, y))(x));
        expect(g(L.scalar(2, 'f64')).item()).toBe(1);
    });
    it('stopGradient blocks gradients; values unchanged', () => {
        const g = L.grad((x) => L.sum(L.mul(x, L.stopGradient(x))))(L.tensor([2, 3], { dtype: 'f64' }));
        expect(g.toArray()).toEqual([2, 3]);
    });
    it('customVjp uses the supplied backward rule, nests, and falls back to f outside traces', () => {
        // f(x) = x³ with a VJP written in ops: 3x² g
        const cube = L.customVjp((x) => L.mul(L.mul(x, x), x), (x) => [L.mul(L.mul(x, x), x), x], (x, g) => [L.mul(L.mul(L.mul(x, x), 3), g)]);
        const x = L.tensor([1.5, -2], { dtype: 'f64' });
        expect(cube(x).toArray()).toEqual([3.375, -8]);
        expectClose(L.grad((t) => L.sum(cube(t)))(x), [6.75, 12]);
        const second = L.grad((t) => L.sum(L.grad((u) => L.sum(cube(u)))(t)))(x);
        expectClose(second, [9, -12]); // 6x
        // a deliberately different rule is really used
        const fake = L.customVjp((x) => L.mul(x, 1), (x) => [L.mul(x, 1), null], (_r, g) => [L.mul(g, 10)]);
        expect(L.grad((t) => L.sum(fake(t)))(x).toArray()).toEqual([10, 10]);
    });
    it('gradients through long chains (deep graphs) do not overflow the stack', () => {
        const f = (x) => {
            let h = x;
            for (let t = 0; t < 20000; t++)
                h = L.add(L.mul(h, 0.9999), 0.001);
            return L.sum(h);
        };
        const g = L.grad(f)(L.ones([2], { dtype: 'f64' }));
        expectClose(g, [0.9999 ** 20000, 0.9999 ** 20000], { rtol: 1e-10 });
    });
    it('clear errors for bad use', () => {
        expect(() => L.grad((x) => L.mul(x, 2))(L.ones([2]))).toThrow('grad: the function must return a scalar, got shape [2]');
        expect(() => L.grad((x) => L.sum(x))(L.ones([2], { dtype: 'i32' }))).toThrow('cannot differentiate with respect to a i32 tensor');
        expect(() => L.grad((x) => L.sum(x), { argnums: 2 })(L.ones([2]))).toThrow('grad: argnums 2 out of range for 1 arguments');
        expect(() => L.grad((x) => L.sum(L.argmax(x).cast('f32')))(L.ones([2]))).not.toThrow();
    });
    it('integer paths carry no gradient and unused inputs get zeros', () => {
        const [ga, gb] = L.grad((a, _b) => L.sum(a), { argnums: [0, 1] })(L.ones([2], { dtype: 'f64' }), L.ones([3], { dtype: 'f64' }));
        expect(ga.toArray()).toEqual([1, 1]);
        expect(gb.toArray()).toEqual([0, 0, 0]);
    });
    it('hasAux returns [[value, aux], grads] with the gradient of the value alone (JAX semantics)', () => {
        const p = mlpParams(11);
        const x = rand([4, 3], 12);
        const y = rand([4, 2], 13);
        // aux: a tensor computed from the parameters (must not be differentiated) and plain data.
        const withAux = (q, xb, yb) => {
            const l = mlpLoss(q, xb, yb);
            return [l, { norm: L.sum(L.square(q.w1)), step: 7, tag: 'mse' }];
        };
        const [[v, aux], g] = L.valueAndGrad(withAux, { hasAux: true })(p, x, y);
        const [v0, g0] = L.valueAndGrad(mlpLoss)(p, x, y);
        expect(v.item()).toBe(v0.item());
        for (const k of ['w1', 'b1', 'w2', 'b2'])
            expectClose(g[k], g0[k], { rtol: 0, atol: 0, what: k });
        expectClose(aux.norm, L.sum(L.square(p.w1)), { rtol: 0, atol: 0 });
        expect(aux.step).toBe(7);
        expect(aux.tag).toBe('mse');
        // Aux containers without tensors keep their identity (layer objects, configs).
        const config = { kind: 'lru', sizes: [1, 2] };
        const [[, same]] = L.valueAndGrad((q) => [L.sum(q), config], { hasAux: true })(L.ones([2]));
        expect(same).toBe(config);
        // The aux tensor leaves the trace without history.
        expect(aux.norm.node).toBeUndefined();
        // grad with hasAux: [grads, aux]; argnums works alongside it.
        const [gx, aux2] = L.grad(withAux, { argnums: 1, hasAux: true })(p, x, y);
        expectClose(gx, L.grad(mlpLoss, { argnums: 1 })(p, x, y), { rtol: 0, atol: 0 });
        expect(aux2.step).toBe(7);
        // Nested: the gradient of a function that itself uses hasAux inside (aux stays outside both).
        const outer = (q) => {
            const [[inner], gq] = L.valueAndGrad(withAux, { hasAux: true })(q, x, y);
            return L.add(inner, L.sum(L.square(gq.b2)));
        };
        const outerRef = (q) => {
            const [inner, gq] = L.valueAndGrad(mlpLoss)(q, x, y);
            return L.add(inner, L.sum(L.square(gq.b2)));
        };
        const go = L.grad(outer)(p);
        const gr = L.grad(outerRef)(p);
        for (const k of ['w1', 'b1', 'w2', 'b2'])
            expectClose(go[k], gr[k], { rtol: 0, atol: 0, what: `nested ${k}` });
        expect(() => L.valueAndGrad((q) => L.sum(q), { hasAux: true })(L.ones([2]))).toThrow('with hasAux the function must return [value, aux]');
    });
    it('tensors created after grad returns record nothing (the graph is released)', () => {
        const x = L.ones([2], { dtype: 'f64' });
        const [v, g] = L.valueAndGrad((t) => L.sum(L.square(t)))(x);
        expect(v.node).toBeUndefined();
        expect(g.node).toBeUndefined();
        expect(L.mul(g, 2).node).toBeUndefined();
    });
});
//# sourceMappingURL=autodiff.test.js.map