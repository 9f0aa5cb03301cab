/** fs, path and module, or an error saying that `what` needs Node.js (≥ 20.16). */
export function nodeBuiltins(what) {
    const p = globalThis.process;
    if (p?.getBuiltinModule === undefined)
        throw new Error(`${what} needs Node.js (≥ 20.16)`);
    return {
        fs: p.getBuiltinModule('node:fs'),
        path: p.getBuiltinModule('node:path'),
        module: p.getBuiltinModule('node:module'),
    };
}
//# sourceMappingURL=node-builtins.js.map