/**
 * Allowed values of configuration settings, declared as data next to each experiment's
 * defaults, and the one check that enforces them. The type checks of `config.ts` make sure a
 * value has the type of its default; the ranges here say which values of that type make sense
 * (`steps`: an integer ≥ 1; `method`: one of bptt, online, …). Because they are data, the CLI,
 * the run directory's checks and a browser form all read the same declaration.
 *
 *   export const sineMlpRanges: ConfigRanges<SineMlpConfig> = {
 *     steps: { integer: true, min: 1 },
 *     optim: { lr: { min: 0, minExclusive: true } },
 *   };
 *
 * A problem names the key, the value and what is allowed:
 * `config.steps must be an integer ≥ 1, got 2.5`.
 */
import type { AnyExperiment, ConfigObject, ConfigValue } from './types.js';
/** Allowed values of a numeric setting, or of each element of a list of numbers. */
export interface NumberRange {
    readonly integer?: boolean;
    readonly min?: number;
    readonly max?: number;
    /** The bound itself is not allowed: value > min. */
    readonly minExclusive?: boolean;
    /** The bound itself is not allowed: value < max. */
    readonly maxExclusive?: boolean;
    /** For a list: at least this many elements. */
    readonly minLength?: number;
}
/** A setting (or each element of a list) that takes one of a fixed set of values. */
export interface Choice<T extends string | number> {
    readonly oneOf: readonly T[];
    /** For a list: at least this many elements. */
    readonly minLength?: number;
}
/** The range of one setting. */
export type Range = NumberRange | Choice<string> | Choice<number>;
/** Ranges of a group of settings, in the erased form the checks walk. */
export interface RangeTree {
    readonly [key: string]: Range | RangeTree | undefined;
}
/** What may be declared for a setting whose default has type `V`. */
export type RangeFor<V> = [V] extends [boolean] ? never : [V] extends [number | readonly number[]] ? NumberRange | Choice<number> : [V] extends [string] ? Choice<V> : [V] extends [readonly (infer E extends string)[]] ? Choice<E> : [V] extends [ConfigObject] ? ConfigRanges<V> : Range | RangeTree;
/**
 * Declared ranges of a configuration `C`: any subset of its keys, nested like `C`. A key whose
 * type is a union of string literals takes `{ oneOf }` with exactly those literals.
 */
export type ConfigRanges<C> = {
    readonly [K in keyof C]?: RangeFor<C[K]>;
};
/** Whether one value (a scalar, or one element of a list) lies in `range`. */
export declare function inRange(value: unknown, range: Range): boolean;
/** What `range` allows, as words: "an integer ≥ 1", "in [0, 1)", "> 0", "one of lru, gru". */
export declare function describeRange(range: Range): string;
/** Problems of one setting `name` (e.g. `config.model.dHidden`) against its range. */
export declare function rangeProblems(name: string, value: ConfigValue, range: Range): string[];
/** Every value of `config` outside its declared range, each named by its dotted key. */
export declare function checkRanges(config: ConfigObject, ranges: RangeTree, prefix?: string): string[];
/**
 * Everything wrong with `config` for `experiment`: values outside the declared ranges, then the
 * experiment's own checks across settings. Those run only once every value is in range, so they
 * may rely on the literal types of the configuration (a `method` is one of the methods).
 */
export declare function configProblems(experiment: AnyExperiment, config: ConfigObject): string[];
