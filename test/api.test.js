/**
 * The public API names each function once. A second name for the same function is allowed
 * only where it is listed here as a documented alias (its TSDoc and docs/core.md say so), and
 * docs/core.md's list of names covers every exported function.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as L from '../src/index.js';
/** Documented aliases: alias -> the one name the library itself uses. */
const ALIASES = { expandDims: 'unsqueeze' };
/** The namespaces of the numeric core, walked with the top level. */
const NAMESPACES = ['complex', 'linalg', 'random', 'tree'];
function exportedFunctions() {
    const names = new Map();
    const visit = (prefix, ns) => {
        for (const [name, value] of Object.entries(ns)) {
            if (typeof value !== 'function')
                continue;
            names.set(value, [...(names.get(value) ?? []), prefix + name]);
        }
    };
    visit('', L);
    for (const ns of NAMESPACES)
        visit(`${ns}.`, L[ns]);
    return names;
}
describe('public API', () => {
    it('exports every function under one name, or under its documented alias', () => {
        const repeated = [...exportedFunctions().values()].filter((n) => n.length > 1);
        const allowed = repeated.filter((n) => n.length === 2 && (ALIASES[n[0]] === n[1] || ALIASES[n[1]] === n[0]));
        expect(repeated).toEqual(allowed);
        expect(allowed.length).toBe(Object.keys(ALIASES).length);
    });
    it('exports linear algebra once, as the namespace linalg', () => {
        expect(typeof L.linalg.solve).toBe('function');
        for (const name of Object.keys(L.linalg))
            expect(Object.keys(L)).not.toContain(name);
    });
    it('docs/core.md names every exported function', () => {
        const doc = readFileSync(new URL('../docs/core.md', import.meta.url), 'utf8');
        const named = new Set([...doc.matchAll(/`(\w+)`/g)].map((m) => m[1]));
        const unnamed = [...exportedFunctions().values()]
            .flat()
            .map((n) => n.split('.').at(-1))
            .filter((n) => !named.has(n));
        expect(unnamed).toEqual([]);
    });
    it('keeps the synonyms that were not numpy/JAX names out', () => {
        for (const name of ['expand', 'permute', 'gather', 'var'])
            expect(Object.keys(L)).not.toContain(name);
    });
});
//# sourceMappingURL=api.test.js.map