/**
 * Memory limits of a run. Each experiment declares, next to its configuration, how many bytes
 * a configuration needs at its peak (`estimateBytes`: parameters, optimizer state, activations
 * kept for the backward pass, data sets); the CLI compares that with a limit before anything is
 * written, so a typo such as `--config.model.dModel=100000000` is refused at once instead of
 * growing until the machine swaps or the process dies halfway through a run directory.
 *
 * The limit is `--max-memory`, else the environment variable `LOOPLAB_MAX_MEMORY`, else half
 * of this machine's physical memory (`os.totalmem()`): the other half stays for the operating
 * system, the JavaScript heap's own overhead and whatever else runs.
 */
import os from 'node:os';
/** Fraction of `os.totalmem()` a run may use when no limit is given. */
export const DEFAULT_MEMORY_FRACTION = 0.5;
const UNITS = {
    '': 1,
    b: 1,
    k: 1e3,
    kb: 1e3,
    m: 1e6,
    mb: 1e6,
    g: 1e9,
    gb: 1e9,
    t: 1e12,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/**
 * A byte count written as a number with an optional unit: `8589934592`, `8GiB`, `512 MiB`,
 * `1.5e9`, `2GB` (units are case-insensitive; k/M/G/T are powers of 1000, KiB/MiB/GiB/TiB of
 * 1024). Undefined for anything else, including zero and negative sizes.
 */
export function parseByteSize(raw) {
    const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
    if (!m)
        return undefined;
    const unit = UNITS[m[2].toLowerCase()];
    if (unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * unit);
    return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}
/** `bytes` for people: 812 B, 3.4 MiB, 1.2 GiB, 9.1e+6 TiB. */
export function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    const digits = i === 0 ? 0 : v < 10 ? 2 : 1;
    return `${v >= 1e6 ? v.toExponential(1) : v.toFixed(digits)} ${units[i]}`;
}
/**
 * The limit in force: `flag` (the raw `--max-memory` value) if given, else
 * `LOOPLAB_MAX_MEMORY`, else {@link DEFAULT_MEMORY_FRACTION} of physical memory. Throws with
 * the offending value when the flag or the variable is not a byte size.
 */
export function resolveMemoryLimit(flag, env = process.env) {
    const fromEnv = env.LOOPLAB_MAX_MEMORY;
    const raw = flag ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined);
    if (raw === undefined)
        return { bytes: Math.floor(os.totalmem() * DEFAULT_MEMORY_FRACTION), source: 'default' };
    const bytes = parseByteSize(raw);
    if (bytes === undefined)
        throw new Error(`${flag !== undefined ? '--max-memory' : 'LOOPLAB_MAX_MEMORY'} expects a byte size such as 8GiB, 512MiB or 1000000000, got '${raw}'`);
    return { bytes, source: flag !== undefined ? 'flag' : 'env' };
}
/** The estimated peak bytes of `config`, or undefined when the experiment declares no estimate. */
export function estimateRunBytes(experiment, config) {
    return experiment.estimateBytes?.(config);
}
function describeLimit(limit) {
    switch (limit.source) {
        case 'flag':
            return `--max-memory ${formatBytes(limit.bytes)}`;
        case 'env':
            return `LOOPLAB_MAX_MEMORY ${formatBytes(limit.bytes)}`;
        case 'default':
            return `${formatBytes(limit.bytes)}, half of this machine's ${formatBytes(os.totalmem())}`;
        default:
            return limit.source;
    }
}
/**
 * Why `config` cannot run within `limit` when `parallel` runs of it share the machine (a sweep's
 * workers), or undefined when it fits. The message holds the estimate, the limit and the two
 * ways out: smaller settings, or a higher limit.
 */
export function memoryProblem(experiment, config, limit, parallel = 1) {
    const one = estimateRunBytes(experiment, config);
    if (one === undefined)
        return undefined;
    const total = one * parallel;
    if (total <= limit.bytes)
        return undefined;
    const what = parallel > 1
        ? `${parallel} parallel runs of this configuration need about ${formatBytes(total)} (${formatBytes(one)} each)`
        : `this configuration needs about ${formatBytes(total)}`;
    return (`${experiment.name}: ${what} (parameters, optimizer state, activations and data, estimated from the configuration), ` +
        `more than the memory limit (${describeLimit(limit)}). Use smaller sizes, or raise the limit with --max-memory <bytes, e.g. 32GiB> or LOOPLAB_MAX_MEMORY.`);
}
//# sourceMappingURL=limits.js.map