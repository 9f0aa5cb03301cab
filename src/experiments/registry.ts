/** The experiments `looplab list` shows and `looplab run <name>` finds. */
import { sineMlp } from './sine-mlp.js';
import type { AnyExperiment } from './types.js';

/** Every experiment, in the order `looplab list` shows them; the first is the default. */
export const experiments: readonly AnyExperiment[] = [sineMlp];

export function findExperiment(name: string): AnyExperiment | undefined {
  return experiments.find((e) => e.name === name);
}

export function experimentNames(): string[] {
  return experiments.map((e) => e.name);
}
