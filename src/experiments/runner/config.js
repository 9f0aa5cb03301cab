/** A configuration problem; the CLI reports these as usage errors (exit code 2). */
export class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
function isObject(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** Dotted paths of every settable value in `config` (`model.dHidden`, `lr`, …). */
export function configKeys(config, prefix = '') {
    return Object.entries(config).flatMap(([k, v]) => (isObject(v) ? configKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
/** A short description of the type of a default value, for messages. */
export function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length > 0 && typeof v[0] === 'string' ? 'list of strings (a,b,c)' : 'list of numbers (1,2,3)';
    if (isObject(v))
        return 'object';
    return typeof v;
}
/** `typeName` with its indefinite article: 'a number', 'an object'. */
function aTypeName(v) {
    const name = typeName(v);
    return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
/**
 * Parse the text of a command-line value as the type of `like` (the default value).
 * Throws a one-line message on mismatch.
 */
export function parseValueLike(like, raw, key) {
    const fail = () => {
        throw new Error(`config.${key}: expected ${aTypeName(like)}, got '${raw}'`);
    };
    if (typeof like === 'number') {
        const t = raw.trim();
        const n = t === '' ? NaN : Number(t);
        if (!Number.isFinite(n))
            fail();
        return n;
    }
    if (typeof like === 'boolean') {
        if (raw === 'true')
            return true;
        if (raw === 'false')
            return false;
        return fail();
    }
    if (typeof like === 'string')
        return raw;
    if (Array.isArray(like)) {
        const parts = raw.trim() === '' ? [] : raw.split(',').map((s) => s.trim());
        if (like.length > 0 && typeof like[0] === 'string')
            return parts;
        const nums = parts.map((p) => (p === '' ? NaN : Number(p)));
        if (nums.some((n) => !Number.isFinite(n)))
            fail();
        return nums;
    }
    if (like === null) {
        // No type to go by: accept JSON, else the text itself.
        try {
            return JSON.parse(raw);
        }
        catch {
            return raw;
        }
    }
    throw new Error(`config.${key} is a group of settings; set its fields instead: ${configKeys(like, `${key}.`).join(', ')}`);
}
/** Check a JSON value (from a config file) against the default `like`; returns problems. */
function checkJsonLike(like, v, key, problems) {
    const wrong = () => {
        problems.push(`config.${key}: expected ${aTypeName(like)}, got ${JSON.stringify(v)}`);
        return undefined;
    };
    if (like === null)
        return v;
    if (typeof like === 'number')
        return typeof v === 'number' && Number.isFinite(v) ? v : wrong();
    if (typeof like === 'boolean')
        return typeof v === 'boolean' ? v : wrong();
    if (typeof like === 'string')
        return typeof v === 'string' ? v : wrong();
    if (Array.isArray(like)) {
        const elem = like.length > 0 && typeof like[0] === 'string' ? 'string' : 'number';
        if (!Array.isArray(v) || !v.every((e) => typeof e === elem && (elem === 'string' || Number.isFinite(e))))
            return wrong();
        return v;
    }
    if (!isObject(v))
        return wrong();
    return mergeObject(like, v, `${key}.`, problems);
}
function mergeObject(base, patch, prefix, problems) {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) {
        if (!Object.hasOwn(base, k)) {
            problems.push(`unknown key config.${prefix}${k} (valid at this level: ${Object.keys(base)
                .map((b) => prefix + b)
                .join(', ')})`);
            continue;
        }
        const merged = checkJsonLike(base[k], v, `${prefix}${k}`, problems);
        if (merged !== undefined)
            out[k] = merged;
    }
    return out;
}
/** Merge a parsed JSON object (a config file, or a saved config) onto `base`, type-checked. */
export function mergeConfigJson(base, patch, source) {
    if (!isObject(patch))
        throw new ConfigError([`${source}: expected a JSON object of settings, got ${JSON.stringify(patch)}`]);
    const problems = [];
    const merged = mergeObject(base, patch, '', problems);
    if (problems.length > 0)
        throw new ConfigError(problems.map((p) => `${source}: ${p}`));
    return merged;
}
/** Set one dotted key to a typed value in a copy of `config`. */
export function setPath(config, keys, value) {
    const [head, ...rest] = keys;
    return { ...config, [head]: rest.length === 0 ? value : setPath(config[head], rest, value) };
}
/** The default value at a dotted key, or an error message naming the valid keys. */
export function lookupKey(config, key) {
    const parts = key.split('.');
    let cur = config;
    for (let i = 0; i < parts.length; i++) {
        if (!isObject(cur) || !Object.hasOwn(cur, parts[i]) || parts[i] === '') {
            return { error: `unknown key config.${key} (valid: ${configKeys(config).join(', ')})` };
        }
        cur = cur[parts[i]];
    }
    return { value: cur };
}
/** Apply overrides in order (a later one wins); all problems are reported at once. */
export function applyOverrides(base, overrides) {
    const problems = [];
    let config = base;
    for (const o of overrides) {
        const found = lookupKey(base, o.key);
        if ('error' in found) {
            problems.push(found.error);
            continue;
        }
        try {
            config = setPath(config, o.key.split('.'), parseValueLike(found.value, o.raw, o.key));
        }
        catch (e) {
            problems.push(e.message);
        }
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    return config;
}
/** A value as the CLI would write it (`1,2,3` for arrays). */
export function formatValue(v) {
    if (Array.isArray(v))
        return v.join(',');
    if (isObject(v))
        return JSON.stringify(v);
    return String(v);
}
//# sourceMappingURL=config.js.map