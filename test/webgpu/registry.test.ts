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
import type { CliIO } from '../../src/cli/main.js';
import { EXIT_OK, EXIT_USAGE, main } from '../../src/cli/main.js';
import { experiments } from '../../src/experiments/runner/registry.js';
import { executeRun } from '../../src/experiments/runner/runner.js';
import type { AnyExperiment } from '../../src/experiments/runner/types.js';
import { setDefaultDevice } from '../../src/index.js';
import { describeGpu } from '../util/gpu.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => setDefaultDevice('cpu'));

function tmp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-registry-'));
  dirs.push(d);
  return d;
}

function captureIO(): CliIO & { text: () => string } {
  let text = '';
  return { isTTY: false, out: (s) => void (text += s), err: (s) => void (text += s), text: () => text };
}

async function smokeSummary(e: AnyExperiment, device: 'cpu' | 'webgpu'): Promise<{ device: string; final: Record<string, number | null> }> {
  const out = tmp();
  const io = captureIO();
  expect(await main(['run', e.name, '--smoke', '--device', device, '--out', out], io, { cwd: out }), io.text()).toBe(EXIT_OK);
  const run = path.join(out, readdirSync(out)[0]);
  const config = JSON.parse(readFileSync(path.join(run, 'config.json'), 'utf8')) as { device: string };
  const summary = JSON.parse(readFileSync(path.join(run, 'summary.json'), 'utf8')) as { final: Record<string, number | null> };
  return { device: config.device, final: summary.final };
}

describeGpu('every registered experiment on WebGPU', () => {
  for (const e of experiments) {
    if (e.webgpu === true) {
      it(`${e.name}: the smoke configuration runs on the GPU to the CPU summary`, async () => {
        const gpu = await smokeSummary(e, 'webgpu');
        const cpu = await smokeSummary(e, 'cpu');
        expect(gpu.device).toBe('webgpu');
        for (const k of e.summaryKeys) expect(Number.isFinite(gpu.final[k]), `${e.name}: summary.${k} = ${gpu.final[k]}`).toBe(true);
        // Same data and initial parameters (random values are identical on every device); only
        // float32 rounding differs.
        const m = e.metric.name;
        const [g, c] = [gpu.final[m] as number, cpu.final[m] as number];
        expect(Math.abs(g - c), `${e.name}: ${m} ${g} on WebGPU vs ${c} on the CPU`).toBeLessThan(5e-3 * Math.abs(c));
      });
    } else {
      it(`${e.name}: refused before anything is written`, async () => {
        const out = tmp();
        const io = captureIO();
        expect(await main(['run', e.name, '--smoke', '--device', 'webgpu', '--out', path.join(out, 'runs')], io, { cwd: out })).toBe(EXIT_USAGE);
        expect(io.text()).toContain(`${e.name} does not run on WebGPU: ${e.webgpu?.reason}; run it with --device cpu`);
        expect(readdirSync(out)).toEqual([]);
        // The same refusal where the runner is called directly (sweep workers, scripts).
        setDefaultDevice('webgpu');
        const dir = path.join(out, 'direct');
        const outcome = await executeRun({ experiment: e, dir, config: e.smokeConfig(), seed: 0 });
        expect(outcome).toEqual({ status: 'failed', message: `${e.name} does not run on WebGPU: ${e.webgpu?.reason}; run it with --device cpu` });
        expect(existsSync(dir)).toBe(false);
      });
    }
  }
});
