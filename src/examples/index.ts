/** Built-in runs known to `looplab run <name>`. */
import type { BuiltinRun } from './types.js';
import { sineMlp } from './sine-mlp.js';

export type { BaseRunConfig, BuiltinRun, RunHooks, RunResult, StepMetrics } from './types.js';
export { sineMlp, defaultSineMlpConfig, initMlp, mlpApply } from './sine-mlp.js';
export type { SineMlpConfig, MlpParams } from './sine-mlp.js';

/** Every run, in the order `looplab list` shows them. */
export const builtinRuns: readonly BuiltinRun[] = [sineMlp];

export function findRun(name: string): BuiltinRun | undefined {
  return builtinRuns.find((r) => r.name === name);
}
