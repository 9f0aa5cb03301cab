/**
 * A run directory under stress: two writers at once, termination signals, a closed stdout,
 * and resuming directories that are damaged or were never checkpointed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/main.js';
import { EXIT_OK, EXIT_USAGE, main } from '../src/cli/main.js';
import { LOCK_FILE } from '../src/experiments/runner/lock.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliSource = path.join(root, 'src/cli/main.ts');

function capture(onOut?: (text: string) => void): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    isTTY: false,
    out: (t) => {
      out += t;
      onOut?.(t);
    },
    err: (t) => void (err += t),
    stdout: () => out,
    stderr: () => err,
  };
}

const tmpDirs: string[] = [];
function tmpDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'looplab-safety-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

const onlyDir = (out: string): string => {
  const dirs = readdirSync(out);
  expect(dirs).toHaveLength(1);
  return path.join(out, dirs[0]);
};

/** A pid that no process has (one that just exited). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('run directory lock', () => {
  it('a second writer is refused with exit 2 naming the holder; the lock goes when the run ends', async () => {
    const out = tmpDir();
    const controller = new AbortController();
    let dir = '';
    let second: { code: number; io: ReturnType<typeof capture> } | undefined;
    const pending: Promise<void>[] = [];
    const first = capture((t) => {
      // While the first run trains, a second process-level writer resumes the same directory.
      if (second === undefined && /^step\s+\d+\/5000/.test(t)) {
        dir = onlyDir(out);
        const io = capture();
        second = { code: -1, io };
        pending.push(
          main(['run', '--resume', dir], io).then((code) => {
            second!.code = code;
            controller.abort();
          }),
        );
      }
    });
    const code = await main(['run', 'sine-mlp', '--smoke', '--config.steps=5000', '--out', out], first, { signal: controller.signal });
    await Promise.all(pending);
    expect(code).toBe(130);
    expect(second?.code).toBe(EXIT_USAGE);
    expect(second?.io.stderr()).toContain(`in use by looplab process ${process.pid}`);
    const rows = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n');
    const steps = rows.map((r) => (JSON.parse(r) as { step: number }).step);
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
function spawnCli(args: readonly string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', 'tsx', cliSource, ...args], { cwd: root });
}

/** Resolves with the exit code (or the signal that killed the process). */
const exited = (child: ReturnType<typeof spawn>): Promise<number | string | null> =>
  new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));

/** The first progress line of a non-terminal run (not just any text containing 'step'). */
const progressLine = /step\s+\d+\/1000000/;

describe('termination signals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s checkpoints and exits with 128 + its number, like Ctrl-C', async (signal, expected) => {
    const out = tmpDir();
    const child = spawnCli(['run', 'sine-mlp', '--smoke', '--config.steps=1000000', '--out', out]);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (!progressLine.test(stdout) && progressLine.test(stdout + d.toString())) child.kill(signal);
      stdout += d.toString();
    });
    child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
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
    child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    // The reader goes away after the first output, as `| head -1` or a dropped ssh pipe does.
    child.stdout!.once('data', () => child.stdout!.destroy());
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
