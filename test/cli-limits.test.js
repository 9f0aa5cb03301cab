import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { formatBytes, parseByteSize, resolveMemoryLimit } from '../src/experiments/runner/limits.js';
import { configProblems } from '../src/experiments/runner/ranges.js';
import { experiments } from '../src/experiments/runner/registry.js';
import { makeDirs } from '../src/experiments/runner/run-dir.js';
import { capture, tempDirs } from './util/cli.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmpDir = tempDirs('looplab-limits');
/** The environment variable is read by every run; the tests set it only where they say so. */
let savedLimit;
beforeEach(() => {
    savedLimit = process.env.LOOPLAB_MAX_MEMORY;
    delete process.env.LOOPLAB_MAX_MEMORY;
});
afterEach(() => {
    if (savedLimit === undefined)
        delete process.env.LOOPLAB_MAX_MEMORY;
    else
        process.env.LOOPLAB_MAX_MEMORY = savedLimit;
});
/** Run the CLI in-process with `--out <fresh>/runs`; the output root must not exist afterwards. */
async function refused(args) {
    const out = path.join(tmpDir(), 'runs');
    const io = capture();
    const code = await main([...args, '--out', out], io, { cwd: root });
    expect(code, io.stderr()).toBe(EXIT_USAGE);
    expect(existsSync(out), 'nothing is written').toBe(false);
    expect(io.stderr()).not.toMatch(/\n\s+at /); // no stack trace
    return io.stderr();
}
const noStack = (text) => expect(text).not.toMatch(/\n\s+at /);
describe('memory limits of run and sweep', () => {
    it('refuses the configurations that used to fill the machine, before writing anything', async () => {
        // hidden=50000 needs ~57 GiB; the largest in-range width keeps this refused on any machine.
        const big = await refused(['run', 'sine-mlp', '--config.model.hidden=1000000']);
        expect(big).toContain('sine-mlp: this configuration needs about');
        expect(big).toMatch(/needs about [\d.]+ [GT]iB .*more than the memory limit \([\d.]+ GiB, half of this machine's [\d.]+ GiB\)/s);
        expect(big).toContain('--max-memory');
        expect(big).toContain('LOOPLAB_MAX_MEMORY');
        // Typo-sized values are outside the declared ranges (the random-key failure of old).
        expect(await refused(['run', 'sine-mlp', '--config.model.hidden=100000000'])).toContain('config.model.hidden must be an integer in [1, 1000000], got 100000000');
        expect(await refused(['run', 'online-copy', '--smoke', '--config.model.dModel=100000000'])).toContain('config.model.dModel must be an integer in [1, 1000000]');
        // In range, but its estimate is far over any limit: the estimate refuses it.
        expect(await refused(['run', 'online-copy', '--smoke', '--config.model.dModel=100000'])).toMatch(/online-copy: this configuration needs about [\d.]+ [GT]iB .*more than the memory limit/s);
    });
    it('--max-memory and LOOPLAB_MAX_MEMORY set the limit; the flag wins', async () => {
        const args = ['run', 'sine-mlp', '--smoke', '--config.model.hidden=2000', '--config.steps=2'];
        expect(await refused([...args, '--max-memory', '10MiB'])).toContain('more than the memory limit (--max-memory 10.0 MiB)');
        process.env.LOOPLAB_MAX_MEMORY = '10MiB';
        expect(await refused(args)).toContain('more than the memory limit (LOOPLAB_MAX_MEMORY 10.0 MiB)');
        expect(await refused([...args, '--max-memory', 'lots'])).toContain("--max-memory expects a byte size such as 8GiB, 512MiB or 1000000000, got 'lots'");
        process.env.LOOPLAB_MAX_MEMORY = '12 parsecs';
        expect(await refused(args)).toContain("LOOPLAB_MAX_MEMORY expects a byte size such as 8GiB, 512MiB or 1000000000, got '12 parsecs'");
        process.env.LOOPLAB_MAX_MEMORY = '10MiB';
        const out = tmpDir();
        const io = capture();
        expect(await main([...args, '--max-memory', '1GiB', '--out', out], io, { cwd: root }), io.stderr()).toBe(EXIT_OK);
    });
    it('a sweep checks every grid point, counting its parallel workers', async () => {
        const one = ['sweep', 'sine-mlp', '--smoke', '--grid', 'model.hidden=8,2000', '--max-memory', '150MiB'];
        // hidden 2000 alone (≈ 92 MiB) fits in 150 MiB; two workers running it at once do not.
        const out = tmpDir();
        const io = capture();
        expect(await main([...one, '--workers', '1', '--config.steps=2', '--out', out], io, { cwd: root }), io.stderr()).toBe(EXIT_OK);
        const msg = await refused([...one, '--workers', '2']);
        expect(msg).toContain('--grid point model.hidden=2000: sine-mlp: 2 parallel runs of this configuration need about');
        expect(msg).not.toContain('model.hidden=8:');
    });
    it('run --resume checks the saved configuration against the limit', async () => {
        const out = tmpDir();
        const io = capture();
        expect(await main(['run', 'sine-mlp', '--smoke', '--config.model.hidden=2000', '--config.steps=2', '--out', out], io, { cwd: root })).toBe(EXIT_OK);
        const dir = path.join(out, readdirSync(out)[0]);
        rmSync(path.join(dir, 'summary.json'));
        const again = capture();
        expect(await main(['run', '--resume', dir, '--max-memory', '10MiB'], again, { cwd: root })).toBe(EXIT_USAGE);
        expect(again.stderr()).toContain('more than the memory limit (--max-memory 10.0 MiB)');
    });
    it('every registered experiment declares an estimate; its configurations fit on a 16 GiB laptop', () => {
        for (const e of experiments) {
            expect(typeof e.estimateBytes, `${e.name} declares estimateBytes`).toBe('function');
            for (const config of [e.defaultConfig(), e.smokeConfig()]) {
                expect(configProblems(e, config)).toEqual([]);
                const bytes = e.estimateBytes?.(config) ?? NaN;
                expect(Number.isFinite(bytes) && bytes > 0, `${e.name}: ${bytes}`).toBe(true);
                expect(bytes, `${e.name} (${formatBytes(bytes)})`).toBeLessThan(8 * 2 ** 30);
            }
            // The smoke configuration runs in seconds, so it must be far smaller than the default.
            expect(e.estimateBytes?.(e.smokeConfig()) ?? NaN).toBeLessThan(e.estimateBytes?.(e.defaultConfig()) ?? NaN);
        }
    });
    it('byte sizes: numbers with decimal or binary units', () => {
        expect(parseByteSize('8GiB')).toBe(8 * 2 ** 30);
        expect(parseByteSize('512 mib')).toBe(512 * 2 ** 20);
        expect(parseByteSize('2GB')).toBe(2e9);
        expect(parseByteSize('1e9')).toBe(1e9);
        expect(parseByteSize('1234')).toBe(1234);
        for (const bad of ['', '0', '-1GiB', 'GiB', '8 GiBs', '1,5G'])
            expect(parseByteSize(bad), bad).toBeUndefined();
        expect(resolveMemoryLimit(undefined, {}).source).toBe('default');
        expect(resolveMemoryLimit(undefined, {}).bytes).toBe(Math.floor(os.totalmem() / 2));
        expect(resolveMemoryLimit(undefined, { LOOPLAB_MAX_MEMORY: '1GiB' })).toEqual({ bytes: 2 ** 30, source: 'env' });
        expect(resolveMemoryLimit('2GiB', { LOOPLAB_MAX_MEMORY: '1GiB' })).toEqual({ bytes: 2 ** 31, source: 'flag' });
    });
});
describe('file-system errors name the path and the fix (exit 2)', () => {
    it('--out under a regular file (ENOTDIR), for run, sweep and report', async () => {
        const d = tmpDir();
        const file = path.join(d, 'plain-file');
        writeFileSync(file, 'x');
        const bad = path.join(file, 'runs');
        for (const args of [
            ['run', 'sine-mlp', '--smoke'],
            ['sweep', 'sine-mlp', '--smoke', '--grid', 'optim.lr=0.01'],
        ]) {
            const io = capture();
            expect(await main([...args, '--out', bad], io, { cwd: root })).toBe(EXIT_USAGE);
            expect(io.stderr()).toContain(`--out ${bad}: cannot create ${bad}: ${file} is a file, not a directory; choose another path`);
            noStack(io.stderr());
        }
        // report's comparison directory goes under --out too.
        const runs = tmpDir();
        for (let i = 0; i < 2; i++)
            expect(await main(['run', 'sine-mlp', '--smoke', '--config.steps=2', '--out', runs], capture(), { cwd: root })).toBe(EXIT_OK);
        const [a, b] = readdirSync(runs).map((n) => path.join(runs, n));
        const rep = capture();
        expect(await main(['report', a, b, '--out', bad], rep, { cwd: root })).toBe(EXIT_USAGE);
        expect(rep.stderr()).toContain(`--out ${bad}: cannot create ${bad}: ${file} is a file, not a directory`);
        // The output root itself is a file.
        const io = capture();
        expect(await main(['run', 'sine-mlp', '--smoke', '--out', file], io, { cwd: root })).toBe(EXIT_USAGE);
        expect(io.stderr()).toContain(`${file} is a file, not a directory`);
        expect(() => makeDirs(path.join(file, 'a', 'b'))).toThrow(`${file} is a file, not a directory`);
    });
    it('--out where the file system refuses new directories fails at once (/proc)', () => {
        // Node's recursive mkdir retries forever there; the CLI must not (the timeout catches a hang).
        const src = path.join(root, 'src/cli/main.ts');
        const t0 = Date.now();
        const r = spawnSync(process.execPath, ['--import', 'tsx', src, 'run', 'sine-mlp', '--smoke', '--out', '/proc/looplab-x'], {
            cwd: root,
            encoding: 'utf8',
            timeout: 60_000,
        });
        expect(r.signal, `hung for ${Date.now() - t0} ms`).toBeNull();
        expect(r.status).toBe(EXIT_USAGE);
        expect(r.stderr).toContain('cannot create directory /proc/looplab-x: the file system there does not allow creating it');
        noStack(r.stderr);
        expect(existsSync('/proc/looplab-x')).toBe(false);
    });
    it('--config: a directory (EISDIR), a missing file', async () => {
        const d = tmpDir();
        const io = capture();
        expect(await main(['run', 'sine-mlp', '--config', d], io, { cwd: root })).toBe(EXIT_USAGE);
        expect(io.stderr()).toContain(`--config ${d}: ${d} is a directory; give the path of a JSON file of settings`);
        const missing = path.join(d, 'nope.json');
        const io2 = capture();
        expect(await main(['run', 'sine-mlp', '--config', missing], io2, { cwd: root })).toBe(EXIT_USAGE);
        expect(io2.stderr()).toContain(`--config ${missing}: no such file (looked for ${missing}); give the path of a JSON file of settings`);
    });
    it('run --resume of a directory whose config.json cannot be read', async () => {
        const d = tmpDir();
        mkdirSync(path.join(d, 'config.json'));
        const io = capture();
        expect(await main(['run', '--resume', d], io, { cwd: root })).toBe(EXIT_USAGE);
        expect(io.stderr()).toContain(`cannot read ${path.join(d, 'config.json')}: it is a directory, not a file`);
        noStack(io.stderr());
    });
});
//# sourceMappingURL=cli-limits.test.js.map