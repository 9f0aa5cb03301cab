/**
 * Like-for-like check of the PyTorch mesa-layer peer (bench/torch_peer.py, unfused: one linear
 * solve per step) against looplab's `nn.mesa.apply` (fused Sherman–Morrison op) in float64 on a
 * tiny case (B 2, T 7, D 8, H 2, d_k 3, d_v 4, λ = e^0.3, e^−0.2): the same weights and inputs
 * (the harness's `fill`), then the outputs and the gradients of Σ y w.r.t. every parameter.
 * Prints the largest absolute difference of each; exits 1 above 1e-10.
 *
 *   npx tsc -p tsconfig.bench.json && node .bench-build/bench/mesa-check.js
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nn, sum, tensor, valueAndGrad } from '../src/index.js';
import { repoRoot } from './harness.js';
import { mesaLayerData } from './mesa-step.js';
const TOL = 1e-10;
const shape = { B: 2, D: 8, H: 2, dK: 3, dV: 4 };
const { params: p0, x } = mesaLayerData(7, 'f64', shape);
const params = { ...p0, lambdaLog: tensor([0.3, -0.2], { shape: [2], dtype: 'f64' }) };
const y = nn.mesa.apply(params, x);
const [, grads] = valueAndGrad((p) => sum(nn.mesa.apply(p, x)))(params);
const env = { ...process.env };
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;
const r = spawnSync('/usr/bin/python3', [path.join(repoRoot(), 'bench', 'torch_peer.py'), 'mesa-check'], { encoding: 'utf8', env });
if (r.status !== 0)
    throw new Error(`torch_peer.py mesa-check failed: ${r.stderr || r.error?.message}`);
const ref = JSON.parse(r.stdout).mesa_check;
const maxDiff = (a, b) => {
    const d = Array.from(a.dataSync(), Number);
    if (d.length !== b.length)
        throw new Error(`length ${d.length} vs ${b.length}`);
    return d.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
};
const rows = [
    ['y', maxDiff(y, ref.y)],
    ...['wQ', 'wK', 'wV', 'wO', 'lambdaLog'].map((k) => [`∂/∂${k}`, maxDiff(grads[k], ref[k])]),
];
for (const [name, d] of rows)
    console.log(`${name.padEnd(14)} max |looplab − torch| = ${d.toExponential(2)}`);
const worst = Math.max(...rows.map(([, d]) => d));
console.log(worst <= TOL ? `ok (≤ ${TOL})` : `MISMATCH (> ${TOL})`);
if (worst > TOL)
    process.exit(1);
//# sourceMappingURL=mesa-check.js.map