/** The environment a run ran in (env.json): enough to tell two machines or versions apart. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The package root: three levels up from both src/experiments/runner and dist/experiments/runner. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The package version from package.json. */
export function packageVersion() {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
let cachedCommit;
function gitCommit() {
    if (cachedCommit !== undefined)
        return cachedCommit;
    try {
        const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: packageRoot, encoding: 'utf8', timeout: 5000 });
        cachedCommit = r.status === 0 && /^[0-9a-f]{40}$/.test(r.stdout.trim()) ? r.stdout.trim() : null;
    }
    catch {
        cachedCommit = null;
    }
    return cachedCommit;
}
export function environmentInfo(device) {
    const cpus = os.cpus();
    return {
        looplab: packageVersion(),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        arch: os.arch(),
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        cpus: cpus.length,
        memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        device,
        gitCommit: gitCommit(),
    };
}
//# sourceMappingURL=env.js.map