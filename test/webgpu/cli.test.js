import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EXIT_OK, main } from '../../src/cli/main.js';
import { setDefaultDevice } from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';
const dirs = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function quietIO() {
    return { isTTY: false, out: () => undefined, err: () => undefined };
}
async function finalOf(device) {
    const out = mkdtempSync(path.join(os.tmpdir(), `looplab-${device}-`));
    dirs.push(out);
    expect(await main(['run', 'sine-mlp', '--smoke', '--device', device, '--out', out], quietIO(), { cwd: out })).toBe(EXIT_OK);
    const run = path.join(out, readdirSync(out)[0]);
    const config = JSON.parse(readFileSync(path.join(run, 'config.json'), 'utf8'));
    const summary = JSON.parse(readFileSync(path.join(run, 'summary.json'), 'utf8'));
    return { device: config.device, final: summary.final };
}
describeGpu('looplab run --device webgpu', () => {
    it('trains the smoke experiment on the GPU to the CPU result (float32 tolerance)', async () => {
        const gpu = await finalOf('webgpu');
        const cpu = await finalOf('cpu');
        setDefaultDevice('cpu');
        expect(gpu.device).toBe('webgpu');
        expect(cpu.device).toBe('cpu');
        // Same data, same initial parameters (random values are identical on every device);
        // only float32 rounding differs over 60 Adam steps.
        for (const k of ['finalLoss', 'testLoss'])
            expect(Math.abs(gpu.final[k] - cpu.final[k])).toBeLessThan(5e-3 * Math.abs(cpu.final[k]));
        expect(gpu.final.finalLoss).toBeLessThan(0.1);
    });
});
//# sourceMappingURL=cli.test.js.map