/**
 * Test utilities for the command line: an in-memory `CliIO` that records what the CLI printed,
 * and temporary directories removed after the test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
/** A `CliIO` that keeps stdout and stderr; `onOut` sees each stdout write (to stop a run mid-way). */
export function capture(options = {}) {
    let out = '';
    let err = '';
    return {
        isTTY: options.isTTY ?? false,
        out: (t) => {
            out += t;
            options.onOut?.(t);
        },
        err: (t) => void (err += t),
        stdout: () => out,
        stderr: () => err,
    };
}
/** `tmpDir()` makes a fresh directory `<tmp>/<prefix>-…`; all of them are removed after the file's tests. */
export function tempDirs(prefix) {
    const dirs = [];
    afterAll(() => {
        for (const d of dirs)
            rmSync(d, { recursive: true, force: true });
    });
    return () => {
        const d = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
        dirs.push(d);
        return d;
    };
}
//# sourceMappingURL=cli.js.map