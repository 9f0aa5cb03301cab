/**
 * Vitest global set-up (runs once, in the main process, before any test process starts): a
 * private XDG runtime directory when the environment has none. The Vulkan driver Dawn loads
 * (SwiftShader) links libwayland-client, which prints "error: XDG_RUNTIME_DIR is invalid or not
 * set in the environment" when it looks for a display without one — harmless for compute, but
 * it reads like a failure. As .ci/run does, the directory is <tmpdir>/looplab-runtime-<uid>,
 * mode 0700; test processes (forks and threads) inherit the variable.
 */
import { chmodSync, lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
export default function setup() {
    if (process.env.XDG_RUNTIME_DIR)
        return;
    const uid = process.getuid?.();
    if (uid === undefined)
        return; // not a POSIX system: no XDG runtime directory to provide
    const dir = path.join(tmpdir(), `looplab-runtime-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A directory left by someone else (or a link) in a shared tmpdir is not ours to use.
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.uid !== uid)
        return;
    chmodSync(dir, 0o700);
    process.env.XDG_RUNTIME_DIR = dir;
}
//# sourceMappingURL=runtime-dir.js.map