function isChoice(r) {
    return 'oneOf' in r;
}
/** Whether one value (a scalar, or one element of a list) lies in `range`. */
export function inRange(value, range) {
    if (isChoice(range))
        return range.oneOf.includes(value);
    if (typeof value !== 'number' || !Number.isFinite(value))
        return false;
    if (range.integer === true && !Number.isInteger(value))
        return false;
    if (range.min !== undefined && (range.minExclusive === true ? !(value > range.min) : !(value >= range.min)))
        return false;
    if (range.max !== undefined && (range.maxExclusive === true ? !(value < range.max) : !(value <= range.max)))
        return false;
    return true;
}
/** What `range` allows, as words: "an integer ≥ 1", "in [0, 1)", "> 0", "one of lru, gru". */
export function describeRange(range) {
    if (isChoice(range))
        return `one of ${range.oneOf.join(', ')}`;
    const { min, max } = range;
    const kind = range.integer === true ? 'an integer' : '';
    let bounds;
    if (min !== undefined && max !== undefined)
        bounds = `in ${range.minExclusive === true ? '(' : '['}${min}, ${max}${range.maxExclusive === true ? ')' : ']'}`;
    else if (min !== undefined)
        bounds = `${range.minExclusive === true ? '>' : '≥'} ${min}`;
    else if (max !== undefined)
        bounds = `${range.maxExclusive === true ? '<' : '≤'} ${max}`;
    else
        return kind || 'a finite number';
    return kind ? `${kind} ${bounds}` : bounds;
}
function show(v) {
    return typeof v === 'string' ? `'${v}'` : Array.isArray(v) ? `[${v.map(show).join(', ')}]` : String(v);
}
/** Problems of one setting `name` (e.g. `config.model.dHidden`) against its range. */
export function rangeProblems(name, value, range) {
    if (!Array.isArray(value))
        return inRange(value, range) ? [] : [`${name} must be ${describeRange(range)}, got ${show(value)}`];
    const problems = [];
    const n = range.minLength ?? 0;
    if (value.length < n)
        problems.push(`${name} must list at least ${n === 1 ? 'one value' : `${n} values`}, got []`);
    value.forEach((v, i) => {
        if (!inRange(v, range))
            problems.push(`${name}[${i}] must be ${describeRange(range)}, got ${show(v)}`);
    });
    return problems;
}
function isGroup(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Every value of `config` outside its declared range, each named by its dotted key. */
export function checkRanges(config, ranges, prefix = 'config.') {
    const problems = [];
    for (const [key, range] of Object.entries(ranges)) {
        if (range === undefined)
            continue;
        if (!Object.hasOwn(config, key))
            throw new Error(`checkRanges: a range is declared for ${prefix}${key}, which the configuration does not have`);
        const value = config[key];
        if (isGroup(value))
            problems.push(...checkRanges(value, range, `${prefix}${key}.`));
        else
            problems.push(...rangeProblems(`${prefix}${key}`, value, range));
    }
    return problems;
}
/**
 * Everything wrong with `config` for `experiment`: values outside the declared ranges, then the
 * experiment's own checks across settings. Those run only once every value is in range, so they
 * may rely on the literal types of the configuration (a `method` is one of the methods).
 */
export function configProblems(experiment, config) {
    const problems = checkRanges(config, experiment.ranges);
    if (problems.length > 0)
        return problems;
    return experiment.validate?.(config) ?? [];
}
//# sourceMappingURL=ranges.js.map