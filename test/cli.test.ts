import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/main.js';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

function capture(isTTY = false): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    isTTY,
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

const tmpDirs: string[] = [];
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-cli-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

describe('looplab CLI', () => {
  it('--help lists the commands and runs', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(EXIT_OK);
    for (const word of ['run <name>', 'list', '--seed', '--steps', '--out', 'sine-mlp']) expect(io.stdout()).toContain(word);
  });

  it('--version prints the package version', async () => {
    const io = capture();
    expect(await main(['--version'], io)).toBe(EXIT_OK);
    expect(io.stdout().trim()).toBe(pkg.version);
  });

  it('list shows sine-mlp', async () => {
    const io = capture();
    expect(await main(['list'], io)).toBe(EXIT_OK);
    expect(io.stdout()).toMatch(/^sine-mlp\s/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate' \(valid: run, list, help\)/],
    [['--frob'], /unknown option '--frob'/],
    [[], /Usage:/],
    [['run'], /missing the run name \(valid: sine-mlp\)/],
    [['run', 'nope'], /unknown run 'nope' \(valid: sine-mlp\)/],
    [['run', 'sine-mlp', '--bogus'], /Valid options for run: --seed N, --steps N, --out DIR/],
    [['run', 'sine-mlp', '--steps', 'ten'], /--steps expects an integer ≥ 1, got 'ten'/],
    [['run', 'sine-mlp', '--steps', '0'], /--steps expects an integer ≥ 1/],
    [['run', 'sine-mlp', '--seed', '-1'], /--seed/],
  ])('usage error %j exits 2 and says what is valid', async (argv, message) => {
    const io = capture();
    expect(await main(argv, io)).toBe(EXIT_USAGE);
    expect(io.stderr()).toMatch(message);
    expect(io.stdout()).toBe('');
  });

  it('run sine-mlp --steps 200 writes config, metrics and summary, and the loss falls', async () => {
    const out = tmpDir();
    const io = capture();
    const code = await main(['run', 'sine-mlp', '--steps', '200', '--seed', '3', '--out', out], io);
    expect(io.stderr()).toBe('');
    expect(code).toBe(EXIT_OK);

    const dirs = readdirSync(out);
    expect(dirs).toHaveLength(1);
    expect(dirs[0]).toMatch(/^sine-mlp-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    const dir = path.join(out, dirs[0]);
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'metrics.jsonl', 'summary.json']);

    const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as { run: string; config: { seed: number; steps: number } };
    expect(config.run).toBe('sine-mlp');
    expect(config.config).toMatchObject({ seed: 3, steps: 200 });

    const rows = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { step: number; time_s: number; loss: number });
    expect(rows[0].step).toBe(1);
    expect(rows[rows.length - 1].step).toBe(200);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].step).toBeGreaterThan(rows[i - 1].step);
      expect(rows[i].time_s).toBeGreaterThanOrEqual(rows[i - 1].time_s);
    }

    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as { steps: number; finalLoss: number; seconds: number };
    expect(summary.steps).toBe(200);
    expect(summary.seconds).toBeGreaterThan(0);
    expect(summary.finalLoss).toBe(rows[rows.length - 1].loss);
    expect(summary.finalLoss).toBeLessThan(rows[0].loss / 10);

    // Plain (non-TTY) output: periodic lines, then where the output is.
    expect(io.stdout()).not.toContain('\r');
    expect(io.stdout()).toMatch(/step\s+1\/200\s+loss/);
    expect(io.stdout()).toContain(`output: ${dir}`);
  });

  it('the same seed gives the same losses', async () => {
    const losses = async (): Promise<string> => {
      const out = tmpDir();
      expect(await main(['run', 'sine-mlp', '--steps', '20', '--out', out], capture())).toBe(EXIT_OK);
      return readFileSync(path.join(out, readdirSync(out)[0], 'metrics.jsonl'), 'utf8').replace(/"time_s":[^,]+,/g, '');
    };
    expect(await losses()).toBe(await losses());
  });

  it('redraws one progress line on a terminal', async () => {
    const io = capture(true);
    expect(await main(['run', 'sine-mlp', '--steps', '30', '--out', tmpDir()], io)).toBe(EXIT_OK);
    expect(io.stdout()).toContain('\r\x1b[2Kstep 30/30');
  });

  it('is an executable entry point with a shebang (exit codes reach the shell)', () => {
    expect(pkg.bin.looplab).toBe('./dist/cli/main.js');
    const src = path.join(root, 'src/cli/main.ts');
    expect(readFileSync(src, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', src, ...args], { cwd: root, encoding: 'utf8' });
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
    const bad = run(['frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown command 'frobnicate'");
  });

  it('the README tour runs as written', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const file = path.join(tmpDir(), 'tour.ts');
    // Point the package import at the sources (the example imports 'looplab').
    const srcIndex = path.join(root, 'src/index.ts');
    writeFileSync(file, block![1].replaceAll("from 'looplab'", `from ${JSON.stringify(srcIndex)}`));
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[ 15, 22 ]');
  });
});
