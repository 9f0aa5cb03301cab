import { formatShort } from '../../report/html.js';
/** `left ≥ times · right + plus`. */
export function atLeast(left, right, o = {}) {
    return { left, op: '>=', right, ...o };
}
/** `left ≤ times · right + plus`. */
export function atMost(left, right, o = {}) {
    return { left, op: '<=', right, ...o };
}
/** `|left − right| ≤ tolerance`. */
export function near(left, right, tolerance) {
    return { left, op: 'near', right, tolerance };
}
/**
 * Declare a finding; checks that quantity names are unique, that checks and the figure refer to
 * declared quantities and runs, and that run labels are usable as directory names. Throws on a
 * malformed record (a programming error, found by the test that walks every finding).
 */
export function defineFinding(f) {
    const problems = findingProblems(f);
    if (problems.length > 0)
        throw new Error(`finding '${f.id}': ${problems.join('; ')}`);
    return f;
}
/** The run labels of a finding, in order. */
export function runLabels(f) {
    return f.runs && f.runs.length > 0 ? f.runs.map((r) => r.label) : ['run'];
}
/** The configuration of each run of the finding, by label, from a base configuration. */
export function runConfigs(f, base) {
    if (!f.runs || f.runs.length === 0)
        return [{ label: 'run', config: base }];
    return f.runs.map((r) => ({ label: r.label, config: r.patch(base) }));
}
function findingProblems(f) {
    const problems = [];
    if (!/^p[1-9](-[a-z0-9]+)+$/.test(f.id))
        problems.push(`id must look like 'p4-copy' (p<k>-words), got '${f.id}'`);
    if (!f.id.startsWith(f.paper.toLowerCase() + '-'))
        problems.push(`id '${f.id}' must start with its paper '${f.paper.toLowerCase()}-'`);
    const labels = runLabels(f);
    if (new Set(labels).size !== labels.length)
        problems.push(`run labels repeat: ${labels.join(', ')}`);
    for (const l of labels)
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(l))
            problems.push(`run label '${l}' must be lowercase letters, digits and '-'`);
    const names = f.quantities.map((q) => q.name);
    if (new Set(names).size !== names.length)
        problems.push(`quantity names repeat: ${names.join(', ')}`);
    for (const q of f.quantities)
        if (q.run !== undefined && !labels.includes(q.run))
            problems.push(`quantity '${q.name}' reads run '${q.run}', not one of ${labels.join(', ')}`);
    if (f.checks.length === 0)
        problems.push('it has no checks');
    for (const c of f.checks) {
        for (const side of [c.left, c.right])
            if (typeof side === 'string' && !names.includes(side))
                problems.push(`a check refers to '${side}', not a quantity (${names.join(', ')})`);
        if (c.op === 'near' && !(typeof c.tolerance === 'number' && c.tolerance >= 0))
            problems.push(`the check 'near' on '${c.left}' needs a tolerance ≥ 0`);
    }
    if (f.figure?.run !== undefined && !labels.includes(f.figure.run))
        problems.push(`the figure reads run '${f.figure.run}', not one of ${labels.join(', ')}`);
    if (!(f.seconds > 0))
        problems.push('seconds must be the measured time (> 0)');
    return problems;
}
/** Read the finding's quantities from its runs' summaries (by run label). */
export function measure(f, summaries) {
    const first = runLabels(f)[0];
    return f.quantities.map((q) => {
        const v = summaries[q.run ?? first]?.[q.key];
        return { name: q.name, paper: q.paper, ours: typeof v === 'number' ? v : NaN };
    });
}
function rightText(c, r) {
    let s = c.times !== undefined && c.times !== 1 ? `${formatShort(c.times)} · ${r}` : r;
    if (c.plus)
        s += c.plus > 0 ? ` + ${formatShort(c.plus)}` : ` − ${formatShort(-c.plus)}`;
    return s;
}
/** Evaluate one check on measured quantities. */
export function evaluateCheck(c, values) {
    const value = (o) => (typeof o === 'number' ? o : (values.find((v) => v.name === o)?.ours ?? NaN));
    const left = value(c.left);
    const right = value(c.right);
    const rightName = typeof c.right === 'number' ? formatShort(c.right) : c.right;
    if (c.op === 'near') {
        const tol = c.tolerance ?? 0;
        const margin = tol - Math.abs(left - right);
        return {
            text: `|${c.left} − ${rightName}| ≤ ${formatShort(tol)}`,
            measured: `|${formatShort(left)} − ${formatShort(right)}| = ${formatShort(Math.abs(left - right))}`,
            holds: margin >= 0,
            margin,
        };
    }
    const bound = (c.times ?? 1) * right + (c.plus ?? 0);
    const margin = c.op === '>=' ? left - bound : bound - left;
    const sym = c.op === '>=' ? '≥' : '≤';
    return { text: `${c.left} ${sym} ${rightText(c, rightName)}`, measured: `${formatShort(left)} ${sym} ${formatShort(bound)}`, holds: margin >= 0, margin };
}
//# sourceMappingURL=finding.js.map