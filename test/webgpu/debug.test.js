/**
 * LOOPLAB_DEBUG: =1 logs every dispatch, =2 also dumps the WGSL of each new pipeline. The level
 * is read when the WebGPU context is created, so each check runs in a child process.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { describeGpu } from '../util/gpu.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const exec = promisify(execFile);
/** A child that initialises WebGPU and records one dispatch directly (no op kernel needed). */
const CHILD = `
import { initWebGPU } from './src/index.ts';
import { webgpuBackend } from './src/core/backends/webgpu/backend.ts';
await initWebGPU();
const ctx = webgpuBackend().ctx;
const out = ctx.allocate(16, 'f32');
ctx.run({
  key: 'debug-test-fill',
  code: () => '@group(0) @binding(0) var<storage, read_write> o: array<f32>;\\n@compute @workgroup_size(4) fn main(@builtin(global_invocation_id) g: vec3u) { o[g.x] = 7.0; }',
  inputs: [],
  outputs: [out],
  workgroups: [1],
});
const v = new Float32Array(await ctx.read(out, 16));
console.log('value', v[0]);
process.exit(0);
`;
async function runChild(debug) {
    const env = { ...process.env };
    if (debug === undefined)
        delete env.LOOPLAB_DEBUG;
    else
        env.LOOPLAB_DEBUG = debug;
    return exec(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: root, env, timeout: 60_000 });
}
describeGpu('LOOPLAB_DEBUG', () => {
    it('=1 logs dispatches, =2 also dumps WGSL, unset logs nothing', async () => {
        const quiet = await runChild(undefined);
        expect(quiet.stdout).toContain('value 7');
        expect(quiet.stderr).not.toContain('[looplab webgpu]');
        const one = await runChild('1');
        expect(one.stdout).toContain('value 7');
        expect(one.stderr).toContain('[looplab webgpu] dispatch debug-test-fill [1]');
        expect(one.stderr).not.toContain('WGSL');
        const two = await runChild('2');
        expect(two.stderr).toContain('[looplab webgpu] WGSL debug-test-fill');
        expect(two.stderr).toContain('@compute @workgroup_size(4)');
    });
});
//# sourceMappingURL=debug.test.js.map