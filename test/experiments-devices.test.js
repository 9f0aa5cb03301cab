/**
 * Devices of the registered experiments: each declares whether it runs on WebGPU (or why not),
 * and `looplab run --device webgpu` refuses one that does not before anything is written, with
 * the reason — no WebGPU adapter is needed for that (test/webgpu/registry.test.ts runs the
 * others on the GPU).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_USAGE, main } from '../src/cli/main.js';
import { deviceProblem, experimentsOn } from '../src/experiments/runner/devices.js';
import { experiments } from '../src/experiments/runner/registry.js';
const dirs = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function captureIO() {
    let text = '';
    return { isTTY: false, out: (s) => void (text += s), err: (s) => void (text += s), text: () => text };
}
describe('experiment devices', () => {
    it('every registered experiment declares WebGPU support or the reason it has none', () => {
        for (const e of experiments) {
            expect(e.webgpu, e.name).toBeDefined();
            if (e.webgpu !== true)
                expect(e.webgpu?.reason.length, e.name).toBeGreaterThan(20);
            expect(deviceProblem(e, 'cpu'), e.name).toBeUndefined();
        }
    });
    it('says why an experiment without a declaration does not run on WebGPU', () => {
        expect(deviceProblem({ name: 'x' }, 'webgpu')).toBe('x does not run on WebGPU: it does not declare WebGPU support; run it with --device cpu');
        expect(deviceProblem({ name: 'x', webgpu: true }, 'webgpu')).toBeUndefined();
        expect(experimentsOn(experiments, 'cpu')).toEqual(experiments);
    });
    const refused = experiments.filter((e) => e.webgpu !== true);
    it.each(refused.map((e) => [e.name, e]))('run %s --device webgpu: exit 2 with the reason, nothing written', async (name, e) => {
        const out = mkdtempSync(path.join(os.tmpdir(), 'looplab-device-'));
        dirs.push(out);
        const io = captureIO();
        const code = await main(['run', name, '--smoke', '--device', 'webgpu', '--out', path.join(out, 'runs')], io, { cwd: out });
        expect(code).toBe(EXIT_USAGE);
        expect(io.text()).toContain(`${name} does not run on WebGPU: `);
        if (e.webgpu !== true)
            expect(io.text()).toContain(e.webgpu?.reason);
        expect(io.text()).toContain('run it with --device cpu');
        expect(existsSync(path.join(out, 'runs'))).toBe(false);
        expect(readdirSync(out)).toEqual([]);
    });
});
describe('--help, docs/cli.md and docs/webgpu.md name the experiments that run on WebGPU', () => {
    const onGpu = experimentsOn(experiments, 'webgpu').map((e) => e.name);
    it('--help', async () => {
        const io = captureIO();
        await main(['--help'], io);
        expect(io.text()).toMatch(new RegExp(`webgpu runs ${onGpu.join(', ')};\\s+the other experiments are refused`));
    });
    it('docs/webgpu.md: one row per registered experiment, "runs" exactly for those that do', () => {
        const md = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'webgpu.md'), 'utf8');
        const rows = [...md.matchAll(/^\| `([a-z0-9-]+)` \| (runs|refused) \|/gm)].map((m) => [m[1], m[2]]);
        expect(rows).toEqual(experiments.map((e) => [e.name, e.webgpu === true ? 'runs' : 'refused']));
    });
    it('docs/cli.md', () => {
        const md = readFileSync(path.join(import.meta.dirname, '..', 'docs', 'cli.md'), 'utf8').replace(/\s+/g, ' ');
        expect(md).toContain(`on WebGPU only ${onGpu.map((n) => `\`${n}\``).join(', ')} run${onGpu.length === 1 ? 's' : ''} today`);
    });
});
//# sourceMappingURL=experiments-devices.test.js.map