/**
 * `looplab tour --device webgpu`: a finding whose experiment runs on WebGPU computes there; one
 * whose experiment needs the CPU runs on the CPU, and the page says so. The default device is
 * restored afterwards.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EXIT_OK } from '../../src/cli/main.js';
import { parseTourArgs, tourCommand } from '../../src/cli/tour.js';
import { onlineCopy } from '../../src/experiments/p4-online/online-copy.js';
import { memoryScalar } from '../../src/experiments/p1-memory/memory-scalar.js';
import { atLeast, defineFinding } from '../../src/experiments/tour/finding.js';
import { getDefaultDevice } from '../../src/index.js';
import { capture, tempDirs } from '../util/cli.js';
import { describeGpu } from '../util/gpu.js';
const tmpDir = tempDirs('looplab-tour-gpu');
describeGpu('looplab tour on WebGPU', () => {
    it('runs WebGPU experiments there and the others on the CPU, saying so', async () => {
        // SwiftShader is a GPU on the CPU: a copy task of two steps keeps the same code path.
        const onGpu = defineFinding({
            id: 'p4-gpu',
            paper: 'P4',
            source: 'test',
            claim: 'The online rule runs on WebGPU.',
            experiment: onlineCopy,
            config: () => onlineCopy.smokeConfig(),
            reduced: '',
            quantities: [{ name: 'steps', key: 'steps', paper: null }],
            checks: [atLeast('steps', 1)],
            paperCommand: 'looplab run online-copy',
            seconds: 5,
            runs: [{ label: 'online', patch: (c) => ({ ...c, task: { ...c.task, trainSize: 64, valSize: 16, testSize: 16 }, train: { ...c.train, epochs: 1 } }) }],
        });
        const onCpu = defineFinding({
            id: 'p1-cpu',
            paper: 'P1',
            source: 'test',
            claim: 'The scalar theory runs in float64 on the CPU.',
            experiment: memoryScalar,
            config: () => memoryScalar.smokeConfig(),
            reduced: '',
            quantities: [{ name: 'slope', key: 'slope_h2_rho=0', paper: 1 }],
            checks: [atLeast('slope', 0.9)],
            paperCommand: 'looplab run memory-scalar',
            seconds: 2,
        });
        const out = tmpDir();
        const io = capture();
        const args = parseTourArgs(['--smoke', '--device', 'webgpu', '--out', out], out, [onCpu, onGpu]);
        expect(await tourCommand(args, { io, cwd: out, now: () => new Date() }), io.stdout() + io.stderr()).toBe(EXIT_OK);
        expect(getDefaultDevice()).toBe('cpu');
        const dir = path.join(out, readdirSync(out)[0]);
        const tour = JSON.parse(readFileSync(path.join(dir, 'tour.json'), 'utf8'));
        expect(tour.device).toBe('webgpu');
        const [cpu, gpu] = tour.findings;
        expect(cpu.runs[0].device).toBe('cpu');
        expect(gpu.runs[0].device).toBe('webgpu');
        for (const f of tour.findings) {
            const meta = JSON.parse(readFileSync(path.join(dir, f.runs[0].dir, 'config.json'), 'utf8'));
            expect(meta.device, f.id).toBe(f.runs[0].device);
        }
        expect(io.stdout()).toContain('device: webgpu');
        expect(io.stdout()).toMatch(/p1-cpu .*run: on the CPU: its closed forms/);
        expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toMatch(/cpu, [\d.]+ s\)/);
    });
});
//# sourceMappingURL=tour.test.js.map