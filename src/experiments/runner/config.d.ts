/**
 * Resolving a configuration from the experiment's defaults, an optional JSON file and dotted
 * command-line overrides (`--config.lr=0.01`, `--config.model.dHidden=128`). The default
 * configuration is the schema: a key it lacks is unknown, and a value must have the type of the
 * default's value (numbers, booleans, strings, arrays of numbers or strings, nested objects).
 * Every problem is collected and reported together with what would have been valid, so a typo
 * costs one attempt, not one per mistake.
 */
import type { ConfigObject, ConfigValue } from './types.js';
/** A configuration problem; the CLI reports these as usage errors (exit code 2). */
export declare class ConfigError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/** Dotted paths of every settable value in `config` (`model.dHidden`, `lr`, …). */
export declare function configKeys(config: ConfigObject, prefix?: string): string[];
/** A short description of the type of a default value, for messages. */
export declare function typeName(v: ConfigValue): string;
/**
 * Parse the text of a command-line value as the type of `like` (the default value).
 * Throws a one-line message on mismatch.
 */
export declare function parseValueLike(like: ConfigValue, raw: string, key: string): ConfigValue;
/** Merge a parsed JSON object (a config file, or a saved config) onto `base`, type-checked. */
export declare function mergeConfigJson<C extends ConfigObject>(base: C, patch: unknown, source: string): C;
/** A parsed `--config.<key>=<value>` argument. */
export interface Override {
    readonly key: string;
    readonly raw: string;
}
/** Set one dotted key to a typed value in a copy of `config`. */
export declare function setPath(config: ConfigObject, keys: readonly string[], value: ConfigValue): ConfigObject;
/** The default value at a dotted key, or an error message naming the valid keys. */
export declare function lookupKey(config: ConfigObject, key: string): {
    value: ConfigValue;
} | {
    error: string;
};
/** Apply overrides in order (a later one wins); all problems are reported at once. */
export declare function applyOverrides<C extends ConfigObject>(base: C, overrides: readonly Override[]): C;
/** A value as the CLI would write it (`1,2,3` for arrays). */
export declare function formatValue(v: ConfigValue | undefined): string;
