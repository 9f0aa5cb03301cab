/**
 * Node's fs/path/module for the data loaders, fetched when a file is read rather than imported at
 * the top, so that `import { tasks } from 'looplab'` also works in a browser (where the loaders
 * read through a reader set by the page instead).
 */
import type * as NodeFs from 'node:fs';
import type * as NodeModule from 'node:module';
import type * as NodePath from 'node:path';
/** fs, path and module, or an error saying that `what` needs Node.js (≥ 20.16). */
export declare function nodeBuiltins(what: string): {
    fs: typeof NodeFs;
    path: typeof NodePath;
    module: typeof NodeModule;
};
