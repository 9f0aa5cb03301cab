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
export type RangeFor<V> = [V] extends [boolean]
  ? never
  : [V] extends [number | readonly number[]]
    ? NumberRange | Choice<number>
    : [V] extends [string]
      ? Choice<V>
      : [V] extends [readonly (infer E extends string)[]]
        ? Choice<E>
        : [V] extends [ConfigObject]
          ? ConfigRanges<V>
          : Range | RangeTree;

/**
 * Declared ranges of a configuration `C`: any subset of its keys, nested like `C`. A key whose
 * type is a union of string literals takes `{ oneOf }` with exactly those literals.
 */
export type ConfigRanges<C> = { readonly [K in keyof C]?: RangeFor<C[K]> };

function isChoice(r: Range): r is Choice<string> | Choice<number> {
  return 'oneOf' in r;
}

/** Whether one value (a scalar, or one element of a list) lies in `range`. */
export function inRange(value: unknown, range: Range): boolean {
  if (isChoice(range)) return (range.oneOf as readonly unknown[]).includes(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (range.integer === true && !Number.isInteger(value)) return false;
  if (range.min !== undefined && (range.minExclusive === true ? !(value > range.min) : !(value >= range.min))) return false;
  if (range.max !== undefined && (range.maxExclusive === true ? !(value < range.max) : !(value <= range.max))) return false;
  return true;
}

/** What `range` allows, as words: "an integer ≥ 1", "in [0, 1)", "> 0", "one of lru, gru". */
export function describeRange(range: Range): string {
  if (isChoice(range)) return `one of ${range.oneOf.join(', ')}`;
  const { min, max } = range;
  const kind = range.integer === true ? 'an integer' : '';
  let bounds: string;
  if (min !== undefined && max !== undefined) bounds = `in ${range.minExclusive === true ? '(' : '['}${min}, ${max}${range.maxExclusive === true ? ')' : ']'}`;
  else if (min !== undefined) bounds = `${range.minExclusive === true ? '>' : '≥'} ${min}`;
  else if (max !== undefined) bounds = `${range.maxExclusive === true ? '<' : '≤'} ${max}`;
  else return kind || 'a finite number';
  return kind ? `${kind} ${bounds}` : bounds;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : String(v);
}

/** Problems of one setting `name` (e.g. `config.model.dHidden`) against its range. */
export function rangeProblems(name: string, value: ConfigValue, range: Range): string[] {
  if (!Array.isArray(value)) return inRange(value, range) ? [] : [`${name} must be ${describeRange(range)}, got ${show(value)}`];
  const problems: string[] = [];
  const n = range.minLength ?? 0;
  if (value.length < n) problems.push(`${name} must list at least ${n === 1 ? 'one value' : `${n} values`}, got []`);
  value.forEach((v: unknown, i) => {
    if (!inRange(v, range)) problems.push(`${name}[${i}] must be ${describeRange(range)}, got ${show(v)}`);
  });
  return problems;
}

function isGroup(v: ConfigValue | undefined): v is ConfigObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every value of `config` outside its declared range, each named by its dotted key. */
export function checkRanges(config: ConfigObject, ranges: RangeTree, prefix = 'config.'): string[] {
  const problems: string[] = [];
  for (const [key, range] of Object.entries(ranges)) {
    if (range === undefined) continue;
    if (!Object.hasOwn(config, key)) throw new Error(`checkRanges: a range is declared for ${prefix}${key}, which the configuration does not have`);
    const value = config[key];
    if (isGroup(value)) problems.push(...checkRanges(value, range as RangeTree, `${prefix}${key}.`));
    else problems.push(...rangeProblems(`${prefix}${key}`, value, range));
  }
  return problems;
}

/**
 * Everything wrong with `config` for `experiment`: values outside the declared ranges, then the
 * experiment's own checks across settings. Those run only once every value is in range, so they
 * may rely on the literal types of the configuration (a `method` is one of the methods).
 */
export function configProblems(experiment: AnyExperiment, config: ConfigObject): string[] {
  const problems = checkRanges(config, experiment.ranges);
  if (problems.length > 0) return problems;
  return experiment.validate?.(config) ?? [];
}
