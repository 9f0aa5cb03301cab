/**
 * The lab's links: the whole configuration and seed in the URL (base64url JSON), and the checks
 * that turn a link or a form back into a configuration — with the CLI's messages.
 */
import { ConfigError, mergeConfigJson } from '../experiments/runner/config.js';
import { configProblems } from '../experiments/runner/ranges.js';
/** base64url of UTF-8 JSON, and back. */
export function encodeConfig(config) {
    const bytes = new TextEncoder().encode(JSON.stringify(config));
    let bin = '';
    for (const b of bytes)
        bin += String.fromCharCode(b);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
export function decodeConfig(text) {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}
/** The lab page of `name` with this configuration, seed and device. */
export function runLink(name, config, seed = 0, device = 'auto') {
    return `#/run/${name}?seed=${seed}&device=${device}&config=${encodeConfig(config)}`;
}
/** The configuration of `json` for `e`, or the problems — the same messages as the CLI's. */
export function checkConfig(e, json) {
    try {
        const config = mergeConfigJson(e.defaultConfig(), json, 'config');
        const problems = configProblems(e, config);
        return problems.length > 0 ? { problems } : { config };
    }
    catch (err) {
        if (err instanceof ConfigError)
            return { problems: [...err.problems] };
        throw err;
    }
}
//# sourceMappingURL=links.js.map