/** bench/gpu.ts runs end to end at tiny sizes (`--quick`) on whatever adapter the tests use. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { describeGpu } from '../util/gpu.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
describeGpu('bench/gpu.ts', () => {
    it('runs with --quick and reports every benchmark', async () => {
        const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/gpu.ts', '--quick'], {
            cwd: root,
            env: process.env,
            timeout: 120_000,
        });
        for (const what of [
            'upload 1 MiB',
            'read back 1 MiB',
            'dispatch overhead',
            'matmul f32 32³',
            'matmul f32 64³',
            'LRU layer fwd+bwd',
            'live buffers at the end: 0',
        ]) {
            expect(stdout).toContain(what);
        }
    }, 120_000);
});
//# sourceMappingURL=bench.test.js.map