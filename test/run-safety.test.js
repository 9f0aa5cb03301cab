/**
 * A run directory under stress: two writers at once, termination signals, a closed stdout,
 * and resuming directories that are damaged or were never checkpointed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { sineMlp } from '../src/experiments/examples/sine-mlp.js';
import { CheckpointError } from '../src/experiments/runner/checkpoint.js';
import { LOCK_FILE } from '../src/experiments/runner/lock.js';
import { executeRun, readRunMeta } from '../src/experiments/runner/runner.js';
import { capture, tempDirs } from './util/cli.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliSource = path.join(root, 'src/cli/main.ts');
const tmpDir = tempDirs('looplab-safety');
const onlyDir = (out) => {
    const dirs = readdirSync(out);
    expect(dirs).toHaveLength(1);
    return path.join(out, dirs[0]);
};
/** A pid that no process has (one that just exited). */
function deadPid() {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
}
describe('run directory lock', () => {
    it('a second writer is refused with exit 2 naming the holder; the lock goes when the run ends', async () => {
        const out = tmpDir();
        const controller = new AbortController();
        let dir = '';
        let second;
        const pending = [];
        const first = capture({
            onOut: (t) => {
                // While the first run trains, a second process-level writer resumes the same directory.
                if (second === undefined && /^step\s+\d+\/5000/.test(t)) {
                    dir = onlyDir(out);
                    const io = capture();
                    second = { code: -1, io };
                    pending.push(main(['run', '--resume', dir], io).then((code) => {
                        second.code = code;
                        controller.abort();
                    }));
                }
            },
        });
        const code = await main(['run', 'sine-mlp', '--smoke', '--config.steps=5000', '--out', out], first, { signal: controller.signal });
        await Promise.all(pending);
        expect(code).toBe(130);
        expect(second?.code).toBe(EXIT_USAGE);
        expect(second?.io.stderr()).toContain(`in use by looplab process ${process.pid}`);
        const rows = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n');
        const steps = rows.map((r) => JSON.parse(r).step);
        expect(steps).toEqual([...steps].sort((a, b) => a - b));
        expect(new Set(steps).size).toBe(steps.length);
        expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
    it('a stale lock (its process is gone) is taken over', async () => {
        const out = tmpDir();
        const controller = new AbortController();
        controller.abort();
        expect(await main(['run', 'sine-mlp', '--smoke', '--config.steps=20', '--out', out], capture(), { signal: controller.signal })).toBe(130);
        const dir = onlyDir(out);
        writeFileSync(path.join(dir, LOCK_FILE), `${deadPid()} 0\n`);
        expect(await main(['run', '--resume', dir], capture())).toBe(EXIT_OK);
        expect(existsSync(path.join(dir, 'summary.json'))).toBe(true);
        expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
});
/** Start the CLI as its own process (as the shell does) with stdout and stderr piped. */
function spawnCli(args) {
    return spawn(process.execPath, ['--import', 'tsx', cliSource, ...args], { cwd: root });
}
/** Resolves with the exit code (or the signal that killed the process). */
const exited = (child) => new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
/** The first progress line of a non-terminal run (not just any text containing 'step'). */
const progressLine = /step\s+\d+\/1000000/;
describe('termination signals', () => {
    it.each([
        ['SIGTERM', 143],
        ['SIGHUP', 129],
    ])('%s checkpoints and exits with 128 + its number, like Ctrl-C', async (signal, expected) => {
        const out = tmpDir();
        const child = spawnCli(['run', 'sine-mlp', '--smoke', '--config.steps=1000000', '--out', out]);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
            if (!progressLine.test(stdout) && progressLine.test(stdout + d.toString()))
                child.kill(signal);
            stdout += d.toString();
        });
        child.stderr.on('data', (d) => void (stderr += d.toString()));
        // Never leave a million-step child behind if the stop does not arrive (the test then fails).
        const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
        const code = await exited(child);
        clearTimeout(guard);
        expect(code).toBe(expected);
        expect(stderr).toContain(`${signal}: stopping after the current step`);
        expect(stdout).toMatch(/interrupted after step \d+; checkpoint saved/);
        const dir = onlyDir(out);
        expect(existsSync(path.join(dir, 'checkpoint.json'))).toBe(true);
        expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
});
describe('a closed stdout', () => {
    it('does not stop training: the run finishes, writes its summary and exits 0', async () => {
        const out = tmpDir();
        const child = spawnCli(['run', 'sine-mlp', '--smoke', '--config.steps=1000', '--out', out]);
        let stderr = '';
        child.stderr.on('data', (d) => void (stderr += d.toString()));
        // The reader goes away after the first output, as `| head -1` or a dropped ssh pipe does.
        child.stdout.once('data', () => child.stdout.destroy());
        const guard = setTimeout(() => child.kill('SIGKILL'), 50_000);
        const code = await exited(child);
        clearTimeout(guard);
        expect(stderr).not.toContain('EPIPE');
        expect(code).toBe(EXIT_OK);
        const dir = onlyDir(out);
        expect(existsSync(path.join(dir, 'summary.json'))).toBe(true);
        expect(existsSync(path.join(dir, 'report.html'))).toBe(true);
        expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
});
describe('resume edge cases: validate first, refuse clearly, never erase', () => {
    /** A sine-mlp run stopped after step 30 with a checkpoint; returns its directory. */
    async function stoppedRun() {
        const out = tmpDir();
        const controller = new AbortController();
        const io = capture({ onOut: (t) => t.startsWith('step 30/60') && controller.abort() });
        expect(await main(['run', 'sine-mlp', '--smoke', '--out', out], io, { signal: controller.signal })).toBe(130);
        return onlyDir(out);
    }
    const files = (dir) => Object.fromEntries(readdirSync(dir)
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]));
    const dropCheckpoint = (dir) => {
        for (const f of readdirSync(dir))
            if (f.startsWith('checkpoint'))
                rmSync(path.join(dir, f));
    };
    const editJson = (file, edit) => {
        const j = JSON.parse(readFileSync(file, 'utf8'));
        edit(j);
        writeFileSync(file, JSON.stringify(j, null, 2) + '\n');
    };
    it('a run with metrics but no checkpoint is refused, not restarted over its metrics', async () => {
        const dir = await stoppedRun();
        dropCheckpoint(dir); // as if killed before its first checkpoint
        const before = files(dir);
        expect(before['metrics.jsonl'].split('\n').length).toBeGreaterThan(5);
        const io = capture();
        expect(await main(['run', '--resume', dir], io)).toBe(EXIT_USAGE);
        expect(io.stderr()).toContain('has no checkpoint to resume from');
        expect(io.stderr()).toContain('up to step 30');
        expect(files(dir)).toEqual(before);
    });
    it.each([
        ['a value of the wrong type', (c) => void (c.testPoints = 'many'), /config\.testPoints: expected a number, got "many"/],
        ['a missing setting', (c) => delete c.batchSize, /config\.batchSize is missing/],
        ['an unknown setting', (c) => void (c.momentum = 0.9), /config\.momentum is not a setting of 'sine-mlp'/],
    ])('a config.json with %s is refused before anything is written', async (_name, edit, message) => {
        const dir = await stoppedRun();
        dropCheckpoint(dir);
        editJson(path.join(dir, 'config.json'), (j) => edit(j.config));
        const before = files(dir);
        const io = capture();
        expect(await main(['run', '--resume', dir], io)).toBe(EXIT_USAGE);
        expect(io.stderr()).toMatch(message);
        expect(files(dir)).toEqual(before);
    });
    it('a checkpoint whose manifest was edited (its step) is refused; the directory stays as it was', async () => {
        const dir = await stoppedRun();
        editJson(path.join(dir, 'checkpoint.json'), (m) => void (m.step = 20));
        const before = files(dir);
        const run = executeRun({ experiment: sineMlp, dir, config: readRunMeta(dir).config, seed: 0 });
        await expect(run).rejects.toThrow(CheckpointError);
        await expect(executeRun({ experiment: sineMlp, dir, config: readRunMeta(dir).config, seed: 0 })).rejects.toThrow(/checkpoint\.json is unusable: its SHA-256 does not match its contents/);
        expect(files(dir)).toEqual(before);
    });
    it('a checkpoint written before manifests carried their own hash (version 1) still resumes', async () => {
        const dir = await stoppedRun();
        editJson(path.join(dir, 'checkpoint.json'), (m) => {
            m.version = 1;
            delete m.manifestSha256;
        });
        expect(await main(['run', '--resume', dir], capture())).toBe(EXIT_OK);
        expect(existsSync(path.join(dir, 'summary.json'))).toBe(true);
    });
    it('resuming on another device than the run started on is refused, so config.json and env.json agree', async () => {
        const dir = await stoppedRun();
        // A run started on WebGPU, resumed here on the CPU.
        editJson(path.join(dir, 'config.json'), (j) => void (j.device = 'webgpu'));
        const before = files(dir);
        const io = capture();
        expect(await main(['run', '--resume', dir], io)).toBe(EXIT_USAGE);
        expect(io.stderr()).toContain('was started on webgpu, not cpu; resume it with --device webgpu');
        expect(files(dir)).toEqual(before);
    });
});
describe('run directory lock, process exit', () => {
    it('is released when its process exits without ending the run (an error, a second Ctrl-C)', () => {
        const dir = tmpDir();
        const lockModule = path.join(root, 'src/experiments/runner/lock.ts');
        const code = `import { lockRunDir } from ${JSON.stringify(lockModule)}; lockRunDir(${JSON.stringify(dir)}); process.exit(7);`;
        const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(7);
        expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    });
});
//# sourceMappingURL=run-safety.test.js.map