/**
 * What the registry-driven smoke test (test/experiments-smoke.test.ts) hands to a finding: the
 * finished smoke run of one experiment. A finding asserts what that smoke configuration is
 * there to show (the paper's qualitative result), and may run further configurations to
 * compare against.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeRun } from '../../src/experiments/runner/runner.js';
const dirs = [];
/** A fresh temporary directory, removed by {@link removeTmpDirs}. */
export function tmpDir() {
    const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-smoke-'));
    dirs.push(d);
    return d;
}
export function removeTmpDirs() {
    for (const d of dirs.splice(0))
        rmSync(d, { recursive: true, force: true });
}
/** Run `config` to the end in a fresh directory and return its summary. */
export async function finish(experiment, config, seed = 0) {
    const r = await executeRun({ experiment, dir: tmpDir(), config, seed });
    if (r.status !== 'finished')
        throw new Error(`${experiment.name} ended as ${r.status}${r.status === 'failed' ? `: ${r.message}` : ''}`);
    return r.summary;
}
//# sourceMappingURL=types.js.map