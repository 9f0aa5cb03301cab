/**
 * Every registered experiment on WebGPU: one that declares WebGPU support runs its smoke
 * configuration there to the CPU's summary (float32 tolerance on its metric); one that does not
 * is refused — by the CLI with exit 2 and by `executeRun` with a failed outcome — before
 * anything is written.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main } from '../../src/cli/main.js';
import { experiments } from '../../src/experiments/runner/registry.js';
import { executeRun } from '../../src/experiments/runner/runner.js';
import { setDefaultDevice } from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';
const dirs = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => setDefaultDevice('cpu'));
function tmp() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-registry-'));
    dirs.push(d);
    return d;
}
function captureIO() {
    let text = '';
    return { isTTY: false, out: (s) => void (text += s), err: (s) => void (text += s), text: () => text };
}
/**
 * SwiftShader runs a GPU on the CPU, slowly: the online experiments' smoke configurations (a few
 * hundred RTRL steps) would take minutes there, so these settings shrink them to one or two steps
 * on small splits — the same code path, on the same configuration on both devices.
 */
const SMALLER = {
    'online-copy': ['--config.task.trainSize=64', '--config.train.epochs=1', '--config.task.valSize=16', '--config.task.testSize=16'],
    'online-layers': [
        '--config.task.trainSize=32',
        '--config.train.epochs=1',
        '--config.task.valSize=16',
        '--config.task.testSize=16',
        '--config.model.nLayers=2',
    ],
    'online-smnist': ['--config.task.pool=14', '--config.task.trainLimit=100', '--config.train.epochs=1', '--config.task.testLimit=50'],
};
/** Timings differ between devices; every other summary number is compared. */
const TIMINGS = new Set(['secondsPerStep']);
async function smokeSummary(e, device) {
    const out = tmp();
    const io = captureIO();
    const args = ['run', e.name, '--smoke', ...(SMALLER[e.name] ?? []), '--device', device, '--out', out];
    expect(await main(args, io, { cwd: out }), io.text()).toBe(EXIT_OK);
    const run = path.join(out, readdirSync(out)[0]);
    const config = JSON.parse(readFileSync(path.join(run, 'config.json'), 'utf8'));
    const summary = JSON.parse(readFileSync(path.join(run, 'summary.json'), 'utf8'));
    return { device: config.device, final: summary.final };
}
describeGpu('every registered experiment on WebGPU', () => {
    for (const e of experiments) {
        if (e.webgpu === true) {
            it(`${e.name}: the smoke configuration runs on the GPU to the CPU summary`, async () => {
                const gpu = await smokeSummary(e, 'webgpu');
                const cpu = await smokeSummary(e, 'cpu');
                expect(gpu.device).toBe('webgpu');
                for (const k of e.summaryKeys)
                    expect(gpu.final, `${e.name}: summary.${k}`).toHaveProperty(k);
                // Same data and initial parameters (random values are identical on every device); only
                // float32 rounding differs (the GPU composes the RTRL updates that the CPU fuses). Adam's
                // first steps normalise each gradient entry, so a near-zero entry whose sign differs
                // moves its parameter by a full learning rate: 1% on losses, and one flipped prediction
                // (1/128 of the bits of 16 copy sequences) on accuracies.
                for (const [k, c] of Object.entries(cpu.final)) {
                    if (TIMINGS.has(k))
                        continue;
                    const g = gpu.final[k];
                    // null: not finite (NaN where nothing was measured, e.g. no accuracy for a regression)
                    if (c === null) {
                        expect(g, `${e.name}: summary.${k} on WebGPU`).toBeNull();
                        continue;
                    }
                    expect(g, `${e.name}: summary.${k} on WebGPU`).not.toBeNull();
                    expect(Math.abs(g - c), `${e.name}: summary.${k} ${g} on WebGPU vs ${c} on the CPU`).toBeLessThanOrEqual(/accuracy/i.test(k) ? 1e-2 : 1e-2 * Math.abs(c));
                }
            });
        }
        else {
            const reason = e.webgpu?.reason;
            it(`${e.name}: refused before anything is written`, async () => {
                const out = tmp();
                const io = captureIO();
                expect(await main(['run', e.name, '--smoke', '--device', 'webgpu', '--out', path.join(out, 'runs')], io, { cwd: out })).toBe(EXIT_USAGE);
                expect(io.text()).toContain(`${e.name} does not run on WebGPU: ${reason}; run it with --device cpu`);
                expect(readdirSync(out)).toEqual([]);
                // The same refusal where the runner is called directly (sweep workers, scripts).
                setDefaultDevice('webgpu');
                const dir = path.join(out, 'direct');
                const outcome = await executeRun({ experiment: e, dir, config: e.smokeConfig(), seed: 0 });
                expect(outcome).toEqual({ status: 'failed', message: `${e.name} does not run on WebGPU: ${reason}; run it with --device cpu` });
                expect(existsSync(dir)).toBe(false);
            });
        }
    }
});
//# sourceMappingURL=registry.test.js.map