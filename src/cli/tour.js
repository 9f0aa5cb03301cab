import { getDefaultDevice, setDefaultDevice } from '../index.js';
import path from 'node:path';
import { FileSystemError, createRunDir } from '../experiments/runner/run-dir.js';
import { findings as allFindings, selectFindings } from '../experiments/tour/findings.js';
import { runTour } from '../experiments/tour/tour.js';
import { UsageError, checkDevice, checkMemory, memoryLimit, parse, parseCount, str } from './args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, displayPath, useDevice } from './commands.js';
import { formatDuration } from './progress.js';
export const TOUR_USAGE = [
    'Usage: looplab tour [--only p1,p4-copy] [--out DIR] [--device cpu|webgpu] [--seed N] [--smoke] [--list]',
    '',
    "Runs the papers' headline findings at reduced size (a few minutes on a laptop) and writes",
    'DIR/tour-<timestamp>/index.html (claim | paper | ours | holds, a section per paper) and tour.json.',
    '',
    '  --only LIST          papers (p1, p4) or findings (p4-copy), separated by commas (default: all)',
    '  --out DIR            parent directory of the tour directory (default: runs)',
    '  --device cpu|webgpu  where to compute (default: LOOPLAB_DEVICE, else cpu); findings whose',
    '                       experiment does not run on WebGPU run on the CPU, and the page says so',
    '  --seed N             seed of every run (integer ≥ 0; default 0)',
    '  --smoke              each finding at its experiment’s smoke configuration (seconds; the checks',
    '                       are still evaluated, but the findings are meant for their reduced sizes)',
    '  --max-memory BYTES   refuse a finding whose estimated memory exceeds BYTES (default: half of RAM)',
    '  --list               list the findings and exit',
    '',
    'Exit codes: 0 every finding holds, 1 one does not (or a run failed), 2 bad input, 130 Ctrl-C.',
    '',
].join('\n');
const TOUR_OPTIONS = '--only LIST, --out DIR, --device cpu|webgpu, --seed N, --smoke, --max-memory BYTES, --list, --help';
/** Check the arguments of `tour`; `all` is the findings to choose from (the registry by default). */
export function parseTourArgs(args, cwd, all = allFindings) {
    const { values, positionals } = parse('tour', args, {
        only: { type: 'string' },
        out: { type: 'string' },
        device: { type: 'string' },
        seed: { type: 'string' },
        smoke: { type: 'boolean' },
        'max-memory': { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    }, TOUR_OPTIONS);
    if (values.help)
        return { mode: 'help' };
    if (positionals.length > 0)
        throw new UsageError(`tour takes no positional arguments, got ${positionals.map((p) => `'${p}'`).join(' ')} (use --only ${positionals.join(',')})`);
    const only = str(values.only);
    if (only !== undefined && only.trim() === '')
        throw new UsageError('--only expects papers or findings separated by commas (e.g. --only p1,p4-copy), got nothing');
    let chosen;
    try {
        chosen = selectFindings(only === undefined ? [] : only.split(','), all);
    }
    catch (e) {
        throw new UsageError(`--only: ${e.message}`);
    }
    if (values.list)
        return { mode: 'list', findings: chosen };
    const device = checkDevice(str(values.device));
    const seed = values.seed === undefined ? 0 : parseCount('seed', str(values.seed) ?? '', 0);
    const smoke = values.smoke === true;
    const limit = memoryLimit(str(values['max-memory']));
    for (const f of chosen)
        checkMemory(f.experiment, smoke ? f.experiment.smokeConfig() : f.config(), limit);
    return {
        mode: 'run',
        findings: chosen,
        out: path.resolve(cwd, str(values.out) ?? 'runs'),
        device,
        seed,
        smoke,
        command: ['looplab', 'tour', ...args].join(' '),
    };
}
function listFindings(args, env) {
    const width = Math.max(...args.findings.map((f) => f.id.length));
    for (const f of args.findings)
        env.io.out(`${f.id.padEnd(width)}  ${f.paper} ${f.source}: ${f.claim}\n`);
    const total = args.findings.reduce((s, f) => s + f.seconds, 0);
    env.io.out(`${args.findings.length} findings, about ${formatDuration(total)} on 2 CPU cores\n`);
    return EXIT_OK;
}
/** One line per finding (and, on a terminal, a line redrawn in place while it runs). */
function printer(env) {
    let drawn = false;
    let lastDraw = -Infinity;
    let current = '';
    const clear = () => {
        if (drawn)
            env.io.out('\r\x1b[2K');
        drawn = false;
    };
    return {
        onEvent(e) {
            switch (e.kind) {
                case 'finding':
                    current = `[${e.index + 1}/${e.total}] ${e.finding.id}`;
                    break;
                case 'run':
                    if (e.note !== undefined) {
                        clear();
                        env.io.out(`${current} ${e.label}: ${e.note}\n`);
                    }
                    break;
                case 'progress': {
                    if (!env.io.isTTY)
                        break;
                    const now = performance.now();
                    if (now - lastDraw < 100 && e.event.step !== e.event.total)
                        break;
                    lastDraw = now;
                    env.io.out(`\r\x1b[2K${current} ${e.label}  step ${e.event.step}/${e.event.total}  tour ETA ${formatDuration(e.etaSeconds)}`);
                    drawn = true;
                    break;
                }
                case 'done': {
                    clear();
                    const r = e.record;
                    const verdict = r.holds ? 'holds' : 'DOES NOT HOLD';
                    const missed = r.checks.filter((c) => !c.holds).map((c) => `${c.text} (${c.measured})`);
                    const detail = r.error ??
                        (missed.length > 0
                            ? `missed: ${missed.join('; ')}`
                            : r.quantities.map((q) => `${q.name} ${q.ours === null ? '—' : Number(q.ours.toPrecision(4))}`).join(', '));
                    const eta = e.index + 1 < e.total ? `  ETA ${formatDuration(e.etaSeconds)}` : '';
                    env.io.out(`[${e.index + 1}/${e.total}] ${r.id}  ${verdict}  ${formatDuration(r.seconds)}${eta}  ${detail}\n`);
                    break;
                }
                default:
                    e;
            }
        },
        done: clear,
    };
}
export async function tourCommand(args, env) {
    if (args.mode === 'help')
        return (env.io.out(TOUR_USAGE), EXIT_OK);
    if (args.mode === 'list')
        return listFindings(args, env);
    // Each finding picks its own device (runTour); the caller's default is left as it was.
    const before = getDefaultDevice();
    const failed = await useDevice(args.device, env);
    setDefaultDevice(before);
    if (failed !== null)
        return failed;
    let dir;
    try {
        dir = createRunDir(args.out, 'tour', env.now());
    }
    catch (e) {
        if (e instanceof FileSystemError)
            throw new UsageError(`--out ${displayPath(args.out, env.cwd)}: ${e.message}`);
        throw e;
    }
    const expected = args.findings.reduce((s, f) => s + f.seconds, 0);
    env.io.out(`looplab tour: ${args.findings.length} findings${args.smoke ? ' (smoke configurations)' : `, about ${formatDuration(expected)} on 2 CPU cores`}; output ${displayPath(dir, env.cwd)}\n`);
    const p = printer(env);
    let tour;
    try {
        tour = await runTour({
            findings: args.findings,
            dir,
            seed: args.seed,
            device: args.device,
            smoke: args.smoke,
            command: args.command,
            signal: env.signal,
            now: env.now,
            onEvent: p.onEvent,
        });
    }
    finally {
        p.done();
    }
    const held = tour.findings.filter((f) => f.holds).length;
    env.io.out(`${held} of ${args.findings.length} findings hold (${formatDuration(tour.seconds)})\n`);
    for (const f of tour.findings.filter((r) => !r.holds))
        env.io.out(`  does not hold: ${f.id} — ${f.error ??
            f.checks
                .filter((c) => !c.holds)
                .map((c) => `${c.text}: ${c.measured}`)
                .join('; ')}\n`);
    env.io.out(`page: ${displayPath(path.join(dir, 'index.html'), env.cwd)}\n`);
    if (tour.interrupted)
        return EXIT_INTERRUPTED;
    return tour.holds ? EXIT_OK : EXIT_FAILURE;
}
//# sourceMappingURL=tour.js.map