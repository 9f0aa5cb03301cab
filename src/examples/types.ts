/**
 * The contract between the command line and a built-in run: a typed default configuration,
 * and a `run` that trains and reports metrics through hooks. The CLI owns everything around
 * it (argument parsing, the run directory, progress output), so a run stays a plain function
 * that tests and the browser lab can call directly.
 */

/** One row of `metrics.jsonl`. `step` counts optimizer updates from 1. */
export interface StepMetrics {
  readonly step: number;
  /** Seconds since training started. */
  readonly time_s: number;
  readonly loss: number;
}

/** Fields every built-in run's configuration has; the CLI's `--seed` and `--steps` set them. */
export interface BaseRunConfig {
  readonly seed: number;
  readonly steps: number;
}

export interface RunHooks {
  /** Called every `logEvery` steps (and on the first and last step) with fresh metrics. */
  onMetrics(m: StepMetrics): void;
}

/** What a finished run reports; written to `summary.json` together with the wall time. */
export interface RunResult {
  readonly steps: number;
  readonly finalLoss: number;
  /** Further named scalars (test loss, ...). */
  readonly extra: Readonly<Record<string, number>>;
}

export interface BuiltinRun<C extends BaseRunConfig = BaseRunConfig> {
  readonly name: string;
  /** One line for `looplab list`. */
  readonly description: string;
  defaultConfig(): C;
  run(config: C, hooks: RunHooks): Promise<RunResult>;
}
