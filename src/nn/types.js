/** Merge a partial config over defaults; unknown keys and wrong types raise naming the layer. */
export function resolveConfig(layer, defaults, partial) {
    if (partial === undefined)
        return defaults;
    const out = { ...defaults };
    for (const [k, v] of Object.entries(partial)) {
        if (!(k in defaults)) {
            throw new Error(`${layer}: unknown config key '${k}' (valid: ${Object.keys(defaults).join(', ')})`);
        }
        const d = defaults[k];
        if (v !== undefined && d !== undefined && d !== null && typeof v !== typeof d) {
            throw new Error(`${layer}: config key '${k}' must be ${Array.isArray(d) ? 'an array' : typeof d === 'object' ? 'an object' : `a ${typeof d}`}, got ${typeof v}`);
        }
        out[k] = v;
    }
    return out;
}
//# sourceMappingURL=types.js.map