/**
 * Progress output for a training run. On a terminal one status line is redrawn in place; when
 * output goes to a file or pipe, plain lines are printed every `plainEvery` steps so that logs
 * stay readable.
 */
import type { StepMetrics } from '../examples/types.js';

/** Where the CLI writes; injectable so tests capture output without a subprocess. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether `out` is an interactive terminal (enables the in-place progress line). */
  readonly isTTY: boolean;
}

export function formatLoss(x: number): string {
  return x === 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4) ? x.toFixed(5) : x.toExponential(3);
}

export interface Progress {
  update(m: StepMetrics): void;
  /** Finish the in-place line (if any) so that later output starts on a fresh line. */
  done(): void;
}

export function createProgress(io: CliIO, totalSteps: number, plainEvery: number): Progress {
  const width = String(totalSteps).length;
  const line = (m: StepMetrics): string =>
    `step ${String(m.step).padStart(width)}/${totalSteps}  loss ${formatLoss(m.loss)}  ${m.time_s.toFixed(1)}s`;
  if (io.isTTY) {
    let drawn = false;
    let lastDraw = 0;
    return {
      update(m) {
        // Redraw at most ~20 times a second; always draw the last step.
        const now = performance.now();
        if (m.step !== totalSteps && now - lastDraw < 50) return;
        lastDraw = now;
        io.out(`\r\x1b[2K${line(m)}`);
        drawn = true;
      },
      done() {
        if (drawn) io.out('\n');
      },
    };
  }
  return {
    update(m) {
      if (m.step === 1 || m.step % plainEvery === 0 || m.step === totalSteps) io.out(line(m) + '\n');
    },
    done() {},
  };
}
