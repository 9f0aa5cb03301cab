import type { CliIO } from '../../src/cli/main.js';
/** A `CliIO` that keeps stdout and stderr; `onOut` sees each stdout write (to stop a run mid-way). */
export declare function capture(options?: {
    isTTY?: boolean;
    onOut?: (text: string) => void;
}): CliIO & {
    stdout: () => string;
    stderr: () => string;
};
/** `tmpDir()` makes a fresh directory `<tmp>/<prefix>-…`; all of them are removed after the file's tests. */
export declare function tempDirs(prefix: string): () => string;
