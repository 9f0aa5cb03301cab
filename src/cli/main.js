#!/usr/bin/env node
/**
 * The `looplab` command line.
 *
 *   looplab tour [--only p1,p4] [options]         the papers' findings, measured, on one page
 *   looplab list                                  the experiments, one line each
 *   looplab run <name> [options]                  run an experiment (or --resume DIR)
 *   looplab sweep <name> --grid key=v1,v2 …       configurations × seeds in parallel
 *   looplab sweep … --queue redis://…             the same on a job queue; `looplab worker` runs it
 *   looplab report DIR [DIR…]                     re-render one run, or several side by side
 *   looplab check online [options]                online learning vs BPTT on a random model (JSON)
 *   looplab check equilibrium [--seed S] [--dim n] implicit gradients and EP vs the exact hypergradient (JSON)
 *   looplab --help | --version
 *
 * Exit codes: 0 success, 1 the run failed, 2 usage error (nothing is written then) or a run
 * directory that another looplab process is writing or that cannot be resumed, 128 + signal
 * (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP) stopped after writing a checkpoint. `main` takes argv,
 * output sinks and the stop signal as arguments so that tests drive it in-process exactly as
 * the shell does.
 */
import { realpathSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { packageVersion } from '../experiments/runner/env.js';
import { experimentsOn } from '../experiments/runner/devices.js';
import { RunDirLockedError } from '../experiments/runner/lock.js';
import { experiments } from '../experiments/runner/registry.js';
import { FileSystemError, describeFsError, isFsError } from '../experiments/runner/run-dir.js';
import { ResumeRefused } from '../experiments/runner/runner.js';
import { UsageError, parseReportArgs, parseRunArgs, parseSweepArgs } from './args.js';
import { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, reportCommand, runCommand, sweepCommand } from './commands.js';
import { CHECK_USAGE, checkCommand, parseCheckArgs } from './check.js';
import { parseTourArgs, tourCommand } from './tour.js';
export { EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './commands.js';
export { packageVersion } from '../experiments/runner/env.js';
const COMMANDS = ['tour', 'list', 'run', 'sweep', 'worker', 'report', 'check', 'lab', 'help'];
function usage() {
    const names = experiments.map((e) => e.name).join(', ');
    const onWebgpu = experimentsOn(experiments, 'webgpu')
        .map((e) => e.name)
        .join(', ');
    return [
        'looplab — learning in loops: recurrent memory, in-context learning, online, equilibrium and meta-learning',
        '',
        'Usage:',
        '  looplab tour [--only p1,p4-copy] [--out DIR] [--device cpu|webgpu] [--seed N] [--list]',
        '  looplab list',
        '  looplab run <name> [--config.<key>=<value> …] [--config FILE] [--seed N] [--seeds K]',
        '                     [--device cpu|webgpu] [--smoke] [--out DIR] [--max-memory BYTES]',
        '  looplab run --resume DIR [--max-memory BYTES]',
        '  looplab sweep <name> --grid <key>=<v1>,<v2> [--grid …] [--seeds K] [--workers W] [run options]',
        '  looplab sweep --resume DIR [--workers W] [--max-memory BYTES]',
        '  looplab sweep <name> --grid … --queue redis://HOST:PORT[/DB] [--results DIR] [--wait] [--attempts N]',
        '  looplab sweep status|collect <sweep-id> --queue URL [--out DIR] [--results DIR] [--wait]',
        '  looplab worker --queue URL [--concurrency N] [--device cpu|webgpu] [--results DIR]',
        '  looplab report DIR [DIR …] [--out DIR]',
        '  looplab lab [--port P] [--host H] [--open]',
        '  looplab check online [--layers L] [--seed S] [--T n] [--dModel H] [--dHidden N] [--mode M]',
        '  looplab check equilibrium [--seed S] [--dim n]',
        '  looplab help | --help | --version',
        '',
        'Commands:',
        "  tour     the papers' headline findings at reduced size, measured on this machine, with one",
        '           page claim | paper | ours | holds (looplab tour --help)',
        '  list     show the experiments',
        '  run      run an experiment into DIR/<name>-<timestamp>/ (DIR defaults to ./runs):',
        '           config.json, env.json, metrics.jsonl, summary.json, figures/*.svg, report.html',
        '  sweep    run every combination of the grid values for each seed, in parallel, and rank',
        "           the configurations by the experiment's metric (mean ± s.e.m. over seeds)",
        '  worker   run sweep cells from a Redis job queue (BullMQ) on this machine (looplab worker --help);',
        '           sweeps with --queue are submitted there, `sweep status`/`sweep collect` follow them',
        '  lab      serve the browser lab (the experiments in a web page) on http://127.0.0.1:8420/',
        '  report   re-render report.html of a run directory; with several, compare them side by side',
        '  check    online: compare online learning with BPTT on a random LRU model, print JSON',
        '           (looplab check online --help); equilibrium: implicit gradients and equilibrium',
        '           propagation against the exact hypergradient of a random bilevel problem',
        '',
        'Options for run and sweep:',
        '  --config.<key>=<value>  override one setting, checked against the default configuration;',
        '                          nested keys with dots (--config.model.hidden=128), lists as 1,2,3',
        '  --config FILE           settings from a JSON file (overrides apply on top)',
        '  --seed N                first seed (integer ≥ 0; default 0)',
        '  --seeds K               run K seeds N, N+1, …, N+K−1 and aggregate them (default 1)',
        '  --device cpu|webgpu     where to compute (default: LOOPLAB_DEVICE, else cpu; sweeps: cpu);',
        `                          webgpu runs ${onWebgpu};`,
        '                          the other experiments are refused (exit 2, with the reason)',
        '                          before anything is written',
        '  --smoke                 start from the small configuration that runs in seconds',
        '  --out DIR               parent directory of the output (default: runs)',
        '  --max-memory BYTES      refuse a configuration whose estimated memory (parameters, optimizer',
        '                          state, activations, data; × workers for a sweep) exceeds BYTES',
        '                          (8GiB, 512MiB, 1e9; default: LOOPLAB_MAX_MEMORY, else half of RAM)',
        '  --resume DIR            continue a stopped run (Ctrl-C writes a checkpoint); with sweep,',
        '                          run the cells of a sweep that have not finished',
        '  --grid key=v1,v2        (sweep) values of one setting; lists separated by ";"',
        '  --workers W             (sweep) parallel worker threads (default: CPU count − 1)',
        '',
        `Experiments: ${names}`,
        '',
    ].join('\n');
}
function listCommand(io) {
    const width = Math.max(...experiments.map((e) => e.name.length));
    for (const e of experiments)
        io.out(`${e.name.padEnd(width)}  ${e.description}\n`);
    return EXIT_OK;
}
/**
 * Writes to `stream` until it fails. A reader that went away (`| head`, a dead `tee`, a
 * dropped ssh connection) makes writes fail with EPIPE, reported as an 'error' event that
 * would otherwise end the process: the run's output is its directory, not this text, so
 * training goes on and only the printing stops.
 */
function writerTo(stream) {
    let open = true;
    stream.on('error', () => {
        open = false;
    });
    return (text) => {
        if (open && !stream.destroyed)
            stream.write(text);
    };
}
/** Standard output and error of this process. */
export function processIO() {
    return {
        out: writerTo(process.stdout),
        err: writerTo(process.stderr),
        isTTY: process.stdout.isTTY === true,
    };
}
/** Run the CLI on `argv` (without `node` and the script path); resolves to the exit code. */
export async function main(argv, io = processIO(), options = {}) {
    const env = { io, cwd: options.cwd ?? process.cwd(), now: options.now ?? (() => new Date()), signal: options.signal };
    try {
        const [first, ...rest] = argv;
        if (first === undefined) {
            io.err(usage());
            return EXIT_USAGE;
        }
        if (first === '--help' || first === '-h' || first === 'help') {
            io.out(usage());
            return EXIT_OK;
        }
        if (first === '--version' || first === '-v') {
            io.out(`${packageVersion()}\n`);
            return EXIT_OK;
        }
        if (first.startsWith('-'))
            throw new UsageError(`unknown option '${first}' (valid: --help, --version)`);
        const command = first;
        switch (command) {
            case 'tour':
                return await tourCommand(parseTourArgs(rest, env.cwd), env);
            case 'lab': {
                const { labCommand, parseLabArgs } = await import('./lab.js');
                return await labCommand(parseLabArgs(rest), env);
            }
            case 'list':
                if (rest.length > 0)
                    throw new UsageError(`list takes no arguments, got '${rest.join(' ')}'`);
                return listCommand(io);
            case 'help':
                io.out(usage());
                return EXIT_OK;
            case 'check': {
                const args = parseCheckArgs(rest);
                if (args.mode === 'help')
                    return (io.out(CHECK_USAGE), EXIT_OK);
                return checkCommand(args, io);
            }
            case 'run': {
                const args = parseRunArgs(rest, env.cwd);
                if (args.mode === 'help')
                    return (io.out(usage()), EXIT_OK);
                return await runCommand(args, env);
            }
            case 'sweep': {
                if (rest[0] === 'status' || rest[0] === 'collect') {
                    // The queue library loads only for the queue commands.
                    const { parseSweepQueueArgs, sweepQueueCommand } = await import('./queue.js');
                    return await sweepQueueCommand(parseSweepQueueArgs(rest[0], rest.slice(1), env.cwd), env);
                }
                const workers = Math.max(1, (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) - 1);
                const args = parseSweepArgs(rest, env.cwd, workers);
                if (args.mode === 'help')
                    return (io.out(usage()), EXIT_OK);
                if (args.mode === 'new' && args.queue !== undefined)
                    return await (await import('./queue.js')).submitCommand(args, env);
                return await sweepCommand(args, env);
            }
            case 'worker': {
                const { parseWorkerArgs, workerCommand } = await import('./queue.js');
                return await workerCommand(parseWorkerArgs(rest, env.cwd), env);
            }
            case 'report': {
                const args = parseReportArgs(rest, env.cwd);
                if (args.mode === 'help')
                    return (io.out(usage()), EXIT_OK);
                return await reportCommand(args, env);
            }
            default:
                command;
                throw new UsageError(`unknown command '${first}' (valid: ${COMMANDS.join(', ')})`);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`looplab: ${e.message}\nRun 'looplab --help' for usage.\n`);
            return EXIT_USAGE;
        }
        if (e instanceof RunDirLockedError || e instanceof ResumeRefused) {
            io.err(`looplab: ${e.message}\n`);
            return EXIT_USAGE;
        }
        // A path given on the command line (a run directory, its files) that cannot be used.
        if (e instanceof FileSystemError) {
            io.err(`looplab: ${e.message}\n`);
            return EXIT_USAGE;
        }
        // Any other file-system failure still names its path and the fix, not a stack trace.
        if (isFsError(e)) {
            io.err(`looplab: ${describeFsError(e, e.path ?? '(unknown path)', e.syscall ?? 'access')}\n`);
            return EXIT_FAILURE;
        }
        throw e;
    }
}
/** True when this file is the process entry point (also through npm's bin symlink). */
function isEntryPoint() {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        return pathToFileURL(realpathSync(script)).href === import.meta.url;
    }
    catch {
        return false;
    }
}
/**
 * The signals that ask a run to stop cleanly: Ctrl-C, `kill`/`timeout`/schedulers/`docker stop`,
 * and a closed terminal. Each ends the process with 128 + its number, as a shell reports it.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Exit code of a run stopped by `signal`: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
function exitCodeForSignal(signal) {
    return 128 + os.constants.signals[signal];
}
if (isEntryPoint()) {
    // The first stop signal: checkpoint and stop after the current step. A second: quit at once.
    const controller = new AbortController();
    let received;
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            process.exit(exitCodeForSignal(signal));
        received = signal;
        const again = signal === 'SIGINT' ? 'Ctrl-C again' : `${signal} again`;
        process.stderr.write(`\n${signal === 'SIGINT' ? '' : `${signal}: `}stopping after the current step (${again} to quit without a checkpoint)\n`);
        controller.abort();
    };
    for (const s of STOP_SIGNALS)
        process.on(s, onSignal);
    const detach = () => {
        for (const s of STOP_SIGNALS)
            process.off(s, onSignal);
    };
    main(process.argv.slice(2), processIO(), { signal: controller.signal }).then((code) => {
        detach();
        process.exitCode = code === EXIT_INTERRUPTED && received !== undefined ? exitCodeForSignal(received) : code;
    }, (e) => {
        detach();
        process.stderr.write(`looplab: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = EXIT_FAILURE;
    });
}
//# sourceMappingURL=main.js.map