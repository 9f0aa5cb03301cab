/**
 * The on-disk record of one run: `<out>/<name>-<timestamp>/` with
 *   config.json    the resolved configuration (written before training starts),
 *   metrics.jsonl  one JSON object per logged step ({ step, time_s, loss }),
 *   summary.json   final loss, steps and wall time (written last: its presence marks a finished run).
 * JSON files are written to a temporary name and renamed into place, so a reader never sees a
 * half-written file. metrics.jsonl grows by whole lines only.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Write `text` to `file` atomically: temp file in the same directory, then rename. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, JSON.stringify(value, null, 2) + '\n');
}

/** A filesystem-safe UTC timestamp: 2025-01-31T12-00-00-000Z. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Create a fresh `<outRoot>/<name>-<timestamp>[-k]/` directory and return its path. */
export function createRunDir(outRoot: string, name: string, date: Date): string {
  mkdirSync(outRoot, { recursive: true });
  const base = path.join(outRoot, `${name}-${timestamp(date)}`);
  let dir = base;
  for (let k = 2; existsSync(dir); k++) dir = `${base}-${k}`;
  mkdirSync(dir);
  return dir;
}

/**
 * Appends JSON lines to a file, buffering up to `flushEvery` rows so that logging every step
 * does not cost a system call per step. `close()` flushes the rest.
 */
export class JsonlWriter {
  private rows: string[] = [];

  constructor(
    readonly file: string,
    private readonly flushEvery = 50,
  ) {
    writeFileSync(file, '');
  }

  write(row: object): void {
    this.rows.push(JSON.stringify(row));
    if (this.rows.length >= this.flushEvery) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    appendFileSync(this.file, this.rows.join('\n') + '\n');
    this.rows = [];
  }

  close(): void {
    this.flush();
  }
}
