/**
 * `looplab check online`: compare the online gradient of an LRU model with BPTT on a random model
 * and batch (float64) and print the result as JSON (see `learn.checkOnline`).
 *
 *   looplab check online [--layers L] [--seed S] [--T n] [--dModel H] [--dHidden N] [--mode M]
 *
 * `looplab check equilibrium`: implicit-gradient solvers and equilibrium propagation's estimators
 * against the exact hypergradient of a random strongly convex bilevel problem (see
 * `learn.equilibrium.checkEquilibrium`).
 *
 *   looplab check equilibrium [--seed S] [--dim n]
 *
 * `looplab check contrastive`: the contrastive meta-learning rule (P9) against the exact implicit
 * meta-gradient of a small random task with a proximal inner loss (see `learn.meta.checkContrastive`).
 *
 *   looplab check contrastive [--seed S]
 */
import { parseArgs } from 'node:util';
import { checkOnline } from '../learn/check.js';
import { checkEquilibrium } from '../learn/equilibrium/check.js';
import { checkContrastive } from '../learn/meta/check.js';
import { describeRange, inRange } from '../experiments/runner/ranges.js';
import { UsageError } from './args.js';
import { EXIT_OK } from './commands.js';
const CHECKS = ['online', 'equilibrium', 'contrastive'];
const MODES = ['online', 'spatial', 'truncated1', 'snap1'];
const OPTIONS = '--layers L, --seed S, --T n, --dModel H, --dHidden N, --mode online|spatial|truncated1|snap1, --help';
const EQUILIBRIUM_OPTIONS = '--seed S, --dim n, --help';
const CONTRASTIVE_OPTIONS = '--seed S, --help';
export const CHECK_USAGE = [
    'Usage: looplab check online [--layers L] [--seed S] [--T n] [--dModel H] [--dHidden N] [--mode M]',
    '',
    'Compares the online gradient of a random LRU model (nn.seq, float64, per-step MSE on a random',
    'batch of 2 sequences) with BPTT and prints JSON: { "layers", "mode", "maxRelError": { parameter:',
    'max |online − BPTT| / max |BPTT| }, "cosine": [per layer], "normRatio": [per layer] }.',
    '',
    '  --layers L    number of LRU blocks (default 1)',
    '  --seed S      random seed (default 0)',
    '  --T n         sequence length (default 20)',
    '  --dModel H    model width (default 8)',
    '  --dHidden N   LRU state size (default 16)',
    '  --mode M      the estimate: online (default), spatial, truncated1, snap1',
    '',
    'Usage: looplab check equilibrium [--seed S] [--dim n]',
    '',
    'On a random strongly convex bilevel problem (inner quadratic + log-cosh, float64) prints JSON:',
    '{ "implicitRelError": { "direct", "cg", "neumann", "fixedPoint" }, "betas": [...],',
    '"eqpropError": { "onesided": [...], "symmetric": [...], "secondOrder": [...] }, "slopes": {...} }:',
    'errors relative to the exact hypergradient (a direct solve) and the slopes of log error vs log β',
    '(theory: 1, 2, 2).',
    '',
    '  --seed S      random seed (default 0)',
    '  --dim n       dim φ = dim θ (default 8, at most 256)',
    '',
    'Usage: looplab check contrastive [--seed S]',
    '',
    'On a random few-shot regression task (a tanh network, proximal inner loss, float64) prints JSON:',
    '{ "betas": [...], "errorOneSided": [...], "errorSymmetric": [...], "slopeOneSided",',
    '"slopeSymmetric", "innerTols": [...], "betaForInnerTol", "errorVsInnerTol": [...] }: errors of the',
    'contrastive meta-gradient relative to the exact implicit one (a direct solve), slopes of log',
    'error vs log β (theory: 1 and 2), and the symmetric error vs the inner tolerance δ (O(δ/β)).',
    '',
    '  --seed S      random seed (default 0)',
    '',
].join('\n');
function int(option, raw, fallback, min, max, check = 'online') {
    if (raw === undefined)
        return fallback;
    const range = { integer: true, min, max };
    if (typeof raw !== 'string')
        throw new UsageError(`check ${check}: --${option} expects ${describeRange(range)}`);
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!inRange(n, range))
        throw new UsageError(`check ${check}: --${option} expects ${describeRange(range)}, got '${raw}'`);
    return n;
}
/** Parse `check <what> [options]`; usage errors name the valid options. */
export function parseCheckArgs(args) {
    let parsed;
    try {
        parsed = parseArgs({
            args: [...args],
            allowPositionals: true,
            strict: true,
            options: {
                layers: { type: 'string' },
                seed: { type: 'string' },
                T: { type: 'string' },
                dModel: { type: 'string' },
                dHidden: { type: 'string' },
                mode: { type: 'string' },
                dim: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        throw new UsageError(`check: ${e.message}\nValid options for check online: ${OPTIONS}; for check equilibrium: ${EQUILIBRIUM_OPTIONS}; for check contrastive: ${CONTRASTIVE_OPTIONS}`);
    }
    const { values, positionals } = parsed;
    if (values.help === true)
        return { mode: 'help' };
    const [what, ...extra] = positionals;
    if (what === undefined)
        throw new UsageError(`check: missing what to check (valid: ${CHECKS.join(', ')})`);
    if (!CHECKS.includes(what))
        throw new UsageError(`check: unknown check '${what}' (valid: ${CHECKS.join(', ')})`);
    if (what === 'contrastive') {
        if (extra.length > 0)
            throw new UsageError(`check contrastive: unexpected argument '${extra[0]}'`);
        const foreign = ['layers', 'T', 'dModel', 'dHidden', 'mode', 'dim'].filter((k) => values[k] !== undefined);
        if (foreign.length > 0)
            throw new UsageError(`check contrastive: --${foreign[0]} is not an option of check contrastive; valid options: ${CONTRASTIVE_OPTIONS}`);
        return { mode: 'contrastive', options: { seed: int('seed', values.seed, 0, 0, 2 ** 31 - 1, 'contrastive') } };
    }
    if (what === 'equilibrium') {
        if (extra.length > 0)
            throw new UsageError(`check equilibrium: unexpected argument '${extra[0]}'`);
        const foreign = ['layers', 'T', 'dModel', 'dHidden', 'mode'].filter((k) => values[k] !== undefined);
        if (foreign.length > 0)
            throw new UsageError(`check equilibrium: --${foreign[0]} is an option of check online; valid options: ${EQUILIBRIUM_OPTIONS}`);
        return {
            mode: 'equilibrium',
            options: { seed: int('seed', values.seed, 0, 0, 2 ** 31 - 1, 'equilibrium'), dim: int('dim', values.dim, 8, 1, 256, 'equilibrium') },
        };
    }
    if (values.dim !== undefined)
        throw new UsageError(`check online: --dim is an option of check equilibrium; valid options: ${OPTIONS}`);
    if (extra.length > 0)
        throw new UsageError(`check online: unexpected argument '${extra[0]}'`);
    const mode = typeof values.mode === 'string' ? values.mode : 'online';
    if (!MODES.includes(mode))
        throw new UsageError(`check online: --mode expects one of ${MODES.join(', ')}, got '${mode}'`);
    return {
        mode: 'online',
        options: {
            layers: int('layers', values.layers, 1, 1, 64),
            seed: int('seed', values.seed, 0, 0, 2 ** 31 - 1),
            T: int('T', values.T, 20, 1, 100_000),
            dModel: int('dModel', values.dModel, 8, 1, 4096),
            dHidden: int('dHidden', values.dHidden, 16, 1, 4096),
            mode: mode,
        },
    };
}
/** Run the check and print its JSON report. */
export function checkCommand(args, io) {
    const report = args.mode === 'online' ? checkOnline(args.options) : args.mode === 'equilibrium' ? checkEquilibrium(args.options) : checkContrastive(args.options);
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT_OK;
}
//# sourceMappingURL=check.js.map