import type { AnyExperiment, ConfigObject } from './types.js';
/** Fraction of `os.totalmem()` a run may use when no limit is given. */
export declare const DEFAULT_MEMORY_FRACTION = 0.5;
/** Where the limit in force came from, for the message that names it. */
export type MemoryLimitSource = 'flag' | 'env' | 'default';
export interface MemoryLimit {
    readonly bytes: number;
    readonly source: MemoryLimitSource;
}
/**
 * A byte count written as a number with an optional unit: `8589934592`, `8GiB`, `512 MiB`,
 * `1.5e9`, `2GB` (units are case-insensitive; k/M/G/T are powers of 1000, KiB/MiB/GiB/TiB of
 * 1024). Undefined for anything else, including zero and negative sizes.
 */
export declare function parseByteSize(raw: string): number | undefined;
/** `bytes` for people: 812 B, 3.4 MiB, 1.2 GiB, 9.1e+6 TiB. */
export declare function formatBytes(bytes: number): string;
/**
 * The limit in force: `flag` (the raw `--max-memory` value) if given, else
 * `LOOPLAB_MAX_MEMORY`, else {@link DEFAULT_MEMORY_FRACTION} of physical memory. Throws with
 * the offending value when the flag or the variable is not a byte size.
 */
export declare function resolveMemoryLimit(flag: string | undefined, env?: NodeJS.ProcessEnv): MemoryLimit;
/** The estimated peak bytes of `config`, or undefined when the experiment declares no estimate. */
export declare function estimateRunBytes(experiment: AnyExperiment, config: ConfigObject): number | undefined;
/**
 * Why `config` cannot run within `limit` when `parallel` runs of it share the machine (a sweep's
 * workers), or undefined when it fits. The message holds the estimate, the limit and the two
 * ways out: smaller settings, or a higher limit.
 */
export declare function memoryProblem(experiment: AnyExperiment, config: ConfigObject, limit: MemoryLimit, parallel?: number): string | undefined;
