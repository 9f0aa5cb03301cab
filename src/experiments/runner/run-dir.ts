/**
 * Files of a run directory. JSON files are written to a temporary sibling and renamed into
 * place, so a reader (or a crash) never sees a half-written file; metrics.jsonl grows by whole
 * lines only, and a resumed run first cuts it back to the checkpoint's step.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileDurable } from './checkpoint.js';
import type { MetricRow } from './types.js';

/** Write `value` as pretty JSON to `file` atomically. */
export function writeJsonAtomic(file: string, value: unknown): void {
  writeFileDurable(file, JSON.stringify(value, null, 2) + '\n');
}

/** Read and parse a JSON file, with the file name in the error. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} does not exist or cannot be read`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${file} is not valid JSON (${(e as Error).message})`);
  }
}

/** A filesystem-safe UTC timestamp: 2025-01-31T12-00-00-000Z. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Create a fresh `<outRoot>/<name>-<timestamp>[-k]/` directory and return its path. */
export function createRunDir(outRoot: string, name: string, date: Date): string {
  mkdirSync(outRoot, { recursive: true });
  const base = path.join(outRoot, `${name}-${timestamp(date)}`);
  // mkdir itself decides who gets a name, so two processes started in the same millisecond
  // never share a directory (checking with existsSync first would race).
  for (let k = 1; ; k++) {
    const dir = k === 1 ? base : `${base}-${k}`;
    try {
      mkdirSync(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * The rows of a metrics.jsonl file. A last line without its newline (the process died while
 * appending) is dropped; any other line that does not parse is an error naming the line.
 */
export function readMetrics(file: string): MetricRow[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  if (!text.endsWith('\n')) lines.pop();
  const rows: MetricRow[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line) as MetricRow);
    } catch {
      throw new Error(`${file}:${i + 1} is not valid JSON`);
    }
  });
  return rows;
}

/**
 * Appends JSON lines to a file, buffering up to `flushEvery` rows so that logging every step
 * does not cost a system call per step. `flush()` before a checkpoint, `close()` at the end.
 */
export class JsonlWriter {
  private rows: string[] = [];

  /**
   * `keep`: rows to start the file with (a resumed run's rows up to its checkpoint). The file is
   * replaced atomically, so a crash while cutting it back never loses the rows before the
   * checkpoint.
   */
  constructor(
    readonly file: string,
    keep: readonly object[] = [],
    private readonly flushEvery = 50,
  ) {
    writeFileDurable(file, keep.map((r) => JSON.stringify(r) + '\n').join(''));
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
