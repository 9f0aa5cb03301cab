import { isDType } from './dtype.js';
const config = { strictRank: false, strictDtype: false, defaultFloat: 'f32' };
export function getConfig() {
    return config;
}
/** Turn strict promotion checks on or off (both rank and dtype unless given separately). */
export function setStrict(on) {
    if (typeof on === 'boolean') {
        config.strictRank = on;
        config.strictDtype = on;
    }
    else {
        if (on.rank !== undefined)
            config.strictRank = on.rank;
        if (on.dtype !== undefined)
            config.strictDtype = on.dtype;
    }
}
/** Run `fn` with strict promotion checks on, restoring the previous setting afterwards. */
export function withStrict(fn) {
    const prev = { rank: config.strictRank, dtype: config.strictDtype };
    setStrict(true);
    try {
        return fn();
    }
    finally {
        setStrict(prev);
    }
}
/** Set the dtype used for tensors created from plain JS numbers (default `f32`). */
export function setDefaultFloat(dtype) {
    if (!isDType(dtype) || (dtype !== 'f32' && dtype !== 'f64')) {
        throw new Error(`setDefaultFloat: expected 'f32' or 'f64', got ${String(dtype)}`);
    }
    config.defaultFloat = dtype;
}
//# sourceMappingURL=config.js.map