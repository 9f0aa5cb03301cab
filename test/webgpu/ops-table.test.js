/**
 * Every op of the table `ops` on WebGPU against the CPU, on the samples of
 * test/util/op-cases.ts in f32 (both devices get the same f32 operands): float outputs within
 * f32 tolerance (per op where the samples say so), integer and bool outputs exactly. An op
 * without a WebGPU kernel runs its reference composition there (the RTRL trace routines), so
 * this also checks those compositions against the fused CPU kernels.
 *
 * And the fallback itself: an op whose WebGPU kernel is missing computes its value, and its
 * gradient through the reference's own ops, as the CPU does.
 */
import { expect, it } from 'vitest';
import { grad, mul, sum } from '../../src/index.js';
import { runOp } from '../../src/core/op.js';
import { ops } from '../../src/core/ops/table.js';
import { isFloat } from '../../src/core/dtype.js';
import { opCases } from '../util/op-cases.js';
import { rand } from '../util/check.js';
import { describeGpu, expectExact, expectGpuClose } from '../util/gpu.js';
const table = ops;
const names = Object.keys(table);
async function gpuMatchesCpu(name) {
    const def = table[name];
    const c = opCases[name];
    const s = c.sample('f32', false);
    const want = runOp(def, s.inputs, s.params);
    const got = runOp(def, await Promise.all(s.inputs.map((x) => x.to('webgpu'))), s.params);
    expect(got.length).toBe(want.length);
    for (let i = 0; i < want.length; i++) {
        expect(got[i].device, `${name} output ${i}`).toBe('webgpu');
        if (isFloat(want[i].dtype))
            await expectGpuClose(got[i], want[i], { ...(c.gpuTol ?? { rtol: 1e-5, atol: 1e-6 }), what: `${name} output ${i}` });
        else
            await expectExact(got[i], want[i], `${name} output ${i}`);
    }
}
describeGpu('the op table on WebGPU', () => {
    it.each(names)('(c) %s equals the CPU within f32 tolerance', (name) => gpuMatchesCpu(name));
    it('an op without a WebGPU kernel runs its reference there, and differentiates through it', async () => {
        // linearScan as if it had only its CPU kernel
        const cpuOnly = { ...ops.linearScan, kernels: { cpu: ops.linearScan.kernels.cpu } };
        const a = rand([3], 1, -0.9, 0.9, 'f32');
        const b = rand([2, 5, 3], 2, -1, 1, 'f32');
        const w = rand([2, 5, 3], 3, 0.5, 1.5, 'f32');
        const p = { axis: 1, reverse: false, shifted: false };
        const loss = (x, y, wt) => sum(mul(runOp(cpuOnly, [x, y], p)[0], wt));
        const [ag, bg, wg] = await Promise.all([a, b, w].map((x) => x.to('webgpu')));
        await expectGpuClose(runOp(cpuOnly, [ag, bg], p)[0], runOp(cpuOnly, [a, b], p)[0], { what: 'value' });
        const [ga, gb] = grad((x, y) => loss(x, y, wg), { argnums: [0, 1] })(ag, bg);
        const [wa, wb] = grad((x, y) => loss(x, y, w), { argnums: [0, 1] })(a, b);
        await expectGpuClose(ga, wa, { rtol: 1e-5, atol: 1e-5, what: 'gradient of a' });
        await expectGpuClose(gb, wb, { rtol: 1e-5, atol: 1e-5, what: 'gradient of b' });
    });
});
//# sourceMappingURL=ops-table.test.js.map